// One marketplace (started as `pnpm start` does) and one Chromium per test file; each scenario gets a
// new browser context (an English visitor remembering nothing), and fails on any uncaught page error.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchChromium } from './browser.ts';
import { assertPortalsBuilt, type RunningMarketplace, startMarketplace } from './marketplace-server.ts';

export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

export type BrowserSession = { marketplace: RunningMarketplace; page: Page };

export function browserSession(options: { demoData: boolean; viewport: { width: number; height: number } }) {
  const session = {} as BrowserSession;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    assertPortalsBuilt();
    mkdirSync(ARTIFACTS, { recursive: true });
    session.marketplace = await startMarketplace({ demoData: options.demoData });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    // A graceful stop: exit code 0 within 15 s.
    if (session.marketplace) expect(await session.marketplace.stop(15_000)).toBe(0);
  });

  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start');
    context = await browser.newContext({ locale: 'en-US', viewport: options.viewport });
    session.page = await context.newPage();
    pageErrors = [];
    session.page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterEach(async () => {
    await context?.close();
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  });

  return session;
}
