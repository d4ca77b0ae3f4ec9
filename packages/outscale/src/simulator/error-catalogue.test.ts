import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ApiError, errors } from './api-error.ts';

// The official error catalogue (code → Name, Type), from the official Python SDK.
const catalogue = parse(
  readFileSync(new URL('../../../../../shared/outscale/gateway-errors.yaml', import.meta.url), 'utf8'),
) as Record<string, { Name: string; Type: string }>;

/**
 * Below 4000 the catalogue has nothing. 0 and 1 are allowed; so are the authentication and throttling
 * codes the official errors page (docs.outscale.com/api-errors.html) documents and official clients
 * branch on: 13 (key locked after bad signatures), 14 (API access rules not matched), 24/25 (throttled).
 */
const BELOW_CATALOGUE: Record<string, { Type: string; status: number[] }> = {
  '0': { Type: 'DefaultError', status: [400, 405, 500, 502, 503, 504] },
  '1': { Type: 'AccessDenied', status: [401] },
  '13': { Type: 'AccessDenied', status: [401] },
  '14': { Type: 'AccessDenied', status: [401] },
  '24': { Type: 'AccessDenied', status: [429] },
  '25': { Type: 'AccessDenied', status: [429] },
};

/** Why an error the simulator answers is not one the real API could: undefined when it is. */
function fault(code: string, type: string, status?: number): string | undefined {
  const below = BELOW_CATALOGUE[code];
  if (below) {
    if (type !== below.Type) return `code ${code} has Type ${type}, the official page says ${below.Type}`;
    if (status !== undefined && !below.status.includes(status)) return `code ${code} answered with ${status}`;
    return undefined;
  }
  const entry = catalogue[code];
  if (!entry) return `code ${code} is not in gateway-errors.yaml`;
  if (type !== entry.Type)
    return `code ${code} (${entry.Name}) has Type ${type}, the catalogue says ${entry.Type}`;
  return undefined;
}

// Sample arguments for factories that take a code; every other factory gets strings.
const SAMPLE_ARGUMENTS: Record<string, unknown[]> = {
  conflict: ['9015', 'An image named x already exists.'],
  quota: ['10005', 'Too many access keys.'],
  internal: [503],
};

const simulatorDir = fileURLToPath(new URL('.', import.meta.url));
const sources = (function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
})(simulatorDir).map((path) => ({ path: relative(simulatorDir, path), text: readFileSync(path, 'utf8') }));

describe('the error catalogue', () => {
  it('is the official one', () => {
    expect(catalogue['5023']).toMatchObject({ Name: 'no-such-image', Type: 'InvalidResource' });
    expect(Object.keys(catalogue).length).toBeGreaterThan(300);
  });

  it('has every code and Type of every error factory', () => {
    const faults: string[] = [];
    for (const [name, factory] of Object.entries(errors)) {
      const args = SAMPLE_ARGUMENTS[name] ?? Array.from({ length: factory.length }, () => 'sample');
      const error = (factory as (...a: unknown[]) => unknown)(...args);
      if (!(error instanceof ApiError)) {
        faults.push(`errors.${name} does not build an ApiError`);
        continue;
      }
      const why = fault(error.code, error.type, error.status);
      if (why) faults.push(`errors.${name}: ${why}`);
    }
    expect(faults).toEqual([]);
  });

  it('has every code written in the simulator sources, with the Type it is sent with', () => {
    const faults: string[] = [];
    for (const { path, text } of sources) {
      // Any string made of digits is taken for an error code: account IDs (12 digits) aside.
      for (const match of text.matchAll(/['"`](\d{1,5})['"`]/g)) {
        const code = match[1] ?? '';
        if (!BELOW_CATALOGUE[code] && !catalogue[code])
          faults.push(`${path}: code ${code} is not in the catalogue`);
      }
      // A code given to a factory (errors.conflict('9015', ...)) must fit that factory's Type.
      for (const match of text.matchAll(/errors\.(\w+)\(\s*['"`](\d+)['"`]/g)) {
        const [, name = '', code = ''] = match;
        const factory = (errors as Record<string, (...a: unknown[]) => ApiError>)[name];
        if (!factory) continue;
        const error = factory(code, 'sample');
        const why = error.code === code ? fault(code, error.type, error.status) : undefined;
        if (why) faults.push(`${path}: errors.${name}('${code}'): ${why}`);
      }
      // An ApiError built in place must name its status, code and Type literally, so they can be checked.
      if (path === 'api-error.ts') continue;
      for (const match of text.matchAll(/new ApiError\(([^;]*)/g)) {
        const literal = /^\s*(\d{3})\s*,\s*['"`](\d+)['"`]\s*,\s*['"`]([^'"`]+)['"`]/.exec(match[1] ?? '');
        if (!literal) {
          faults.push(
            `${path}: an ApiError whose status, code or Type is not literal; use a factory of errors`,
          );
          continue;
        }
        const [, status = '', code = '', type = ''] = literal;
        const why = fault(code, type, Number(status));
        if (why) faults.push(`${path}: new ApiError(${status}, '${code}', '${type}'): ${why}`);
      }
    }
    expect(faults).toEqual([]);
  });

  it('answers a not-found Name from every *NotFound factory', () => {
    const faults: string[] = [];
    for (const [name, factory] of Object.entries(errors)) {
      if (!name.endsWith('NotFound')) continue;
      const { code } = (factory as (...a: string[]) => ApiError)('sample');
      const entry = catalogue[code];
      if (!entry || !/not-found|no-such|does-not-exist/.test(entry.Name)) {
        faults.push(
          `errors.${name}: code ${code} (${entry?.Name ?? 'not catalogued'}) does not mean not found`,
        );
      }
    }
    expect(faults).toEqual([]);
  });

  it('fails on an invented code or a wrong Type (the check itself)', () => {
    expect(fault('4110', 'MissingParameter')).toMatch(/not in gateway-errors/);
    expect(fault('10029', 'ResourceConflict')).toMatch(/too-many-cores/);
    expect(fault('4000', 'InvalidParameter')).toMatch(/access-keys-not-found/);
    expect(fault('14', 'AccessDenied', 401)).toBeUndefined();
    expect(fault('5023', 'InvalidResource')).toBeUndefined();
  });
});
