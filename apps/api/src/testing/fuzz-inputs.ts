// Inputs for the fuzz suite (../fuzz.int.test.ts), built from each procedure's own zod schema, so a new
// procedure or field is fuzzed without editing anything: valid-looking values with their texts turned
// hostile, wrong types anywhere, huge strings and arrays, any JSON, and bodies that are not JSON at all.
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

/** A value for `schema`, now and then of a wrong type. */
export function valueFor(schema: unknown, pools: Pools, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 12, arbitrary: typedValue(schema, pools, depth) },
    { weight: 1, arbitrary: anyJson },
  );
}

function typedValue(schema: unknown, pools: Pools, depth: number): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (key: string) => valueFor(def[key], pools, depth + 1);
  switch (def.type) {
    case 'string':
      return textFor(def, pools);
    case 'number':
      return numberFor(def);
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'enum':
      return fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...Object.values(def.entries as object)) },
        { weight: 1, arbitrary: hostileText },
      );
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.option(inner('innerType'), { nil: undefined, freq: 4 });
    case 'nullable':
      return fc.option(inner('innerType'), { nil: null, freq: 4 });
    case 'readonly':
    case 'catch':
      return inner('innerType');
    case 'pipe':
      return inner('in');
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((option) => valueFor(option, pools, depth + 1)));
    case 'object':
      return objectFor(def, pools, depth);
    case 'array':
      return arrayFor(def, pools, depth);
    default:
      return anyJson;
  }
}

function objectFor(def: Def, pools: Pools, depth: number): fc.Arbitrary<unknown> {
  const shape = def.shape as Record<string, unknown>;
  const fields = fc.record(
    Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, valueFor(field, pools, depth + 1)])),
  );
  // Unknown keys too: zod strips them, nothing else may trip on them.
  const extra = fc.option(fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'id', 'x'), anyJson), {
    nil: {},
    freq: 5,
  });
  return fc.tuple(fields, extra).map(([known, more]) => ({ ...more, ...known }));
}

function arrayFor(def: Def, pools: Pools, depth: number): fc.Arbitrary<unknown> {
  const element = valueFor(def.element, pools, depth + 1);
  const minLength = bound(def, 'min_length', 'minimum') ?? 0;
  const maxLength = Math.min(bound(def, 'max_length', 'maximum') ?? 4, 4);
  return fc.oneof(
    { weight: 8, arbitrary: fc.array(element, { minLength: Math.min(minLength, maxLength), maxLength }) },
    // A huge array, of one small element repeated (of the right type or not).
    { weight: 1, arbitrary: smallValue.map((one) => Array.from({ length: 20_000 }, () => one)) },
  );
}

function textFor(def: Def, pools: Pools): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const format = checks.find((c) => c.check === 'string_format')?.format;
  const pattern = checks.find((c) => c.format === 'regex')?.pattern;
  const max = bound(def, 'max_length', 'maximum') ?? 40;
  const plausible: fc.Arbitrary<string> =
    format === 'uuid'
      ? fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...pools.uuids) },
          { weight: 1, arbitrary: fc.uuid() },
        )
      : format === 'email'
        ? fc.oneof(fc.constantFrom(...pools.emails), fc.emailAddress())
        : format === 'url'
          ? fc.webUrl()
          : format === 'date'
            ? fc
                .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
                .map((date) => date.toISOString().slice(0, 10))
            : pattern
              ? fc.stringMatching(pattern)
              : fc.string({ maxLength: Math.min(max, 40) });
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

function numberFor(def: Def): fc.Arbitrary<number> {
  const min = checksOf(def).find((c) => c.check === 'greater_than') as { value?: number } | undefined;
  const max = checksOf(def).find((c) => c.check === 'less_than') as { value?: number } | undefined;
  const low = min?.value ?? -1000;
  const high = Math.max(max?.value ?? 1000, low);
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
    { weight: schema ? 8 : 1, arbitrary: json(schema ? valueFor(schema, pools) : anyJson) },
    { weight: 2, arbitrary: json(anyJson) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_INPUTS).map((text): Sent => ({ kind: 'raw', text })) },
    { weight: 1, arbitrary: fc.constant<Sent>({ kind: 'none' }) },
  );
}
