// Finds every bilingual text written in the server's source: each object literal with an `en` and a
// `fr` property (a `Text`, a `Record<Language, …>`, an e-mail's subject or paragraphs), and each call
// of a helper taking the English then the French text (`refuse(en, fr)`). Its literal parts (strings,
// template texts with `${…}` as `…`) are what a person reads; the tests check the French half of each.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { glossaryViolations } from '@marketplace/domain';
import ts from 'typescript';

export type TextPair = { file: string; line: number; en: string[]; fr: string[] };

/** Helpers called as `name(en, fr)`. */
const PAIR_CALLS = new Set(['refuse']);
/** Interpolations stand for this in the literal parts. */
export const HOLE = '…';

function literalParts(node: ts.Node): string[] {
  const parts: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) {
      // Object keys and comparisons (`p.kind === 'x'`) are not texts; the text itself always is.
      const parent = n === node ? undefined : n.parent;
      if (parent && ts.isBinaryExpression(parent)) return;
      if (parent && ts.isElementAccessExpression(parent)) return;
      if (parent && ts.isCallExpression(parent) && !isTextCall(parent)) return;
      parts.push(n.text);
      return;
    }
    if (ts.isTemplateExpression(n)) {
      parts.push(n.head.text + n.templateSpans.map((s) => HOLE + s.literal.text).join(''));
      for (const span of n.templateSpans) visit(span.expression);
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return parts.filter((p) => /\p{L}/u.test(p));
}

// Strings passed to these read as text (`listIn([...], lang)`); other calls take codes (`nameIn(p, 'en')`).
const isTextCall = (call: ts.CallExpression) =>
  ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'join';

function propertyNamed(object: ts.ObjectLiteralExpression, name: string) {
  return object.properties.find(
    (p): p is ts.PropertyAssignment =>
      ts.isPropertyAssignment(p) &&
      (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) &&
      p.name.text === name,
  );
}

export function textPairsOf(file: string, source: string): TextPair[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true);
  const pairs: TextPair[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const en = propertyNamed(node, 'en');
      const fr = propertyNamed(node, 'fr');
      if (en && fr) {
        pairs.push({
          file,
          line: tree.getLineAndCharacterOfPosition(node.getStart()).line + 1,
          en: literalParts(en.initializer),
          fr: literalParts(fr.initializer),
        });
      }
    }
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      PAIR_CALLS.has(node.expression.text) &&
      node.arguments.length === 2
    ) {
      const [en, fr] = node.arguments as unknown as [ts.Expression, ts.Expression];
      pairs.push({
        file,
        line: tree.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        en: literalParts(en),
        fr: literalParts(fr),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return pairs;
}

/** The TypeScript sources under `root` (tests and test helpers left out). */
export function sourceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'node_modules' && name !== 'testing') walk(path);
      } else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) {
        files.push(path);
      }
    }
  };
  walk(root);
  return files.sort();
}

export function textPairsUnder(root: string, base: string): TextPair[] {
  return sourceFiles(root).flatMap((path) => textPairsOf(relative(base, path), readFileSync(path, 'utf8')));
}

/**
 * Words that are the same in both languages and right in French: acronyms and names (OUTSCALE, OMI,
 * VM, Cockpit, Marketplace), identifiers a person types (parameters, procedure names), and French words
 * spelt as English ones.
 */
const SHARED_WORDS = new Set(
  [
    'outscale',
    'marketplace',
    'omi',
    'omis',
    'cockpit',
    'eim',
    'totp',
    'csv',
    'pdf',
    'png',
    'jpeg',
    'svg',
    'webp',
    'https',
    'http',
    'ascii',
    'utf',
    'nul',
    'byol',
    'saas',
    'paas',
    'iaas',
    'nuage',
    'readpubliccatalog',
    'readvmtypes',
    'readaccounts',
    'readapiaccessrules',
    'readconsumptionaccount',
    'version',
    'versions',
    'image',
    'images',
    'support',
    'type',
    'types',
    'format',
    'code',
    'codes',
    'total',
    'minimum',
    'maximum',
    'description',
    'descriptions',
    'date',
    'dates',
    'licence',
    'licences',
    'contact',
    'administrateur',
    'logo',
    'logos',
    'page',
    'pages',
    'client',
    'note',
    'notes',
    'option',
    'options',
    'message',
    'messages',
    'source',
    'sources',
    'section',
    'sections',
    'simple',
    'unique',
    'public',
    'publique',
    'catalog',
    'sales',
    'csrf',
    'emoji',
    'base',
    'rare',
    'tabulation',
    'caractère',
    'actions',
    'action',
    'cause',
    'position',
    'article',
    'articles',
    'mode',
    'test',
    'local',
    'commission',
    'distribution',
    'permission',
    'permissions',
    'question',
    'questions',
    'rotation',
    'normal',
    'texte',
    'regions',
    'region',
    'validation',
    'invisible',
    'incorrect',
    'correct',
    'minutes',
    'active',
    'site',
    'catalogue',
    'performance',
    'publication',
    'activation',
    'information',
    'export',
    'service',
    'estimation',
    'applications',
    'devops',
    'vcores',
    'api',
    'eur',
    'ugap',
    'createapiaccessrule',
    'standard',
  ].map((w) => w.toLowerCase()),
);

/** Letters-only words of a text, lower case; identifiers (`a.b`, `a_b`, `a=b`, `x-file-name`) left out. */
/** Terms French uses as they are in English. */
const SHARED_PHRASES = ['open source'];

export function wordsOf(text: string): string[] {
  let plain = text.toLowerCase();
  for (const phrase of SHARED_PHRASES) plain = plain.replaceAll(phrase, ' ');
  return (
    plain
      .replaceAll(HOLE, ' ')
      // ICU syntax: argument names, formats and plural categories are not words of the text.
      .replace(/\{\s*\w+\s*(,\s*(plural|select|selectordinal|number|date|time)\s*,)?/g, ' ')
      .replace(/\b(zero|one|two|few|many|other)\s*\{/g, ' ')
      // A parameter named in parentheses: `(from)`, `(X-File-Name)`.
      .replace(/\([\w-]+\)/g, ' ')
      .split(/\s+/)
      .filter((token) => !/[\p{L}\d][._=/:-][\p{L}\d]/u.test(token))
      .join(' ')
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 3)
  );
}

/** English words (of `en`) found in its French half, besides those shared and the names given. */
export function englishLeftIn(en: string, fr: string, names: readonly string[] = []): string[] {
  const named = new Set(names.flatMap(wordsOf));
  const english = new Set(wordsOf(en));
  return [...new Set(wordsOf(fr))].filter((w) => english.has(w) && !SHARED_WORDS.has(w) && !named.has(w));
}

/** What is wrong with a pair's French half, or an empty list. */
export function frenchProblems(pair: TextPair, names: readonly string[] = []): string[] {
  const en = pair.en.join('\n');
  const fr = pair.fr.join('\n');
  const problems: string[] = [];
  if (fr.trim() === '' && en.trim() !== '') problems.push('no French');
  const words = wordsOf(en);
  const properName = words.length > 0 && words.every((w) => SHARED_WORDS.has(w));
  if (fr === en && en.trim() !== '' && !properName) problems.push('French is the English');
  for (const word of glossaryViolations(fr)) problems.push(`glossary: "${word}"`);
  const left = englishLeftIn(en, fr, names);
  if (left.length > 0) problems.push(`English words: ${left.join(', ')}`);
  // The glossary's French name is a proper name: "la Marketplace", never "la marketplace".
  if (/(^|[^\p{L}])marketplace/u.test(fr.replace(/https?:\/\/\S+/g, '')))
    problems.push('"marketplace" in lower case');
  return problems;
}
