// What may be logged of a failed statement. MikroORM sends statements with their values written into
// the SQL, and its errors repeat that SQL in their message and stack; PostgreSQL adds the failing values
// in `detail` ("Key (access_key)=(AK…) already exists") and sometimes in its message ("invalid input
// syntax for type uuid: "…""). Logs keep the SQLSTATE code, the names of what failed and the shape of
// the statement, never a value.
import { DriverException } from '@mikro-orm/core';

export type SafeDatabaseError = {
  type: string;
  /** The SQLSTATE (`23505` a unique violation…) or the driver's code (`ECONNREFUSED`). */
  code: string | undefined;
  /** PostgreSQL's reason, quoted names kept only when they are the table, column or constraint. */
  message: string;
  /** The statement with every literal replaced by `?`. */
  statement: string | undefined;
  schema: string | undefined;
  table: string | undefined;
  column: string | undefined;
  constraint: string | undefined;
  dataType: string | undefined;
  /** The call frames only: the first line of a stack is the message, values included. */
  stack: string;
};

const SQLSTATE = /^[0-9A-Z]{5}$/;

/** A MikroORM driver error, or a PostgreSQL error straight from `pg` (pg-boss's own statements). */
export function isDatabaseError(error: unknown): error is Error & Record<string, unknown> {
  if (error instanceof DriverException) return true;
  if (!(error instanceof Error)) return false;
  const fields = error as Error & { code?: unknown; severity?: unknown };
  return typeof fields.code === 'string' && SQLSTATE.test(fields.code) && typeof fields.severity === 'string';
}

/** The loggable description of a database error, or null when `error` is not one. */
export function safeDatabaseError(error: unknown): SafeDatabaseError | null {
  if (!isDatabaseError(error)) return null;
  const name = (key: string) => (typeof error[key] === 'string' ? (error[key] as string) : undefined);
  const names = ['schema', 'table', 'column', 'constraint', 'dataType'].flatMap((key) => name(key) ?? []);
  const { statement, reason } = splitMessage(error.message);
  const message = keepNames(reason, names);
  return {
    type: error.name,
    code: name('code'),
    message,
    statement,
    schema: name('schema'),
    table: name('table'),
    column: name('column'),
    constraint: name('constraint'),
    dataType: name('dataType'),
    stack: [`${error.name}: ${message}`, ...callFrames(error.stack)].join('\n'),
  };
}

/**
 * The message of a driver error is `<statement> - <reason>`, then `\n - detail: …` and `\n - hint: …`
 * lines (dropped: the detail names the failing values); a pg error's is the reason alone. The
 * separator is the last ` - ` outside quotes.
 */
function splitMessage(text: string): { statement: string | undefined; reason: string } {
  const [head = ''] = text.split(/\n - (?:detail|hint): /);
  let separator = -1;
  for (const part of scan(head)) {
    if (part.kind !== 'other') continue;
    const found = head.slice(part.start, part.end).lastIndexOf(' - ');
    if (found >= 0) separator = part.start + found;
  }
  if (separator < 0) return { statement: undefined, reason: head };
  return { statement: statementShape(head.slice(0, separator)), reason: head.slice(separator + 3) };
}

/**
 * The statement with its literals replaced by `?`: '…' strings (E'…' and X'…' too), $tag$…$tag$
 * strings and numbers; quoted identifiers, keywords and `$1` placeholders stay.
 */
export function statementShape(sql: string): string {
  return scan(sql)
    .map((part) => (part.kind === 'literal' ? '?' : sql.slice(part.start, part.end)))
    .join('');
}

type Part = { kind: 'literal' | 'identifier' | 'other'; start: number; end: number };

/** The statement cut into literals, quoted identifiers and the rest; an unterminated string runs to the end. */
function scan(sql: string): Part[] {
  const parts: Part[] = [];
  const push = (kind: Part['kind'], start: number, end: number) => {
    const last = parts.at(-1);
    if (kind === 'other' && last?.kind === 'other' && last.end === start) last.end = end;
    else parts.push({ kind, start, end });
  };
  let at = 0;
  while (at < sql.length) {
    const char = sql[at] ?? '';
    const wordGoesOn = /[A-Za-z0-9_$]/.test(sql[at - 1] ?? ' ');
    const dollarTag =
      char === '$' && !wordGoesOn ? /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(at)) : null;
    let end: number;
    let kind: Part['kind'] = 'literal';
    if (char === '"') {
      end = closing(sql, at, '"', false);
      kind = 'identifier';
    } else if (char === "'") {
      end = closing(sql, at, "'", false);
    } else if (/[EeXxBbUu]/.test(char) && sql[at + 1] === "'" && !wordGoesOn) {
      end = closing(sql, at + 1, "'", /[Ee]/.test(char));
    } else if (dollarTag) {
      const close = sql.indexOf(dollarTag[0], at + dollarTag[0].length);
      end = close < 0 ? sql.length : close + dollarTag[0].length;
    } else if (char === '$' && /\d/.test(sql[at + 1] ?? '')) {
      end = at + (/^\$\d+/.exec(sql.slice(at))?.[0].length ?? 1);
      kind = 'other';
    } else if (/\d/.test(char) && !wordGoesOn) {
      end = at + (/^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(sql.slice(at))?.[0].length ?? 1);
    } else {
      end = at + 1;
      kind = 'other';
    }
    push(kind, at, end);
    at = end;
  }
  return parts;
}

/** Where the quoted text opened at `start` ends (after its closing quote; doubled quotes go on). */
function closing(sql: string, start: number, quote: string, backslashEscapes: boolean): number {
  let at = start + 1;
  while (at < sql.length) {
    if (backslashEscapes && sql[at] === '\\') at += 2;
    else if (sql[at] === quote && sql[at + 1] === quote) at += 2;
    else if (sql[at] === quote) return at + 1;
    else at += 1;
  }
  return sql.length;
}

/** The reason with quoted texts that are not the error's own names replaced (they may be values). */
function keepNames(reason: string, names: readonly string[]): string {
  return reason.replace(/"((?:[^"]|"")*)"/g, (quoted, inner: string) =>
    names.includes(inner.replaceAll('""', '"')) ? quoted : '"?"',
  );
}

function callFrames(stack: string | undefined): string[] {
  return (stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
}
