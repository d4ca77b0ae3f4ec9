// No English in French answers: every bilingual text of the server (packages/domain and apps/api), as
// written in the source and as exported at run time, has a French half that is French and follows the
// glossary (packages/domain/src/glossary.ts). The e-mails are rendered whole in mail/mails.test.ts.
import { join, relative } from 'node:path';
import * as domain from '@marketplace/domain';
import { glossaryViolations } from '@marketplace/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from './config.ts';
import {
  frenchProblems,
  sourceFiles,
  type TextPair,
  textPairsOf,
  textPairsUnder,
} from './testing/text-pairs.ts';

/** Catalog content (the demo's products, the sales tests' product) is the sellers' words, not ours. */
const isContent = (file: string) => file.includes('/demo/') || file.endsWith('sales-setup.ts');

const SOURCE_PAIRS = [
  ...textPairsUnder(join(ROOT_DIR, 'packages/domain/src'), ROOT_DIR),
  ...textPairsUnder(join(ROOT_DIR, 'apps/api/src'), ROOT_DIR),
].filter((pair) => !pair.file.endsWith('glossary.ts'));

const where = (pair: TextPair) => `${pair.file}:${pair.line}`;

describe('the server’s French texts', () => {
  it('finds the bilingual texts of the source', () => {
    expect(SOURCE_PAIRS.length).toBeGreaterThan(300);
    // The finder sees Text literals, templates and the lifecycle's refuse(en, fr).
    const found = textPairsOf(
      'sample.ts',
      [
        'const a = { en: `A $',
        '{x} product`, fr: `Un produit $',
        "{x}` };\nrefuse('Ended.', 'Terminée.');",
      ].join(''),
    );
    expect(found.map((p) => [p.en, p.fr])).toEqual([
      [['A … product'], ['Un produit …']],
      [['Ended.'], ['Terminée.']],
    ]);
  });

  it('are French, follow the glossary and name the Marketplace as a proper name', () => {
    const problems = SOURCE_PAIRS.filter((pair) => !isContent(pair.file))
      .map((pair) => ({ at: where(pair), problems: frenchProblems(pair), fr: pair.fr.join(' | ') }))
      .filter((p) => p.problems.length > 0);
    expect(problems).toEqual([]);
  });

  it('keep to the glossary in catalog content too (the demo data)', () => {
    const problems = SOURCE_PAIRS.filter((pair) => isContent(pair.file))
      .map((pair) => ({ at: where(pair), words: glossaryViolations(pair.fr.join('\n')) }))
      .filter((p) => p.words.length > 0);
    expect(problems).toEqual([]);
  });

  it('tells what is wrong with a French half', () => {
    const pair = (en: string, fr: string): TextPair => ({ file: 'x.ts', line: 1, en: [en], fr: [fr] });
    expect(frenchProblems(pair('Your subscription is active.', 'Votre abonnement est actif.'))).toEqual([
      'glossary: "abonnement"',
    ]);
    expect(frenchProblems(pair('Not found', 'Not found'))).toContain('French is the English');
    expect(frenchProblems(pair('A product that is draft', 'Un produit à l’état draft'))).toEqual([
      'English words: draft',
    ]);
    expect(frenchProblems(pair('the marketplace', 'la marketplace'))).toEqual([
      '"marketplace" in lower case',
    ]);
    expect(frenchProblems(pair('OUTSCALE', 'OUTSCALE'))).toEqual([]);
  });
});

type Found = { at: string; en: string; fr: string };

/** Every `{ en, fr }` of strings reachable from `value` (objects, arrays, records), with its path. */
function textsIn(value: unknown, at: string, found: Found[], seen = new Set<unknown>(), depth = 0) {
  if (typeof value !== 'object' || value === null || seen.has(value) || depth > 6) return;
  seen.add(value);
  const record = value as Record<string, unknown>;
  if (typeof record.en === 'string' && typeof record.fr === 'string') {
    found.push({ at, en: record.en, fr: record.fr });
    return;
  }
  for (const [key, child] of Object.entries(record)) textsIn(child, `${at}.${key}`, found, seen, depth + 1);
}

// Every module of the API but the entry points (main.ts, ops.ts start processes) and the test helpers.
const API_DIR = join(ROOT_DIR, 'apps/api/src');
const API_MODULES = sourceFiles(API_DIR).filter((file) => !/\/(main|ops)\.ts$/.test(file));

describe('the exported texts', () => {
  const found: Found[] = [];
  beforeAll(async () => {
    textsIn(domain, '@marketplace/domain', found);
    for (const file of API_MODULES) {
      textsIn((await import(file)) as Record<string, unknown>, relative(ROOT_DIR, file), found);
    }
  });
  /** Locale tags and the like: codes, not texts. */
  const isCode = (t: Found) => /^[a-z]{2}(-[A-Z]{2})?$/.test(t.en) && /^[a-z]{2}(-[A-Z]{2})?$/.test(t.fr);

  it('are many (the walk reaches them)', () => {
    expect(found.length).toBeGreaterThan(60);
    expect(found.map((t) => t.at)).toContain('@marketplace/domain.SUBSCRIPTION_STATE_NAMES.active');
  });

  it('each have a French half that is French and follows the glossary', () => {
    const problems = found
      .filter((t) => !isCode(t) && !t.at.includes('/demo/'))
      .map((t) => ({
        at: t.at,
        fr: t.fr,
        problems: frenchProblems({ file: t.at, line: 0, en: [t.en], fr: [t.fr] }),
      }))
      .filter((p) => p.problems.length > 0);
    expect(problems).toEqual([]);
  });
});
