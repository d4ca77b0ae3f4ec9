// The marketplace's log: pino JSON lines. Every logger (the server's, the tests', the ops commands')
// is made here, so that none writes a failed statement's values: database errors are logged as
// `safeDatabaseError` describes them (SQLSTATE, table, constraint, statement with `?`), wherever they
// appear (the `err` field, an error's cause, the message Fastify or pino takes from the error).
import { isDatabaseError, safeDatabaseError } from '@marketplace/db';
import { type DestinationStream, type Logger, type LoggerOptions, pino, stdSerializers } from 'pino';

const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  '*.secretKey',
  '*.secretKeyEncrypted',
  '*.accessKey',
  '*.password',
];

export function logOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: serializeError },
    hooks: {
      logMethod(args, method) {
        method.apply(this, safeArguments(args) as Parameters<typeof method>);
      },
    },
  };
}

/** A logger writing to stdout, or to `destination` (a test reads what was written). */
export function createLog(level: string, destination?: DestinationStream): Logger {
  return destination ? pino(logOptions(level), destination) : pino(logOptions(level));
}

/** pino's error serializer, except for database errors and errors caused by one. */
export function serializeError(error: unknown): unknown {
  const database = safeDatabaseError(error);
  if (database) return database;
  const inner = databaseCause(error);
  if (!(error instanceof Error) || !inner) return stdSerializers.err(error as Error);
  // A wrapper (tRPC's INTERNAL_SERVER_ERROR, an Error with `cause`) often repeats the cause's message.
  const scrub = scrubber(inner);
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: scrub(error.message),
    stack: scrub(error.stack ?? ''),
    ...(typeof code === 'string' ? { code } : {}),
    cause: serializeError(error.cause),
  };
}

/** The database error `error` is or was caused by, within a few causes. */
function databaseCause(error: unknown): Error | null {
  let current = error;
  for (let depth = 0; depth < 8 && current instanceof Error; depth += 1) {
    if (isDatabaseError(current)) return current;
    current = current.cause;
  }
  return null;
}

/** Replaces a database error's message (statement and values) by its safe one in a text. */
function scrubber(error: Error): (text: string) => string {
  const safe = safeDatabaseError(error)?.message ?? '';
  return (text) => (error.message ? text.replaceAll(error.message, safe) : text);
}

/**
 * pino takes the message from the error when none is given, and Fastify's error handler gives
 * `error.message` itself: either would carry the statement's values.
 */
function safeArguments(args: unknown[]): unknown[] {
  const [first, message, ...rest] = args;
  const error =
    first instanceof Error
      ? first
      : typeof first === 'object' && first !== null && (first as { err?: unknown }).err instanceof Error
        ? ((first as { err: Error }).err as Error)
        : null;
  const inner = error && databaseCause(error);
  if (!error || !inner) return args;
  const scrub = scrubber(inner);
  const fields = first instanceof Error ? { err: first } : first;
  const text = typeof message === 'string' ? scrub(message) : scrub(error.message);
  return [fields, text, ...(typeof message === 'string' ? rest : [])];
}
