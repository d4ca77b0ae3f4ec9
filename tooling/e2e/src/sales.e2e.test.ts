// Licence keys, as the seller and the buyer live them. The demo seller Helix DevOps publishes a product
// with a subscription offer and the demo buyer Acme Industries subscribes three times (set up through
// the API, as other clients would). The seller follows the e-mailed link to My sales, allocates a text
// key to one sale and a key file to another, and reads both portals' pages in French; the buyer finds
// the text in My subscriptions and copies it, downloads the file byte for byte, and sees the third
// subscription still waiting for its key.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './accessibility.ts';
import { switchLanguage } from './browser.ts';
import { chooseFiles, chooseOption } from './choices.ts';
import { waitForMail } from './mailbox.ts';
import type { RunningMarketplace } from './marketplace-server.ts';
import { ARTIFACTS, browserSession } from './session.ts';

const DESKTOP = { width: 1280, height: 900 };
const PASSWORD = 'Demo-password-2026!';
// The demo data (DEMO_DATA=true): Helix DevOps owns ami-f1011004, already shared with the marketplace.
const SELLER = 'seller@helix-devops.example';
const BUYER = 'buyer@acme-industries.example';
const HELIX_OMI = 'ami-f1011004';
const ACME = '300000000002';
const ACME_STAGING = '300000000004';
const PRODUCT = 'Helix Vault Enterprise';
const TEXT_KEY = 'HELIX-VAULT-7Q2X-RT5K-99LM';
/** A binary licence file, as a seller's software would issue it. */
const KEY_FILE = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31 + 7) % 256));

const session = browserSession({ demoData: true, viewport: DESKTOP });
let marketplace: RunningMarketplace;
let page: Page;

/** The three subscriptions: a text key, a key file, and one left waiting. */
const sales = { text: '', file: '', waiting: '' };

beforeEach(() => {
  marketplace = session.marketplace;
  page = session.page;
});

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

async function until<T>(check: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let tries = 0; tries < 120; tries++) {
    const found = await check();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} did not happen within a minute`);
}

const terms = {
  description: { en: 'Updates and support included.', fr: 'Mises à jour et support inclus.' },
  recommendedVms: [{ cpuGeneration: 'v6', vCpus: 4, memoryGiB: 8, performance: 'high' }],
};

beforeAll(async () => {
  marketplace = session.marketplace;
  const seller = await apiAs(SELLER);
  // The demo catalog is loaded at start: Helix's showcase is published by then.
  await until(
    async () =>
      (await seller.query<{ publishedAt: string | null } | null>('showcase.get'))?.publishedAt ?? undefined,
    'the demo showcase',
  );
  const { id } = await seller.mutation<{ id: string }>('products.create', {
    kind: 'omi',
    name: { en: PRODUCT, fr: 'Helix Vault Entreprise' },
    shortDescription: { en: 'Secrets management, licensed.', fr: 'Gestion des secrets, sous licence.' },
    description: { en: 'Vault with Helix support.', fr: 'Vault avec le support de Helix.' },
    categories: ['development-tools'],
    regions: ['cloudgouv-eu-west-1'],
    supportContact: 'support@helix-devops.example',
    licence: 'https://helix-devops.example/vault/licence',
    activationProcedure: {
      en: 'Paste the licence key into the Vault settings, then restart Vault.',
      fr: 'Collez la clé de licence dans les réglages de Vault, puis redémarrez Vault.',
    },
    offers: [
      {
        ...terms,
        type: 'subscription',
        title: { en: 'Enterprise plan', fr: 'Offre entreprise' },
        price: { amount: 120_000, currency: 'EUR' },
        commitmentMonths: 12,
        billingFrequency: 'yearly',
      },
    ],
  });
  await seller.mutation('products.versions.create', {
    productId: id,
    name: '1.0.0',
    releaseNotes: { en: 'First release.', fr: 'Première version.' },
    sources: [{ region: 'cloudgouv-eu-west-1', imageId: HELIX_OMI }],
  });
  await seller.mutation('products.publish', { id });
  const product = await until(async () => {
    const view = await seller.query<{ offers: { id: string }[]; versions: { state: string }[] }>(
      'products.get',
      { id },
    );
    return view.versions[0]?.state === 'available' ? view : undefined;
  }, 'the copy of the product');

  const buyer = await apiAs(BUYER);
  const today = new Date().toISOString().slice(0, 10);
  const subscribe = async (accounts: string[]) =>
    (
      await buyer.mutation<{ id: string }>('subscriptions.create', {
        productId: id,
        offerId: product.offers[0]?.id,
        region: 'cloudgouv-eu-west-1',
        outscaleAccountIds: accounts,
        startDate: today,
        licenceAccepted: true,
      })
    ).id;
  // On different accounts: none is a duplicate of another.
  sales.text = await subscribe([ACME]);
  sales.file = await subscribe([ACME_STAGING]);
  sales.waiting = await subscribe([ACME, ACME_STAGING]);
}, 180_000);

// --- What people see and do --------------------------------------------------------------------

const mainHeading = () => page.locator('main h1');
const field = (label: string) => page.getByLabel(label, { exact: true });
const button = (name: string) => page.getByRole('button', { name, exact: true });
const row = (id: string) => page.locator(`tr[data-sale-id="${id}"]`);
const card = (id: string) => page.locator(`[data-subscription-id="${id}"]`);

async function screenshot(name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

async function signIn(path: string, email: string) {
  await page.goto(`${marketplace.url}${path}`);
  await field('E-mail address').fill(email);
  await field('Password').fill(PASSWORD);
  await button('Sign in').click();
}

async function toFrench() {
  await switchLanguage(page, 'Français');
}

// --- The scenarios -----------------------------------------------------------------------------

describe('licence keys', () => {
  it('the seller follows the e-mail to My sales and allocates a text key and a key file', async () => {
    const mail = await waitForMail(
      marketplace.url,
      SELLER,
      'Acme Industries subscribed to Helix Vault Enterprise',
    );
    expect(mail.subject).toBe(`Licence key to allocate: ${PRODUCT} for Acme Industries`);
    const link = /https?:\/\/\S+\/seller\/sales\?state=awaiting_key/.exec(mail.text)?.[0];
    expect(link).toBeDefined();

    await signIn('/seller/signin', SELLER);
    await page.waitForURL(/\/seller\/$/);
    const keysToAllocate = page.getByTestId('dashboard-sales').locator('[data-figure="keys-to-allocate"]');
    await expect.poll(() => keysToAllocate.textContent()).toBe('3Licence keys to allocate');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The e-mail's link: My sales, the sales waiting for their key.
    await page.goto(link ?? '');
    expect(await mainHeading().textContent()).toBe('My sales');
    await row(sales.waiting).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(3);
    expect(await row(sales.text).getByTestId('sale-state').textContent()).toBe('Awaiting its key');
    expect(await row(sales.text).textContent()).toContain('Acme Industries');
    expect(await row(sales.text).textContent()).toContain(ACME);
    await screenshot('sales-awaiting-keys');
    expect(await accessibilityViolations(page)).toEqual([]);

    // A text key: the sale is active at once (its start date is today), so it leaves this list.
    await row(sales.text)
      .getByRole('button', { name: /^Add licence key/ })
      .click();
    const dialog = page.getByTestId('key-dialog');
    await dialog.waitFor();
    await button('Allocate the key').click();
    expect(await dialog.getByText(/^Enter the licence key \(at most/).isVisible()).toBe(true);
    await dialog.getByLabel('Licence key', { exact: true }).fill(TEXT_KEY);
    expect(await accessibilityViolations(page)).toEqual([]);
    await button('Allocate the key').click();
    await page
      .getByTestId('key-allocated')
      .filter({ hasText: 'Licence key allocated for Acme Industries (version 1).' })
      .waitFor();
    await row(sales.text).waitFor({ state: 'detached' });

    // A key file, uploaded from the dialog, then allocated.
    await row(sales.file)
      .getByRole('button', { name: /^Add licence key/ })
      .click();
    await dialog.getByLabel('A file', { exact: true }).check();
    await chooseFiles(dialog, 'Licence key file', {
      name: 'acme-vault.lic',
      mimeType: 'application/octet-stream',
      buffer: KEY_FILE,
    });
    await page.getByTestId('toast').getByText('Uploaded: acme-vault.lic').waitFor();
    await button('Allocate the key').click();
    await row(sales.file).waitFor({ state: 'detached' });

    // Every sale again: two keys allocated, one to allocate; the history of a replaceable key.
    await chooseOption(page, 'Status', 'All');
    await page.waitForURL(/\/seller\/sales$/);
    await row(sales.text).waitFor();
    expect(await row(sales.text).getByTestId('sale-key-status').textContent()).toBe('Allocated · version 1');
    expect(await row(sales.text).getByTestId('sale-state').textContent()).toBe('Active');
    expect(await row(sales.waiting).getByTestId('sale-key-status').textContent()).toBe('To allocate');
    await row(sales.text)
      .getByRole('button', { name: /^Replace key/ })
      .click();
    const history = dialog.getByTestId('key-history');
    await history.getByText(TEXT_KEY).waitFor();
    expect(await history.textContent()).toContain('Version 1');
    expect(await history.textContent()).toContain('(current)');
    await button('Cancel').click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('sales-export').getAttribute('href')).toBe('/sales.csv?language=en');
    await screenshot('sales-allocated');

    // In French.
    await toFrench();
    await expect.poll(() => mainHeading().textContent()).toBe('Mes ventes');
    const table = page.getByTestId('sales-table');
    expect(await table.locator('thead').textContent()).toContain('Clé de licence');
    expect(await row(sales.text).getByTestId('sale-key-status').textContent()).toBe('Attribuée · version 1');
    expect(await row(sales.waiting).getByTestId('sale-key-status').textContent()).toBe('À attribuer');
    expect(
      await row(sales.waiting)
        .getByRole('button', { name: /^Ajouter la clé de licence/ })
        .isVisible(),
    ).toBe(true);
    expect(await page.getByTestId('sales-export').textContent()).toBe('Exporter en CSV');
    expect(await page.getByTestId('sales-export').getAttribute('href')).toBe('/sales.csv?language=fr');
    await page.getByRole('link', { name: 'Tableau de bord' }).click();
    await expect.poll(() => keysToAllocate.textContent()).toBe('1Clés de licence à attribuer');
    await screenshot('sales-dashboard-fr');
  });

  it('the buyer copies the text key, downloads the key file, and sees the third sale waiting', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: marketplace.url });
    const mail = await waitForMail(marketplace.url, BUYER, 'allocated the licence key');
    expect(mail.subject).toBe(`Your licence key for ${PRODUCT} is allocated`);
    expect(mail.text).not.toContain(TEXT_KEY);

    await signIn('/signin', BUYER);
    await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
    await page.goto(`${marketplace.url}/subscriptions`);
    await card(sales.text).getByTestId('licence-key-text').waitFor();
    expect(await card(sales.text).getByTestId('licence-key-text').textContent()).toBe(TEXT_KEY);
    await card(sales.text).getByRole('button', { name: 'Copy the licence key' }).click();
    await card(sales.text).getByText('Copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(TEXT_KEY);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card(sales.file).getByRole('link', { name: 'Download the licence key' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('acme-vault.lic');
    const saved = await download.path();
    const { readFile } = await import('node:fs/promises');
    expect((await readFile(saved)).equals(KEY_FILE)).toBe(true);
    expect(await card(sales.file).getByTestId('licence-key').textContent()).toContain('acme-vault.lic, 2 kB');

    expect(await card(sales.waiting).getByTestId('licence-key-awaiting').textContent()).toContain(
      'Waiting for the seller’s licence key',
    );
    // The OMIs: shared with the subscriptions that have their key, not with the one waiting.
    await card(sales.text)
      .locator('[data-testid="sharing-state"][data-state="done"]')
      .waitFor({ timeout: 30_000 });
    expect(await card(sales.waiting).getByTestId('sharing-state').getAttribute('data-state')).toBe(
      'awaiting_key',
    );
    await screenshot('buyer-licence-keys');
    expect(await accessibilityViolations(page)).toEqual([]);

    // In French.
    await toFrench();
    await expect.poll(() => mainHeading().textContent()).toBe('Mes souscriptions');
    expect(await card(sales.text).getByTestId('licence-key').textContent()).toContain('Clé de licence');
    // Named again for what it does once its "Copied" (2 s after the copy above) is gone.
    const copyKey = card(sales.text).getByRole('button', { name: 'Copier la clé de licence' });
    await copyKey.waitFor();
    expect(await copyKey.isVisible()).toBe(true);
    expect(
      await card(sales.file).getByRole('link', { name: 'Télécharger la clé de licence' }).isVisible(),
    ).toBe(true);
    expect(await card(sales.waiting).getByTestId('licence-key-awaiting').textContent()).toContain(
      'En attente de la clé de licence du vendeur',
    );
    await screenshot('buyer-licence-keys-fr');
  });
});
