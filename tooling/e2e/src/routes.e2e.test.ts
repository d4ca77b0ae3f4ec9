// The portals' routes (TanStack Router): a real not-found page for unknown addresses and for IDs that
// are not IDs, in English and French; the catalog's filters kept in the address (reload, back button);
// a hovered product card loads its page before the click; a signed-out visit to a private page goes
// through sign-in and comes back.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { switchLanguage } from './browser.ts';
import type { RunningMarketplace } from './marketplace-server.ts';
import { browserSession } from './session.ts';

const BUYER = { email: 'buyer@acme-industries.example', password: 'Demo-password-2026!' };

const session = browserSession({ demoData: true, viewport: { width: 1280, height: 900 } });
let marketplace: RunningMarketplace;
let page: Page;

beforeEach(() => {
  marketplace = session.marketplace;
  page = session.page;
});

const open = (path: string) => page.goto(`${marketplace.url}${path}`);
const mainHeading = () => page.locator('main h1');
const results = () => page.getByTestId('product-card');
const path = () => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};

/** The demo catalog is published by jobs at start: wait until its products are listed. */
async function openCatalogWhenReady() {
  for (let tries = 0; tries < 60; tries++) {
    await open('/catalog');
    await page.getByTestId('result-count').filter({ hasText: /\d/ }).waitFor();
    if ((await results().count()) >= 3) return;
    await page.waitForTimeout(1000);
  }
  throw new Error('the demo catalog was not published');
}

describe('addresses', () => {
  it('shows the not-found page, in English and French, for unknown paths and IDs that are not IDs', async () => {
    for (const address of [
      '/nowhere',
      '/products/not-an-id',
      '/sellers/42',
      '/seller/nowhere',
      '/seller/products/x',
    ]) {
      const response = await open(address);
      // The server serves the portal for any path below it: the page says what is missing.
      expect(response?.status(), address).toBe(200);
      await page.getByTestId('not-found').waitFor();
      expect(await mainHeading().textContent(), address).toBe('Page not found');
      expect(await page.title()).toContain('Page not found');
    }
    expect(await page.getByText('Some fields are not valid').count()).toBe(0);

    // The same in French, and the way back works without reloading the portal.
    await switchLanguage(page, 'Français');
    expect(await mainHeading().textContent()).toBe('Page introuvable');
    await open('/products/not-an-id');
    await page.getByTestId('not-found').waitFor();
    expect(await mainHeading().textContent()).toBe('Page introuvable');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.getByRole('link', { name: 'Retour à l’accueil' }).click();
    await page.waitForURL(`${marketplace.url}/`);
    await page.getByRole('searchbox').first().waitFor();
    expect(await page.getByTestId('not-found').count()).toBe(0);
  });

  it('keeps the catalog filters in the address: a reload keeps them, the back button restores them', async () => {
    await openCatalogWhenReady();
    const offer = page.getByTestId('facet-offer').getByRole('checkbox').first();
    const region = page.getByTestId('facet-region').getByRole('checkbox').first();

    await offer.check();
    await page.waitForURL(/\/catalog\?offer=/);
    const oneFilter = path();
    await region.check();
    await page.waitForURL(/offer=.*&region=/);
    const twoFilters = path();
    // Reload: the same search.
    await page.reload();
    await page.getByTestId('result-count').filter({ hasText: /\d/ }).waitFor();
    expect(await offer.isChecked()).toBe(true);
    expect(await region.isChecked()).toBe(true);

    // Back: the previous filters.
    await page.goBack();
    await page.waitForURL(`${marketplace.url}${oneFilter}`);
    await page.getByTestId('result-count').filter({ hasText: /\d/ }).waitFor();
    expect(await offer.isChecked()).toBe(true);
    expect(await region.isChecked()).toBe(false);

    // Invalid values in the address are dropped, never an error: the search still runs.
    await open(`${twoFilters}&kind=robot&sort=price&page=zero`);
    await page.getByTestId('result-count').filter({ hasText: /\d/ }).waitFor();
    await page.waitForURL(`${marketplace.url}${twoFilters}`);
    expect(await offer.isChecked()).toBe(true);
    expect(await region.isChecked()).toBe(true);
  });

  it('loads a product page when its card is hovered, before the click, and focuses its heading', async () => {
    await openCatalogWhenReady();
    const card = results().first();
    const name = (await card.getByRole('heading').textContent()) ?? '';
    const requested = page.waitForRequest((request) => request.url().includes('catalog.product'));
    await card.getByRole('link', { name }).hover();
    await requested;
    // The click shows the page from the cache: no new request for the product.
    let asked = false;
    page.on('request', (request) => {
      if (request.url().includes('catalog.product')) asked = true;
    });
    await card.getByRole('link', { name }).click();
    await page.waitForURL(/\/products\/[0-9a-f-]{36}$/);
    await mainHeading().filter({ hasText: name }).waitFor();
    expect(asked).toBe(false);
    // A screen reader announces the new page: its heading has the focus.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });

  it('sends a signed-out visitor of My subscriptions to sign-in, and back after signing in', async () => {
    await open('/subscriptions');
    await page.waitForURL(/\/signin\?next=%2Fsubscriptions$/);
    await page.getByLabel('E-mail address', { exact: true }).fill(BUYER.email);
    await page.getByLabel('Password', { exact: true }).fill(BUYER.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(`${marketplace.url}/subscriptions`);
    await mainHeading().filter({ hasText: 'My subscriptions' }).waitFor();
  });
});
