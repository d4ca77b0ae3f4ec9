import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestMarketplace, type TestMarketplace } from '../testing/marketplace.ts';

/** Two portals as Vite builds them (an index.html and its hashed bundle), so the test needs no build. */
async function builtPortals(): Promise<{ folder: string; buyerDist: string; sellerDist: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'mp-portals-'));
  const portal = async (name: string, base: string) => {
    const dist = join(folder, name);
    await mkdir(join(dist, 'assets'), { recursive: true });
    await writeFile(
      join(dist, 'index.html'),
      `<!doctype html><html><head><script type="module" src="${base}assets/index-1a2b3c.js"></script></head><body><div id="root"></div></body></html>`,
    );
    await writeFile(join(dist, 'assets', 'index-1a2b3c.js'), 'document.title = "portal";');
    return dist;
  };
  return { folder, buyerDist: await portal('buyer', '/'), sellerDist: await portal('seller', '/seller/') };
}

/** The policy's directives by name: "script-src 'self'; …" → { 'script-src': ["'self'"], … }. */
function directives(policy: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...values]) => [name, values]),
  );
}

// Every kind of answer: pages of both portals (the reset page has its token in the address), the API,
// the files routes, and what no route answers.
const ANSWERS: { what: string; method?: string; path: string; headers?: Record<string, string> }[] = [
  { what: 'the catalog page', path: '/' },
  { what: 'a buyer page served by the fallback', path: '/catalog?q=linux' },
  { what: 'the seller sign-in page', path: '/seller/' },
  { what: 'the reset page with its token', path: '/seller/reset-password?token=abcdefghijklmnop' },
  { what: 'a portal bundle', path: '/assets/index-1a2b3c.js' },
  { what: 'a tRPC query', path: '/trpc/health' },
  { what: 'an unknown procedure', path: '/trpc/nowhere' },
  { what: 'an unknown path', path: '/_dev/nowhere' },
  { what: 'an unknown file', path: '/files/00000000-0000-4000-8000-000000000000' },
  { what: 'an upload without session', method: 'POST', path: '/files?purpose=logo' },
  {
    what: 'a request refused as sent by another site',
    method: 'POST',
    path: '/trpc/auth.logout',
    headers: { origin: 'https://evil.example' },
  },
];

describe('security headers on a marketplace reached over plain HTTP', () => {
  let marketplace: TestMarketplace;
  let portals: Awaited<ReturnType<typeof builtPortals>>;
  beforeAll(async () => {
    portals = await builtPortals();
    marketplace = await startTestMarketplace({}, { server: portals });
  });
  afterAll(async () => {
    await marketplace.stop();
    await rm(portals.folder, { recursive: true, force: true });
  });

  it.each(ANSWERS)('are on $what', async ({ method, path, headers }) => {
    const response = await fetch(`${marketplace.url}${path}`, {
      method: method ?? 'GET',
      headers: headers ?? {},
    });
    const policy = directives(response.headers.get('content-security-policy'));
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['script-src-attr']).toEqual(["'none'"]);
    // Our stylesheets, and the one <style> React Aria adds, by its hash: never 'unsafe-inline'.
    expect(policy['style-src']).toEqual(["'self'", "'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    // Without TLS, HSTS would be meaningless, and wrong for whoever later serves this name over HTTPS.
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(policy['upgrade-insecure-requests']).toBeUndefined();
  });

  it('are on a catalog search answered from the response cache, before tRPC runs', async () => {
    const search = `${marketplace.url}/trpc/catalog.search?input=${encodeURIComponent('{"language":"en"}')}`;
    expect((await fetch(search)).status).toBe(200);
    const cached = await fetch(search);
    expect(cached.headers.get('x-catalog-cache')).toBe('hit');
    expect(cached.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(cached.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('let the pages load their bundles, images of this site, data: and web addresses, and call the API', async () => {
    const policy = directives((await fetch(`${marketplace.url}/`)).headers.get('content-security-policy'));
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['img-src']).toEqual(["'self'", 'data:', 'https:', 'http:']);
    expect(policy['connect-src']).toEqual(["'self'"]);
  });

  it('give the dev inbox its own policy: no script at all, its inline styles, never framed', async () => {
    for (const path of ['/_dev/mail', '/_dev/mail/unknown']) {
      const response = await fetch(`${marketplace.url}${path}`);
      const policy = directives(response.headers.get('content-security-policy'));
      expect(policy['default-src']).toEqual(["'none'"]);
      expect(policy['script-src']).toBeUndefined();
      expect(policy['style-src']).toEqual(["'unsafe-inline'"]);
      expect(policy['frame-ancestors']).toEqual(["'none'"]);
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });
});

describe('security headers on a marketplace behind TLS (PUBLIC_URL=https://…)', () => {
  let marketplace: TestMarketplace;
  beforeAll(async () => {
    marketplace = await startTestMarketplace({ PUBLIC_URL: 'https://marketplace.example' });
  });
  afterAll(() => marketplace.stop());

  it('tell browsers to come back over HTTPS only, for a year, and to upgrade http:// images', async () => {
    for (const path of ['/', '/trpc/health', '/files/00000000-0000-4000-8000-000000000000']) {
      const response = await fetch(`${marketplace.url}${path}`);
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(directives(response.headers.get('content-security-policy'))).toHaveProperty(
        'upgrade-insecure-requests',
      );
    }
  });
});
