// Each portal loads only its own part of the catalogue (`load.ts`): a page that used a key of the
// other portal's part would show the key. This reads the portals' sources for the keys they name.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en, portalCatalogues } from './catalogues.ts';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const allKeys = Object.keys(en);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The message keys a source names: whole keys in quotes, and the fixed starts of `template.${keys}`. */
function namedKeys(text: string): { keys: string[]; prefixes: string[] } {
  const keys = [...text.matchAll(/'([a-zA-Z]+\.[\w.-]+)'/g)]
    .map((m) => m[1] ?? '')
    .filter((key) => allKeys.includes(key));
  const prefixes = [...text.matchAll(/`([a-zA-Z]+\.[\w.-]*\.)\$\{/g)]
    .map((m) => m[1] ?? '')
    .filter((prefix) => allKeys.some((key) => key.startsWith(prefix)));
  return { keys, prefixes };
}

function missingFrom(dirs: string[], part: Readonly<Record<string, string>>): string[] {
  const keys = Object.keys(part);
  const missing = new Set<string>();
  for (const file of dirs.flatMap((dir) => sources(join(ROOT, dir)))) {
    const named = namedKeys(readFileSync(file, 'utf8'));
    for (const key of named.keys) if (!(key in part)) missing.add(key);
    for (const prefix of named.prefixes)
      if (!keys.some((key) => key.startsWith(prefix))) missing.add(`${prefix}*`);
  }
  return [...missing].sort();
}

describe('the portal parts of the catalogue', () => {
  it('hold every key the buyer portal names', () => {
    expect(missingFrom(['apps/buyer/src'], portalCatalogues.buyer.en)).toEqual([]);
  });

  it('hold every key the seller portal names', () => {
    expect(missingFrom(['apps/seller/src'], portalCatalogues.seller.en)).toEqual([]);
  });

  it('hold, in both portals, every key the shared pages and components name', () => {
    const shared = sources(join(ROOT, 'packages/ui/src')).length;
    expect(shared).toBeGreaterThan(10);
    const both = Object.fromEntries(
      Object.entries(portalCatalogues.buyer.en).filter(([key]) => key in portalCatalogues.seller.en),
    );
    expect(missingFrom(['packages/ui/src'], both)).toEqual([]);
  });
});
