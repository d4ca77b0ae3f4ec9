// The demo people (DEMO_DATA=true) in each role, signed in once per file: through the API as another
// client would (to set things up), and as browser contexts carrying that session in a given language and
// width (so a test opens pages already signed in, without walking the sign-in form again).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningMarketplace } from './marketplace-server.ts';

export const DEMO_PASSWORD = 'Demo-password-2026!';
export const DEMO = {
  /** Admin and user of Helix DevOps, the validated seller of the demo catalog. */
  sellerAdmin: 'seller@helix-devops.example',
  /** Admin and user of Acme Industries, a validated buyer-only organization. */
  buyerAdmin: 'buyer@acme-industries.example',
  operator: 'operator@marketplace.example',
} as const;
/** Acme's home OUTSCALE account and its linked staging account. */
export const ACME_ACCOUNTS = { home: '300000000002', staging: '300000000004' } as const;

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };
export type Language = 'en' | 'fr';

export type Api = {
  /** The session cookie's value, to hand to a browser context. */
  session: () => string;
  query: <T>(path: string, input?: unknown) => Promise<T>;
  mutation: <T>(path: string, input?: unknown) => Promise<T>;
};

/** Signs in through `auth.login` and calls procedures as that person (JSON over HTTP, no superjson). */
export async function apiAs(marketplace: RunningMarketplace, email: string, password = DEMO_PASSWORD) {
  let cookie = '';
  const call = async <T>(method: 'GET' | 'POST', path: string, input?: unknown): Promise<T> => {
    const query =
      method === 'GET' && input !== undefined ? `?input=${encodeURIComponent(JSON.stringify(input))}` : '';
    const response = await fetch(`${marketplace.url}/trpc/${path}${query}`, {
      method,
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      ...(method === 'POST' && input !== undefined ? { body: JSON.stringify(input) } : {}),
    });
    const set = response.headers.getSetCookie().find((line) => line.startsWith('mp_session='));
    if (set) cookie = set.split(';')[0] ?? '';
    const json = (await response.json()) as { result?: { data: T }; error?: { message: string } };
    if (json.error) throw new Error(`${path}: ${json.error.message}`);
    return json.result?.data as T;
  };
  await call('POST', 'auth.login', { email, password });
  const api: Api = {
    session: () => cookie.replace(/^mp_session=/, ''),
    query: (path, input) => call('GET', path, input),
    mutation: (path, input) => call('POST', path, input),
  };
  return api;
}

/** Polls `check` until it answers something (every half second, a minute at most). */
export async function until<T>(check: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let tries = 0; tries < 120; tries++) {
    const found = await check();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} did not happen within a minute`);
}

export type RoleContext = { context: BrowserContext; page: Page; errors: string[] };

/**
 * A browser context in one language (remembered, as the language switch remembers it) and one width,
 * signed in with `api`'s session when given; uncaught page errors are collected in `errors`.
 */
export async function roleContext(
  browser: Browser,
  marketplace: RunningMarketplace,
  options: { api?: Api; language: Language; viewport: { width: number; height: number } },
): Promise<RoleContext> {
  const context = await browser.newContext({
    locale: options.language === 'fr' ? 'fr-FR' : 'en-US',
    viewport: options.viewport,
  });
  await context.addInitScript((language) => {
    window.localStorage.setItem('marketplace.language', language);
  }, options.language);
  if (options.api) {
    await context.addCookies([
      {
        name: 'mp_session',
        value: options.api.session(),
        url: marketplace.url,
        httpOnly: true,
        sameSite: 'Lax',
      },
    ]);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/** True when the page fits its width (no sideways scrolling of the whole document). */
export const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
