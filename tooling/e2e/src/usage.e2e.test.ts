// Usage and billing, as the buyer and the seller see it. The demo buyer Acme Industries subscribes to
// the demo GitLab appliance's hourly offer and launches two VMs from its OMI in its own OUTSCALE
// account (CreateVms on the marketplace's embedded simulator, as Cockpit or the CLI would); three
// hours pass on the simulator's clock, which the marketplace on the embedded simulator follows; the
// operator runs the metering (`pnpm ops usage:meter`). The buyer then sees the spend chart and the
// table, and downloads the month's statement, whose total is the page's; the seller sees the same
// software amount as revenue, on the dashboard and on the Revenue page; the operator sees it in the
// totals per seller.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OutscaleClient } from '@marketplace/outscale';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './accessibility.ts';
import { switchLanguage } from './browser.ts';
import { type RunningMarketplace, runOps, simulatorEndpoint } from './marketplace-server.ts';
import { ARTIFACTS, browserSession } from './session.ts';

const PASSWORD = 'Demo-password-2026!';
const BUYER = 'buyer@acme-industries.example';
const SELLER = 'seller@helix-devops.example';
const OPERATOR = 'operator@marketplace.example';
const ACME = {
  id: '300000000002',
  accessKey: 'AKBUYACMEGOUV0000000',
  secretKey: 'SKCCB36941982FCA47BFF2887526A28E358244F2',
};
const REGION = 'cloudgouv-eu-west-1';
const APPLIANCE = 'GitLab CE 17 appliance';
const VM_TYPE = 'tinav6.c4r8p2';
const HOUR = 3_600_000;
const PHONE = { width: 375, height: 812 };

const session = browserSession({ demoData: true, viewport: { width: 1280, height: 900 } });
let marketplace: RunningMarketplace;
let page: Page;

beforeEach(() => {
  marketplace = session.marketplace;
  page = session.page;
});

type Money = { amount: number; currency: 'EUR' };
type SpendReport = {
  rows: {
    month: string;
    productName: { en: string };
    outscaleAccountId: string;
    vmHours: number;
    software: Money;
    vm: Money;
  }[];
  total: Money;
};

// --- The API, as another client calls it -------------------------------------------------------

async function apiAs(email: string) {
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
  await call('POST', 'auth.login', { email, password: PASSWORD });
  return {
    query: <T>(path: string, input?: unknown) => call<T>('GET', path, input),
    mutation: <T>(path: string, input?: unknown) => call<T>('POST', path, input),
  };
}

async function until<T>(check: () => Promise<T | undefined>, what: string, tries = 120): Promise<T> {
  for (let attempt = 0; attempt < tries; attempt++) {
    const found = await check();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} did not happen in time`);
}

/** The embedded simulator's own routes (`/_control/…`), beside its API. */
async function simulatorControl(path: string, body?: unknown) {
  const base = (await simulatorEndpoint(marketplace)).replace('/{region}/api/v1', '');
  const response = await fetch(`${base}/_control/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`/_control/${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { now: string };
}

/** What the scenario measured: the month metered and the amounts the pages must show. */
const figures = { month: '', total: '', software: '' };
const euros = (money: Money) =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency: money.currency }).format(money.amount / 100);

beforeAll(async () => {
  marketplace = session.marketplace;
  const buyer = await apiAs(BUYER);
  const product = await until(async () => {
    const found = await buyer.query<{ items: { id: string; name: string }[] }>('catalog.search', {
      q: 'gitlab',
      language: 'en',
    });
    const id = found.items.find((p) => p.name === APPLIANCE)?.id;
    if (!id) return undefined;
    const view = await buyer.query<{ offers: { id: string; type: string }[]; versions: unknown[] }>(
      'catalog.product',
      { id, language: 'en' },
    );
    const offer = view.offers.find((o) => o.type === 'hourly');
    return offer && view.versions.length > 0 ? { id, offerId: offer.id } : undefined;
  }, 'the demo catalog');
  const { id: subscriptionId } = await buyer.mutation<{ id: string }>('subscriptions.create', {
    productId: product.id,
    offerId: product.offerId,
    region: REGION,
    outscaleAccountIds: [ACME.id],
    licenceAccepted: true,
    reservation: { vmType: VM_TYPE, vmCount: 2, commitment: 'on_demand' },
  });
  // Shared with the account: the OMI ID in My subscriptions.
  const imageId = await until(async () => {
    const list = await buyer.query<{
      items: { id: string; images: { region: string; imageId: string | null; state: string }[] }[];
    }>('subscriptions.list', {});
    const mine = list.items.find((s) => s.id === subscriptionId);
    return mine?.images.find((i) => i.region === REGION && i.state === 'available')?.imageId ?? undefined;
  }, 'the OMI shared with the buyer');

  // The buyer launches two VMs from it in its own account, as with Cockpit or the CLI, once the
  // sharing job let the account see it.
  const client = new OutscaleClient({
    region: REGION,
    endpoint: await simulatorEndpoint(marketplace),
    accessKey: ACME.accessKey,
    secretKey: ACME.secretKey,
  });
  await until(async () => {
    const { Images = [] } = await client.call('ReadImages', { Filters: { ImageIds: [imageId] } });
    return Images.length === 1 ? true : undefined;
  }, 'the OMI visible in the buyer’s account');
  const launchedAt = Date.parse((await simulatorControl('clock')).now);
  const { Vms = [] } = await client.call('CreateVms', {
    ImageId: imageId,
    VmType: VM_TYPE,
    MinVmsCount: 2,
    MaxVmsCount: 2,
  });
  expect(Vms).toHaveLength(2);

  // Three hours later (the simulator's clock, followed by the marketplace on it), the operator runs
  // the metering; its jobs run in the server.
  await simulatorControl('clock', { advanceMs: 3 * HOUR });
  await runOps(marketplace, ['usage:meter']);

  const now = Date.parse((await simulatorControl('clock')).now);
  const month = new Date(now).toISOString().slice(0, 7);
  // Every hour ended since the launch, for both VMs (less their few seconds pending): about 6 VM-hours.
  const ran = Math.floor(now / HOUR) * HOUR - launchedAt;
  const expectedHours = (2 * ran) / HOUR;
  expect(expectedHours).toBeGreaterThan(4);
  const report = await until(async () => {
    const spend = await buyer.query<SpendReport>('usage.spend', { from: month, to: month });
    const hours = spend.rows.reduce((sum, row) => sum + row.vmHours, 0);
    return Math.abs(hours - expectedHours) < 0.01 ? spend : undefined;
  }, 'the metering of every hour of the buyer’s VMs');
  const software = report.rows.reduce((sum, row) => sum + row.software.amount, 0);
  expect(software).toBeGreaterThan(0);
  figures.month = month;
  figures.total = euros(report.total);
  figures.software = euros({ amount: software, currency: 'EUR' });
}, 240_000);

// --- What people see and do --------------------------------------------------------------------

const field = (label: string) => page.getByLabel(label, { exact: true });
const button = (name: string) => page.getByRole('button', { name, exact: true });

async function screenshot(name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

async function signIn(path: string, email: string) {
  await page.goto(`${marketplace.url}${path}`);
  await field('E-mail address').fill(email);
  await field('Password').fill(PASSWORD);
  await button('Sign in').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/signin'));
}

const fitsTheScreen = () =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

async function pdfText(path: string) {
  const document = await getDocumentProxy(new Uint8Array(await readFile(path)));
  return (await extractText(document, { mergePages: true })).text.replace(/\s+/g, ' ');
}

describe('usage and billing', () => {
  it('the buyer sees the spend chart and table, and downloads the month’s statement with its total', async () => {
    await signIn('/signin', BUYER);
    await page.getByRole('link', { name: 'Spend', exact: true }).click();
    await page.waitForURL(/\/spend$/);
    const chart = page.getByTestId('spend-chart');
    await chart.waitFor();
    expect(await chart.locator('figcaption').textContent()).toBe('Software and VM cost per month');
    // Stacked bars: the month's software and VMs.
    await expect.poll(() => chart.locator('.recharts-bar-rectangle').count()).toBeGreaterThanOrEqual(1);
    const rows = page.getByTestId('spend-row');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(APPLIANCE);
    expect(await rows.first().textContent()).toContain(ACME.id);
    expect(await page.getByTestId('spend-total').textContent()).toBe(figures.total);
    expect(await page.getByTestId('spend-prices').textContent()).toMatch(/public price catalogue of/);
    await screenshot('buyer-spend');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The same rows as CSV.
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('spend-export').click(),
    ]);
    const csvFile = join(ARTIFACTS, csv.suggestedFilename());
    await csv.saveAs(csvFile);
    const records = (await readFile(csvFile, 'utf8'))
      .replace(/^\ufeff/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(records[0]).toMatch(/^Month,Product,Seller,Offer,OUTSCALE account,Region,VM-hours,/);
    expect(records).toHaveLength(2);
    expect(records[1]).toContain(`${figures.month},${APPLIANCE},`);

    // The month's statement, as a PDF download.
    const link = page.getByTestId('statements').locator(`a[data-month="${figures.month}"]`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const file = join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^statement-SP-[0-9A-F]{8}-\d{6}\.pdf$/);
    const text = await pdfText(file);
    expect(text).toContain('Monthly spend statement');
    expect(text).toContain('Acme Industries');
    expect(text).toContain(APPLIANCE);
    expect(text).toContain(`Total for the month ${figures.total}`);
    expect(text).toContain('OUTSCALE’s invoice is the binding document');

    // In French: the page and its chart follow.
    await switchLanguage(page, 'Français');
    expect(await page.locator('main h1').textContent()).toBe('Dépenses');
    expect(await chart.locator('figcaption').textContent()).toBe('Coût du logiciel et des VM par mois');

    // On a phone: no sideways scrolling, the table's rows as cards.
    await page.setViewportSize(PHONE);
    // (The chart follows its container's new width a moment later.)
    await expect.poll(fitsTheScreen).toBe(true);
    await screenshot('buyer-spend-phone');
  });

  it('the seller sees the same amount as revenue, on the dashboard and on the Revenue page', async () => {
    await signIn('/seller/signin', SELLER);
    const thisMonth = page
      .getByTestId('dashboard-revenue')
      .locator('[data-figure="revenue-this-month"] strong');
    await expect.poll(() => thisMonth.textContent()).toBe(figures.software);
    await page.getByRole('link', { name: 'Revenue', exact: true }).first().click();
    await page.waitForURL(/\/seller\/revenue$/);
    await page.getByTestId('revenue-chart').waitFor();
    const row = page.getByTestId('revenue-row');
    expect(await row.count()).toBe(1);
    expect(await row.first().textContent()).toContain('Acme Industries');
    expect(await page.getByTestId('revenue-total').textContent()).toBe(figures.software);
    await screenshot('seller-revenue');
    expect(await accessibilityViolations(page)).toEqual([]);

    // In French on a phone, the longest words of the portal's menu: no sideways scrolling.
    await switchLanguage(page, 'Français');
    await page.setViewportSize(PHONE);
    expect(await page.locator('main h1').textContent()).toBe('Revenus');
    await expect.poll(fitsTheScreen).toBe(true);
    await screenshot('seller-revenue-phone');
  });

  it('the operator sees it in the totals per seller', async () => {
    await signIn('/seller/signin', OPERATOR);
    await page.goto(`${marketplace.url}/seller/operator`);
    const totals = page.getByTestId('seller-totals');
    await totals.waitFor();
    expect(await totals.textContent()).toContain('Helix DevOps');
    expect(await page.getByTestId('seller-totals-total').textContent()).toBe(figures.software);
  });
});
