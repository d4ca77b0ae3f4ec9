// Property: whatever a person (or a client) sends, every refusal of every exported schema is worded by
// the error map, in English and in French, the way the pages (zodResolver's `error`) and the server (the
// tRPC error formatter) read it, and nothing of zod's own wording gets through.
import {
  LANGUAGES,
  NOT_AN_OUTSCALE_KEY,
  offerStorageProblems,
  recommendedVmProblems,
  TEXT_PROBLEMS,
  VM_TYPE_PROBLEMS,
} from '@marketplace/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as validators from './index.ts';
import { errorMapOf, issueMessage, localizeMessage, messagePatterns } from './messages.ts';

const schemas = (Object.entries(validators) as [string, unknown][]).filter(
  (entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType,
);

/** zod's wording, in its English and French locales. */
const ZOD_WORDS = [
  /expected/i,
  />=|<=|>|</,
  /Invalid input/i,
  /Invalid (string|option|element|key|union)/i,
  /Too (small|big)/i,
  /Trop (petit|grand)/i,
  /éléments/,
  /Entrée invalide/i,
  /Unrecognized/i,
  /Clé.* non reconnue/i,
  /received/i,
  /reçu/i,
  /@validators:/,
];

/** The domain's offer rules, as the offers editor's schemas check them (`offerForm`). */
const offerRuleTexts = [
  ...Object.values(VM_TYPE_PROBLEMS),
  ...Object.values(recommendedVmProblems({ cpuGeneration: '', vCpus: 0, memoryGiB: 0, performance: 'high' })),
  ...(['free', 'hourly'] as const).flatMap((type) =>
    Object.values(
      offerStorageProblems(
        {
          terms:
            type === 'free'
              ? { type }
              : { type, prices: [{ vmType: 't2.small', onDemandPerHour: { amount: 1, currency: 'EUR' } }] },
          target: 'nuage_public',
          recommendedVms: [],
        },
        'omi',
        { problem: () => null, recommendedProblems: () => ({}) },
      ),
    ),
  ),
  validators.GIVE_A_NAME,
];
const domainTexts = [
  NOT_AN_OUTSCALE_KEY,
  ...Object.values(TEXT_PROBLEMS).flatMap((byShape) => Object.values(byShape)),
  ...offerRuleTexts,
];
/** Some refusals come from the domain's texts (control characters...), already in both languages. */
const fromMap = (text: string, language: 'en' | 'fr') =>
  messagePatterns(language).some((pattern) => pattern.test(text)) ||
  domainTexts.some((domain) => domain[language] === text);

type Def = {
  type: string;
  checks?: { _zod: { def: { check: string; maximum?: number; minimum?: number } } }[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const bounds = (def: Def) => {
  const found: number[] = [];
  for (const check of def.checks ?? []) {
    const { maximum, minimum } = check._zod.def;
    if (typeof maximum === 'number') found.push(maximum - 1, maximum, maximum + 1);
    if (typeof minimum === 'number') found.push(Math.max(0, minimum - 1), minimum, minimum + 1);
  }
  return found.filter((n) => n >= 0 && n <= 250_000);
};

const NASTY = [
  '',
  ' ',
  '\u0000',
  'a\u0001b',
  '\ud800',
  'ami-1234',
  'not@mail',
  'http://',
  '2.5',
  'abc',
  '-3',
];

/** Values near the schema's shape (and beside it): the right keys with wrong, extreme or valid values. */
function near(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const wild = fc.anything({ maxDepth: 1 });
  if (depth > 5) return wild;
  switch (def.type) {
    case 'string': {
      const lengths = bounds(def);
      return fc.oneof(
        fc.string(),
        fc.constantFrom(...NASTY, 'name@example.com', 'https://example.com', crypto.randomUUID()),
        ...(lengths.length > 0 ? [fc.constantFrom(...lengths).map((n) => 'x'.repeat(n))] : []),
        wild,
      );
    }
    case 'number':
      return fc.oneof(
        fc.integer({ min: -5, max: 2_000 }),
        fc.double(),
        fc.constantFrom(0, -3, 2.5, 1_000_000, Number.NaN, ...bounds(def)),
        fc.constantFrom('12', 'abc'),
      );
    case 'boolean':
      return fc.oneof(fc.boolean(), wild);
    case 'enum':
      return fc.oneof(fc.constantFrom(...Object.values(def.entries ?? {}), 'nope'), wild);
    case 'literal':
      return fc.oneof(fc.constantFrom(...(def.values ?? [])), wild);
    case 'object': {
      const shape = def.shape ?? {};
      return fc.oneof(
        {
          weight: 4,
          arbitrary: fc.record(
            Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, near(v, depth + 1)])),
            { requiredKeys: [] },
          ),
        },
        { weight: 1, arbitrary: wild },
      );
    }
    case 'array': {
      const item = near(def.element as z.ZodType, depth + 1);
      const lengths = bounds(def);
      return fc.oneof(
        fc.array(item, { maxLength: 3 }),
        ...(lengths.length > 0
          ? [
              fc
                .constantFrom(...lengths.filter((n) => n <= 120))
                .chain((n) => fc.array(item, { minLength: n, maxLength: n })),
            ]
          : []),
        wild,
      );
    }
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => near(option, depth + 1)), wild);
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return fc.oneof(fc.constant(undefined), near(def.innerType as z.ZodType, depth + 1));
    case 'pipe':
      return fc.oneof(near(def.in as z.ZodType, depth + 1), near(def.out as z.ZodType, depth + 1));
    default:
      return fc.oneof(wild, fc.constantFrom(...NASTY));
  }
}

describe('every exported schema answers in the words of the error map', () => {
  it('exports the schemas', () => {
    expect(schemas.length).toBeGreaterThan(50);
  });

  // 60 generated inputs per schema, each parsed three times: a few seconds on a busy 2-core machine.
  for (const [name, schema] of schemas) {
    it(name, { timeout: 30_000 }, () => {
      fc.assert(
        fc.property(near(schema), (value) => {
          const plain = schema.safeParse(value);
          for (const language of LANGUAGES) {
            const mapped = schema.safeParse(value, { error: errorMapOf(language) });
            expect(mapped.success).toBe(plain.success);
            const words = [
              ...(mapped.error?.issues ?? []).map((issue) => localizeMessage(issue.message, language)),
              ...(plain.error?.issues ?? []).map((issue) => issueMessage(issue, language)),
            ];
            for (const text of words) {
              expect(fromMap(text, language), `${name} in ${language}: ${text}`).toBe(true);
              for (const word of ZOD_WORDS) expect(text, `${name} in ${language}`).not.toMatch(word);
            }
          }
        }),
        { numRuns: 60, seed: 20_261_202 },
      );
    });
  }
});
