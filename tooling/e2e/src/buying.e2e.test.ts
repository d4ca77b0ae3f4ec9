// A visitor searches the catalog, filters, opens a product and estimates its cost; then signs in as the
// demo buyer, subscribes to the hourly offer for two of the organization's OUTSCALE accounts, and finds
// the OMI IDs in My subscriptions, shared with both accounts in the simulator.
import { join } from 'node:path';
import { estimateCost, vmRatesFrom } from '@marketplace/domain';
import { demoCatalogues, expandVmTypes, OutscaleClient } from '@marketplace/outscale';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './accessibility.ts';
import { switchLanguage } from './browser.ts';
import { typeAndChoose } from './choices.ts';
import { type RunningMarketplace, simulatorEndpoint } from './marketplace-server.ts';
import { ARTIFACTS, browserSession } from './session.ts';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };

// The demo buyer (DEMO_DATA=true), its organization's OUTSCALE account and the linked "Staging" one.
const BUYER = { email: 'buyer@acme-industries.example', password: 'Demo-password-2026!' };
const ACCOUNTS = [
  {
    id: '300000000002',
    accessKey: 'AKBUYACMEGOUV0000000',
    secretKey: 'SKCCB36941982FCA47BFF2887526A28E358244F2',
  },
  {
    id: '300000000004',
    accessKey: 'AKBUYACMESTAGING0000',
    secretKey: 'SK5D0E7A1C93B4F2E86A0D17C5B9E3F4A2C6D8E0',
  },
];
const OTHER_BUYER = {
  accessKey: 'AKBUYMINGOUV00000000',
  secretKey: 'SKCA467C9EEC8F99297EB79DA9EE91FAA2CD7925',
};
const PRODUCT = 'GitLab CE 17 appliance';

const session = browserSession({ demoData: true, viewport: DESKTOP });
let marketplace: RunningMarketplace;
let page: Page;

beforeEach(() => {
  marketplace = session.marketplace;
  page = session.page;
});

const mainHeading = () => page.locator('main h1');
/** Waits until the page shown is the one headed `text` (the address changes before it renders). */
const headed = (text: string) => mainHeading().filter({ hasText: text }).first().waitFor();
const field = (label: string) => page.getByLabel(label, { exact: true });
const button = (name: string) => page.getByRole('button', { name, exact: true });
const results = () => page.getByTestId('product-card');

async function screenshot(name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** The demo catalog is published by jobs at start: wait until its OMI copies are available. */
async function openCatalogWhenReady(search: string) {
  for (let tries = 0; tries < 60; tries++) {
    await page.goto(`${marketplace.url}/catalog?q=${encodeURIComponent(search)}`);
    await page.getByTestId('result-count').filter({ hasText: /\d/ }).waitFor();
    if ((await results().count()) >= 3) return;
    await page.waitForTimeout(1000);
  }
  throw new Error('the demo catalog was not published');
}

async function sees(account: { accessKey: string; secretKey: string }, imageId: string) {
  const endpoint = await simulatorEndpoint(marketplace);
  const client = new OutscaleClient({ region: 'cloudgouv-eu-west-1', endpoint, ...account });
  const { Images = [] } = await client.call('ReadImages', { Filters: { ImageIds: [imageId] } });
  return Images.length === 1;
}

describe('buying', () => {
  it('searches, filters, opens a product, estimates, subscribes and finds the OMI IDs', async () => {
    // A visitor searches from the landing page; the address carries the search.
    await page.goto(`${marketplace.url}/`);
    await openCatalogWhenReady('gitlab');
    await page.goto(`${marketplace.url}/`);
    await page.getByRole('searchbox', { name: 'Search the catalog' }).fill('gitlab');
    await button('Search').click();
    await page.waitForURL(/\/catalog\?q=gitlab$/);
    await page.getByTestId('result-count').filter({ hasText: '3 products' }).waitFor();

    // Filters, with their counts, narrow the results and go into the address.
    const hourly = page.getByTestId('facet-offer').getByLabel(/Hourly/);
    await hourly.check();
    await page.waitForURL(/offer=hourly/);
    await page
      .getByTestId('result-count')
      .filter({ hasText: /^1 product$/ })
      .waitFor();
    await page
      .getByTestId('facet-region')
      .getByLabel(/eu-west-2/)
      .check();
    await page.waitForURL(
      /offer=hourly&region=eu-west-2|region=eu-west-2.*offer=hourly|offer=hourly.*region=eu-west-2/,
    );
    expect(await results().count()).toBe(1);
    const shared = page.url();
    await screenshot('buyer-catalog');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The shared address gives the same search to someone else.
    await page.goto(shared);
    await page
      .getByTestId('result-count')
      .filter({ hasText: /^1 product$/ })
      .waitFor();
    expect(
      await page
        .getByTestId('facet-offer')
        .getByLabel(/Hourly/)
        .isChecked(),
    ).toBe(true);

    // The product page: offers, versions per region, support, licence.
    await results().getByRole('link', { name: PRODUCT }).click();
    await page.waitForURL(/\/products\/[0-9a-f-]{36}$/);
    await headed(PRODUCT);
    expect(await mainHeading().textContent()).toBe(PRODUCT);
    expect(await page.getByTestId('versions').textContent()).toContain('cloudgouv-eu-west-1, eu-west-2');
    expect(await page.getByTestId('support-contact').textContent()).toContain('support@helix-devops.example');

    // The estimate: 3 × tinav6.c8r16p2 for a year, the software per licence plus OUTSCALE's VM rate.
    const estimate = page.getByTestId('estimate-panel');
    await typeAndChoose(estimate, 'VM type', 'c8r16', 'tinav6.c8r16p2');
    await estimate.getByLabel('Number of VMs', { exact: true }).fill('3');
    await estimate.getByLabel('One-year commitment', { exact: true }).check();
    // OUTSCALE's rates as the marketplace read them at start from the simulator's ReadPublicCatalog.
    const catalogue = demoCatalogues()['cloudgouv-eu-west-1'];
    if (!catalogue) throw new Error('no cloudgouv-eu-west-1 catalogue in the simulator seed');
    const today = new Date().toISOString().slice(0, 10);
    const rates = vmRatesFrom({
      region: 'cloudgouv-eu-west-1',
      asOf: today,
      entries: catalogue.Entries,
      vmTypes: expandVmTypes(catalogue),
    });
    const expected = estimateCost(rates, {
      terms: {
        type: 'hourly',
        prices: [
          {
            vmType: 'tinav6.c8r16p2',
            onDemandPerHour: { amount: 22, currency: 'EUR' },
            oneYearPerHour: { amount: 17, currency: 'EUR' },
          },
        ],
      },
      region: 'cloudgouv-eu-west-1',
      vmType: 'tinav6.c8r16p2',
      vmCount: 3,
      commitment: 'one_year',
    });
    const month = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(
      expected.total.perMonth.amount / 100,
    );
    await page.getByTestId('estimate-total-month').filter({ hasText: month }).waitFor();
    expect(await page.getByTestId('estimate').textContent()).toContain(
      'Storage (BSU volumes, snapshots) is not included.',
    );
    // The catalogue's day as people write it, never as ISO ("25 November 2026").
    const readOn = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${today}T00:00:00Z`),
    );
    expect(await page.getByTestId('estimate-source').textContent()).toBe(
      `OUTSCALE’s VM rates from its price catalogue (OUTSCALE ReadPublicCatalog, cloudgouv-eu-west-1) read on ${readOn}: indicative, only invoices are binding.`,
    );
    await screenshot('buyer-product');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Subscribing asks to sign in, then comes back to the subscription form.
    await page.getByRole('link', { name: 'Subscribe', exact: true }).click();
    await page.waitForURL(/\/signin\?next=/);
    await field('E-mail address').fill(BUYER.email);
    await field('Password').fill(BUYER.password);
    await button('Sign in').click();
    await page.waitForURL(/\/products\/[0-9a-f-]{36}\/subscribe$/);
    await headed(`Subscribe to ${PRODUCT}`);
    expect(await mainHeading().textContent()).toBe(`Subscribe to ${PRODUCT}`);
    await page.getByTestId('accounts').getByRole('checkbox').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Both accounts of the organization in the region; the licence must be accepted.
    const accounts = page.getByTestId('accounts');
    for (const account of ACCOUNTS) await accounts.getByLabel(new RegExp(account.id)).check();
    await button('Confirm the subscription').click();
    // Refused by the form itself (the shared schema), under the checkbox, before anything is sent.
    await page.getByText('Accept the licence agreement to subscribe.', { exact: true }).waitFor();
    await page.getByLabel('I have read and accept the licence agreement').check();
    await button('Confirm the subscription').click();

    // My subscriptions: the OMI IDs with a copy button, and the sharing job until done.
    await page.waitForURL(/\/subscriptions\?created=/);
    await page.getByTestId('subscribed-notice').waitFor();
    const subscription = page.getByTestId('subscription').first();
    await subscription
      .getByTestId('sharing-state')
      .and(page.locator('[data-state="done"]'))
      .waitFor({ timeout: 30_000 });
    const imageId = (await subscription.getByTestId('omi-id').first().textContent()) ?? '';
    expect(imageId).toMatch(/^ami-[0-9a-f]{8,}$/);
    expect(await subscription.getByRole('button', { name: `Copy ${imageId}` }).isVisible()).toBe(true);
    expect(await subscription.textContent()).toContain('300000000004');
    expect(await subscription.getByTestId('deployment-template').count()).toBe(1);
    await screenshot('buyer-subscriptions');
    expect(await accessibilityViolations(page)).toEqual([]);

    // In OUTSCALE, both chosen accounts can launch the OMI; another organization's cannot.
    for (const account of ACCOUNTS) expect(await sees(account, imageId)).toBe(true);
    expect(await sees(OTHER_BUYER, imageId)).toBe(false);
  });

  it('shows the catalog and a product page in French', async () => {
    await openCatalogWhenReady('gitlab');
    await switchLanguage(page, 'Français');
    await page.getByTestId('result-count').filter({ hasText: '3 produits' }).waitFor();
    await results().getByRole('link', { name: 'Appliance GitLab CE 17' }).click();
    await headed('Appliance GitLab CE 17');
    expect(await mainHeading().textContent()).toBe('Appliance GitLab CE 17');
    expect(await page.getByTestId('estimate-panel').textContent()).toContain('Estimer le coût');
  });

  it('lets a keyboard user search, filter and open a product', async () => {
    await openCatalogWhenReady('gitlab');
    const box = page.getByRole('searchbox', { name: 'Search the catalog' });
    await box.focus();
    await box.fill('runner');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=runner/);
    await page
      .getByTestId('result-count')
      .filter({ hasText: /^1 product$/ })
      .waitFor();
    // Space ticks a filter, as with any checkbox.
    const free = page.getByTestId('facet-offer').getByLabel(/Free \/ open source/);
    await free.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/offer=free/);
    expect(await free.isChecked()).toBe(true);
    // Enter on the product's link opens its page, and the focus moves to its heading.
    await results().getByRole('link', { name: 'GitLab Runner' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/products\//);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await headed('GitLab Runner');
    expect(await mainHeading().textContent()).toBe('GitLab Runner');
  });

  it('fits a phone: no sideways scrolling on the catalog and product pages', async () => {
    await page.setViewportSize(PHONE);
    await openCatalogWhenReady('gitlab');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await results().getByRole('link', { name: PRODUCT }).click();
    await page.getByTestId('estimate').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot('buyer-product-phone');
  });
});
