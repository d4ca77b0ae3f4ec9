// Both portals, as a person uses them, against the marketplace started as `pnpm start` runs it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium, switchLanguage } from './browser.ts';
import { assertPortalsBuilt, type RunningMarketplace, startMarketplace } from './marketplace-server.ts';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const DESKTOP = { width: 1280, height: 860 };
const PHONE = { width: 375, height: 812 };

let marketplace: RunningMarketplace;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  assertPortalsBuilt();
  mkdirSync(ARTIFACTS, { recursive: true });
  marketplace = await startMarketplace();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (marketplace) {
    // A graceful stop: SIGTERM, requests finished, PostgreSQL stopped, exit code 0 within 15 s.
    expect(await marketplace.stop(15_000)).toBe(0);
  }
});

// Each scenario is a new visitor: English browser, nothing remembered.
beforeEach(async () => {
  context = await browser.newContext({ locale: 'en-US', viewport: DESKTOP });
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterEach(async () => {
  await context.close();
  expect(pageErrors, 'uncaught errors in the page').toEqual([]);
});

// --- What a person sees and does ---------------------------------------------------------------

const open = (path: string) => page.goto(`${marketplace.url}${path}`);
const health = () => page.getByTestId('health-status');
const mainHeading = () => page.locator('main h1');
const pageLanguage = () => page.evaluate(() => document.documentElement.lang);

async function waitForHealth(state: 'operational' | 'degraded' | 'unreachable') {
  await page.locator(`[data-testid="health-status"][data-state="${state}"]`).waitFor();
}

async function chooseLanguage(label: 'English' | 'Français') {
  await switchLanguage(page, label);
}

async function screenshot(name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

async function hasNoHorizontalScroll() {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

// --- Buyer portal ------------------------------------------------------------------------------

describe('the buyer portal', () => {
  it('shows the catalog landing page and that the marketplace is operational', async () => {
    await open('/');

    expect(await mainHeading().textContent()).toBe('Software for your OUTSCALE cloud, ready to deploy');
    expect(await pageLanguage()).toBe('en');
    await waitForHealth('operational');
    expect(await health().textContent()).toMatch(/All systems operational.*Version \d+\.\d+\.\d+.*\d+ ms/);

    // The search box, the two kinds of products and the two regions are on the page.
    expect(await page.getByRole('searchbox', { name: 'Search the catalog' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'OMI products' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Managed products' }).isVisible()).toBe(true);
    expect(await page.getByText('cloudgouv-eu-west-1', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('eu-west-2', { exact: true }).isVisible()).toBe(true);

    // The ways onward point where those screens live.
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/signin');
    expect(await nav.getByRole('link', { name: 'Create an organization' }).getAttribute('href')).toBe(
      '/signup',
    );
    expect(await nav.getByRole('link', { name: 'Sell on the marketplace' }).getAttribute('href')).toBe(
      '/seller/',
    );
    await screenshot('buyer-en');
  });

  it('switches to French, and remembers it after a reload', async () => {
    await open('/');
    await waitForHealth('operational');
    const englishHealth = await health().textContent();

    await chooseLanguage('Français');

    await expect.poll(pageLanguage).toBe('fr');
    expect(await mainHeading().textContent()).toBe(
      'Des logiciels pour votre cloud OUTSCALE, prêts à déployer',
    );
    expect(await health().textContent()).toContain('Tous les services sont opérationnels');
    expect(await health().textContent()).not.toBe(englishHealth);
    expect(await page.getByRole('button', { name: 'Français' }).getAttribute('aria-pressed')).toBe('true');

    await page.reload();

    expect(await pageLanguage()).toBe('fr');
    expect(await mainHeading().textContent()).toBe(
      'Des logiciels pour votre cloud OUTSCALE, prêts à déployer',
    );
    await waitForHealth('operational');
    expect(await health().textContent()).toContain('Tous les services sont opérationnels');
    await screenshot('buyer-fr');
  });

  it('opens the catalog with the search in the address and the box', async () => {
    await open('/');
    await page.getByRole('searchbox', { name: 'Search the catalog' }).fill('postgres');
    await page.getByRole('button', { name: 'Search', exact: true }).click();

    await page.waitForURL(/\/catalog\?q=postgres$/);
    expect(await page.getByRole('searchbox', { name: 'Search the catalog' }).inputValue()).toBe('postgres');
  });

  it('lets a keyboard user skip straight to the content', async () => {
    await open('/');
    // Start from the top of the document, as a person arriving on the page does.
    await page.getByRole('link', { name: 'Skip to content' }).waitFor({ state: 'attached' });
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.focus();
    });
    await page.keyboard.press('Tab');

    const focused = page.locator(':focus');
    expect(await focused.textContent()).toBe('Skip to content');
    expect(await focused.isVisible()).toBe(true);

    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize(PHONE);
    await open('/');
    await waitForHealth('operational');

    expect(await hasNoHorizontalScroll()).toBe(true);
    await screenshot('buyer-phone');
  });
});

// --- Seller portal -----------------------------------------------------------------------------

describe('the seller portal', () => {
  it('shows the sign-in page at /seller/ with the health of the marketplace', async () => {
    await open('/seller/');

    expect(await mainHeading().textContent()).toBe('Sign in to the seller portal');
    await waitForHealth('operational');
    expect(await health().textContent()).toContain('All systems operational');

    const email = page.getByLabel('E-mail address');
    const password = page.getByLabel('Password', { exact: true });
    expect(await email.getAttribute('autocomplete')).toBe('username');
    expect(await password.getAttribute('autocomplete')).toBe('current-password');
    const main = page.getByRole('main');
    expect(await main.getByRole('link', { name: 'Forgot password?' }).getAttribute('href')).toBe(
      '/seller/forgot-password',
    );
    expect(await main.getByRole('link', { name: 'Create an organization' }).getAttribute('href')).toBe(
      '/seller/signup',
    );
    await screenshot('seller-en');
  });

  it('switches to French, and remembers it after a reload', async () => {
    await open('/seller/');
    await waitForHealth('operational');

    await chooseLanguage('Français');

    await expect.poll(pageLanguage).toBe('fr');
    expect(await mainHeading().textContent()).toBe('Connexion à l’espace vendeur');
    expect(await health().textContent()).toContain('Tous les services sont opérationnels');

    await page.reload();

    expect(await pageLanguage()).toBe('fr');
    expect(await mainHeading().textContent()).toBe('Connexion à l’espace vendeur');
    await screenshot('seller-fr');
  });

  it('shows what is missing when the sign-in form is sent empty', async () => {
    await open('/seller/');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    expect(await page.getByText('Enter your e-mail address.').isVisible()).toBe(true);
    expect(await page.getByText('Enter your password.').isVisible()).toBe(true);
    const email = page.getByLabel('E-mail address');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.evaluate((input) => input === document.activeElement)).toBe(true);
    await screenshot('seller-errors');

    // A mistyped address is pointed out; unknown credentials get the server's answer, announced.
    await email.fill('jane@');
    // The shared error map's words (packages/validators/src/messages.ts), shown as the field changes.
    await page.getByText('Enter an e-mail address such as name@example.com.').waitFor();
    await email.fill('jane@seller.example');
    await page.getByLabel('Password', { exact: true }).fill('a password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    const problem = page.getByTestId('form-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toBe('E-mail or password is incorrect.');
    expect(await page.getByRole('alert').filter({ has: problem }).count()).toBe(1);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
  });

  it('speaks the language chosen in the buyer portal', async () => {
    await open('/');
    await chooseLanguage('Français');
    await expect.poll(pageLanguage).toBe('fr');

    await page.getByRole('link', { name: 'Vendre sur la Marketplace' }).click();

    await page.waitForURL(/\/seller\/$/);
    expect(await pageLanguage()).toBe('fr');
    expect(await mainHeading().textContent()).toBe('Connexion à l’espace vendeur');
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize(PHONE);
    await open('/seller/');
    await waitForHealth('operational');

    expect(await hasNoHorizontalScroll()).toBe(true);
    await screenshot('seller-phone');
  });
});
