// Inputs for the fuzz suite (../fuzz.int.test.ts), built from each procedure's own zod schema, so a new
// procedure or field is fuzzed without editing anything: valid-looking values with their texts turned
// hostile, wrong types anywhere, huge strings and arrays, any JSON, and bodies that are not JSON at all.
import { textProblem } from '@marketplace/domain';
import fc from 'fast-check';

/** Known values, so that some inputs reach past "not found" into the use cases. */
export type Pools = { uuids: string[]; emails: string[] };

/** What a request carries: a JSON input, a raw text in its place, or nothing. */
export type Sent = { kind: 'json'; value: unknown } | { kind: 'raw'; text: string } | { kind: 'none' };

/** Texts that broke, or could break, storage, signing, headers, logs or rendering. */
export const HOSTILE_TEXTS = [
  '\u0000',
  'linux\u0000',
  '\u0001\u0002\u001b[31m',
  '\u007f\u0085\u009f',
  '\ud800',
  'x\udfff',
  '\ude80\ud83d',
  '\u202egnp.exe',
  '\u200f\u200e\u061c',
  '\ufeff\ufffe\uffff',
  '👩‍💻🚀🇫🇷',
  'Zalgo z̷̢͉̈́a̶͔̎l̸̰̈g̵͚̈́ő̴̘',
  "' OR 1=1; --",
  'Robert"); DROP TABLE organization;--',
  '<script>alert(1)</script>',
  '{{constructor.constructor("x")()}}',
  `\${process.exit()}`,
  '%00%s%n',
  '../../../etc/passwd',
  '\\',
  'ключ 株式会社 مرحبا',
  'AKÉ00000000000000000',
  'AKключ00000000000000',
  '',
  ' ',
  '\t\r\n',
  'null',
  '__proto__',
  'ami-00000000',
  '000000000000',
  '/files/00000000-0000-4000-8000-000000000000',
];

/** Hostile texts that are nonetheless valid: they must reach the use cases and the database intact. */
const STORABLE_TEXTS = HOSTILE_TEXTS.filter((text) => text.trim() !== '' && textProblem(text) === null);
const storableText = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(...STORABLE_TEXTS, '%', '_', '%_%', 'a:b|c&d', '"quoted"', "l'été"),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
);

/** Query strings as a client may send them, encoded wrongly or not at all. */
export const RAW_INPUTS = [
  '{',
  '{"q":',
  'undefined',
  '%',
  '%E0%A4%A',
  '%00',
  '%ZZ',
  '[]]',
  '"\\ud800"',
  '1e999',
];

const codeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 24 })
  .map((codes) => String.fromCharCode(...codes));

const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
  { weight: 2, arbitrary: codeUnits },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);

/** Just over a field's limit, mostly; now and then far over any limit. */
const tooLong = (max: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('x', 'é', '🚀').map((unit) => unit.repeat(max + 1)) },
    { weight: 1, arbitrary: fc.constantFrom('x'.repeat(300_000), '\u0000'.repeat(70_000)) },
  );

/** The element of a huge array: small, so that the body stays within what a client can build. */
const smallValue = fc.constantFrom(0, 'x', null, {}, '\u0000', '00000000-0000-4000-8000-000000000000');

/** Any JSON at all, where the schema expected something else. */
const anyJson = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1e308, '', [], {}),
  fc.jsonValue({ maxDepth: 2 }),
);

type Def = { type: string } & Record<string, unknown>;
type Schema = { _zod: { def: Def } };
const defOf = (schema: unknown): Def => (schema as Schema)._zod.def;
type Check = { check?: string; format?: string; pattern?: RegExp; minimum?: number; maximum?: number };
const checksOf = (def: Def): Check[] => [
  def as Check,
  ...((def.checks as Schema[] | undefined) ?? []).map((check) => defOf(check) as Check),
];
const bound = (def: Def, check: string, key: 'minimum' | 'maximum') =>
  checksOf(def).find((c) => c.check === check)?.[key];

/**
 * `valid`: a value the schema accepts, its texts as hostile as storable texts go, to reach the use
 * cases; `chaos`: anything may be wrong anywhere (types, controls, lengths, unknown keys).
 */
type Mode = 'valid' | 'chaos';

/** A value for `schema`; in chaos, now and then of a wrong type. */
export function valueFor(schema: unknown, pools: Pools, mode: Mode = 'chaos'): fc.Arbitrary<unknown> {
  const typed = typedValue(schema, pools, mode);
  return mode === 'valid'
    ? typed
    : fc.oneof({ weight: 12, arbitrary: typed }, { weight: 1, arbitrary: anyJson });
}

function typedValue(schema: unknown, pools: Pools, mode: Mode): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (key: string) => valueFor(def[key], pools, mode);
  switch (def.type) {
    case 'string':
      return textFor(def, pools, mode);
    case 'number':
      return numberFor(def, mode);
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'enum': {
      const values = fc.constantFrom(...Object.values(def.entries as object));
      return mode === 'valid'
        ? values
        : fc.oneof({ weight: 5, arbitrary: values }, { weight: 1, arbitrary: hostileText });
    }
    case 'optional':
    case 'default':
    case 'prefault':
      // Valid inputs leave optional fields out half of the time: one may be valid only for the
      // schema (a cursor), and then it would stop every input at the use case's first check.
      return fc.option(inner('innerType'), { nil: undefined, freq: mode === 'valid' ? 1 : 4 });
    case 'nullable':
      return fc.option(inner('innerType'), { nil: null, freq: 4 });
    case 'readonly':
    case 'catch':
      return inner('innerType');
    case 'pipe':
      return inner('in');
    case 'union': {
      const options = (def.options as unknown[]).map(
        (option) => [option, valueFor(option, pools, mode)] as const,
      );
      // A valid value of an option refined by a rule of its own (a stored file's address) cannot be
      // built from its schema: valid inputs use the options whose values do pass.
      const usable =
        mode === 'valid' ? options.filter(([option, value]) => sometimesParses(option, value)) : [];
      return fc.oneof(...(usable.length ? usable : options).map(([, value]) => value));
    }
    case 'object':
      return objectFor(def, pools, mode);
    case 'array':
      return arrayFor(def, pools, mode);
    default:
      return anyJson;
  }
}

function sometimesParses(schema: unknown, values: fc.Arbitrary<unknown>): boolean {
  const parser = schema as { safeParse(value: unknown): { success: boolean } };
  return fc.sample(values, { numRuns: 10, seed: 1 }).some((value) => parser.safeParse(value).success);
}

function objectFor(def: Def, pools: Pools, mode: Mode): fc.Arbitrary<unknown> {
  const shape = def.shape as Record<string, unknown>;
  const fields = fc.record(
    Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, valueFor(field, pools, mode)])),
  );
  if (mode === 'valid') return fields;
  // Unknown keys too: zod strips them, nothing else may trip on them.
  const extra = fc.option(fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'id', 'x'), anyJson), {
    nil: {},
    freq: 5,
  });
  return fc.tuple(fields, extra).map(([known, more]) => ({ ...more, ...known }));
}

function arrayFor(def: Def, pools: Pools, mode: Mode): fc.Arbitrary<unknown> {
  const element = valueFor(def.element, pools, mode);
  const minLength = bound(def, 'min_length', 'minimum') ?? 0;
  const maxLength = Math.min(bound(def, 'max_length', 'maximum') ?? 4, 4);
  if (mode === 'valid') return fc.array(element, { minLength: Math.min(minLength, maxLength), maxLength });
  return fc.oneof(
    { weight: 8, arbitrary: fc.array(element, { minLength: Math.min(minLength, maxLength), maxLength }) },
    // A huge array, of one small element repeated (of the right type or not).
    { weight: 1, arbitrary: smallValue.map((one) => Array.from({ length: 20_000 }, () => one)) },
  );
}

function textFor(def: Def, pools: Pools, mode: Mode): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const format = checks.find((c) => c.check === 'string_format')?.format;
  // A format's own pattern (an e-mail's) or a regex check's.
  const pattern = checks.find((c) => c.format === 'regex' || c.format === 'email')?.pattern;
  const max = bound(def, 'max_length', 'maximum') ?? 40;
  const plausible: fc.Arbitrary<string> =
    format === 'uuid'
      ? fc.oneof(
          { weight: 8, arbitrary: fc.constantFrom(...pools.uuids) },
          { weight: 1, arbitrary: fc.uuid() },
        )
      : format === 'email'
        ? fc.oneof(fc.constantFrom(...pools.emails), pattern ? fc.stringMatching(pattern) : fc.emailAddress())
        : format === 'url'
          ? fc.webUrl()
          : format === 'date'
            ? fc
                .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
                .map((date) => date.toISOString().slice(0, 10))
            : pattern
              ? fc.stringMatching(pattern)
              : fc.string({ maxLength: Math.min(max, 40) });
  if (mode === 'valid') {
    if (format || pattern) return plausible;
    // Within the field's lengths, after trimming: padded to its minimum, cut to its maximum.
    const min = bound(def, 'min_length', 'minimum') ?? 0;
    return storableText.map((text) => {
      const cut = [...text].slice(0, max).join('').trim();
      return cut.length >= min ? cut : cut + 'x'.repeat(min - cut.length);
    });
  }
  const spoiled = fc
    .tuple(plausible, hostileText, fc.nat())
    .map(
      ([text, hostile, at]) =>
        text.slice(0, at % (text.length + 1)) + hostile + text.slice(at % (text.length + 1)),
    );
  return fc.oneof(
    { weight: 5, arbitrary: plausible },
    { weight: 3, arbitrary: hostileText },
    { weight: 3, arbitrary: spoiled },
    { weight: 1, arbitrary: tooLong(Math.min(max, 300_000)) },
  );
}

function numberFor(def: Def, mode: Mode): fc.Arbitrary<number> {
  const min = checksOf(def).find((c) => c.check === 'greater_than') as { value?: number } | undefined;
  const max = checksOf(def).find((c) => c.check === 'less_than') as { value?: number } | undefined;
  const low = min?.value ?? -1000;
  const high = Math.max(max?.value ?? 1000, low);
  if (mode === 'valid') return fc.integer({ min: Math.ceil(low), max: Math.floor(high) });
  return fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: Math.ceil(low), max: Math.floor(high) }) },
    { weight: 1, arbitrary: fc.constantFrom(-1, 0, 0.5, 2 ** 53, -(2 ** 31), 1e308, -1e308) },
    { weight: 1, arbitrary: fc.double({ noNaN: true }) },
  );
}

/** What one request carries, for a procedure with these input schemas (none, or several merged). */
export function sentFor(inputs: unknown[], pools: Pools): fc.Arbitrary<Sent> {
  const [schema] = inputs;
  const json = (value: fc.Arbitrary<unknown>) => value.map((v): Sent => ({ kind: 'json', value: v }));
  return fc.oneof(
    { weight: schema ? 5 : 0, arbitrary: json(schema ? valueFor(schema, pools, 'valid') : anyJson) },
    { weight: schema ? 5 : 1, arbitrary: json(schema ? valueFor(schema, pools, 'chaos') : anyJson) },
    { weight: 2, arbitrary: json(anyJson) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_INPUTS).map((text): Sent => ({ kind: 'raw', text })) },
    { weight: 1, arbitrary: fc.constant<Sent>({ kind: 'none' }) },
  );
}
