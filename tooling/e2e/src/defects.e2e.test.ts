// Issue 13's page defects about what the seller pages show, each checked where a person would see it, in
// English and in French, at 1280 px and at 390 px: versions newest first and an unpublished version
// saying so with its date; My products without a raw ID column; the Subscribers tab's two dates meaning
// two things (and My sales not repeating the same date); a buyer-only organization's way to sell.
// Set up through the API on the demo data: Helix DevOps' GitLab product gets a second version and its
// first is unpublished; Acme Industries subscribes to it at once, and from a later start date.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { linkIn, waitForMail } from './mailbox.ts';
import { assertPortalsBuilt, type RunningMarketplace, startMarketplace } from './marketplace-server.ts';
import {
  ACME_ACCOUNTS,
  type Api,
  apiAs,
  DEMO,
  DESKTOP,
  fitsWidth,
  type Language,
  PHONE,
  type RoleContext,
  roleContext,
  until,
} from './roles.ts';

const GITLAB = 'GitLab CE 17 appliance';
const VAULT = 'Helix Vault Enterprise';
const SOURCES = [
  { region: 'cloudgouv-eu-west-1', imageId: 'ami-f1011004' },
  { region: 'eu-west-2', imageId: 'ami-f1021004' },
];
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const START_IN_DAYS = 10;

type ProductView = {
  id: string;
  productCode: string | null;
  offers: { id: string; type: string }[];
  versions: { id: string; name: string; state: string; unpublishedAt: string | null }[];
};

let marketplace: RunningMarketplace;
let browser: Browser;
let seller: Api;
let buyer: Api;
let product: ProductView;
const subscriptions = { now: '', later: '', waiting: '' };
let vaultId = '';
const opened: RoleContext[] = [];

beforeAll(async () => {
  assertPortalsBuilt();
  marketplace = await startMarketplace({ demoData: true });
  browser = await launchChromium();
  seller = await apiAs(marketplace, DEMO.sellerAdmin);
  buyer = await apiAs(marketplace, DEMO.buyerAdmin);

  // The demo catalog is loaded at start; its GitLab product's first version is copied by a job.
  const id = await until(async () => {
    const list = await seller.query<{ items: { id: string; name: { en: string } }[] }>('products.list', {});
    return list.items.find((p) => p.name.en === GITLAB)?.id;
  }, 'the demo catalog');
  const view = () => seller.query<ProductView>('products.get', { id });
  const ready = await until(
    async () => ((await view()).versions[0]?.state === 'available' ? view() : undefined),
    'the copy of version 17.5.1',
  );
  const hourly = ready.offers.find((o) => o.type === 'hourly');
  const subscribe = async (
    productId: string,
    offerId: string | undefined,
    account: string,
    startDate: string,
  ) =>
    (
      await buyer.mutation<{ id: string }>('subscriptions.create', {
        productId,
        offerId,
        region: 'cloudgouv-eu-west-1',
        outscaleAccountIds: [account],
        startDate,
        licenceAccepted: true,
      })
    ).id;
  const today = new Date().toISOString().slice(0, 10);
  const later = new Date(Date.now() + START_IN_DAYS * 24 * 3600_000).toISOString().slice(0, 10);
  // Hourly: active at once.
  subscriptions.now = await subscribe(id, hourly?.id, ACME_ACCOUNTS.home, today);

  // A product with a subscription offer: one subscription from a later date with its key (scheduled),
  // one from today still waiting for its key.
  const vault = await seller.mutation<{ id: string }>('products.create', {
    kind: 'omi',
    name: { en: VAULT, fr: 'Helix Vault Entreprise' },
    shortDescription: { en: 'Secrets management, licensed.', fr: 'Gestion des secrets, sous licence.' },
    description: { en: 'Vault with Helix support.', fr: 'Vault avec le support de Helix.' },
    categories: ['development-tools'],
    regions: ['cloudgouv-eu-west-1'],
    supportContact: 'support@helix-devops.example',
    licence: 'https://helix-devops.example/vault/licence',
    activationProcedure: { en: 'Paste the key into Vault.', fr: 'Collez la clé dans Vault.' },
    offers: [
      {
        type: 'subscription',
        title: { en: 'Enterprise plan', fr: 'Offre entreprise' },
        description: { en: 'Updates and support included.', fr: 'Mises à jour et support inclus.' },
        recommendedVms: [{ cpuGeneration: 'v6', vCpus: 4, memoryGiB: 8, performance: 'high' }],
        price: { amount: 120_000, currency: 'EUR' },
        commitmentMonths: 12,
        billingFrequency: 'yearly',
      },
    ],
  });
  await seller.mutation('products.versions.create', {
    productId: vault.id,
    name: '1.0.0',
    releaseNotes: { en: 'First release.', fr: 'Première version.' },
    sources: SOURCES.slice(0, 1),
  });
  await seller.mutation('products.publish', { id: vault.id });
  const vaultView = await until(async () => {
    const current = await seller.query<ProductView>('products.get', { id: vault.id });
    return current.versions[0]?.state === 'available' ? current : undefined;
  }, 'the copy of Helix Vault');
  vaultId = vault.id;
  subscriptions.later = await subscribe(vault.id, vaultView.offers[0]?.id, ACME_ACCOUNTS.staging, later);
  subscriptions.waiting = await subscribe(vault.id, vaultView.offers[0]?.id, ACME_ACCOUNTS.home, today);
  await seller.mutation('sales.allocateKey', {
    subscriptionId: subscriptions.later,
    key: { kind: 'text', text: 'HELIX-VAULT-0001' },
  });

  // A newer version, then the first one unpublished (its copies deleted by jobs).
  await seller.mutation('products.versions.create', {
    productId: id,
    name: '17.6.0',
    releaseNotes: { en: 'GitLab 17.6.0.', fr: 'GitLab 17.6.0.' },
    sources: SOURCES,
  });
  const first = ready.versions.find((v) => v.name === '17.5.1');
  await seller.mutation('products.versions.unpublish', { id: first?.id });
  product = await until(async () => {
    const current = await view();
    return current.versions.find((v) => v.name === '17.5.1')?.state === 'unpublished' ? current : undefined;
  }, 'the unpublication of version 17.5.1');
}, 240_000);

afterAll(async () => {
  for (const { context, errors } of opened) {
    await context.close();
    expect(errors, 'uncaught errors in the page').toEqual([]);
  }
  await browser?.close();
  if (marketplace) expect(await marketplace.stop(15_000)).toBe(0);
});

async function open(api: Api | undefined, language: Language, viewport: typeof DESKTOP) {
  const role = await roleContext(browser, marketplace, { ...(api ? { api } : {}), language, viewport });
  opened.push(role);
  return role.page;
}

const WORDS = {
  en: {
    unpublishedOn: 'Unpublished on',
    publishedOn: 'Published on',
    columns: ['Name', 'Kind', 'Status', 'Versions', 'Product code', 'Last update'],
    versions: '2 versions (0 available)',
    subscribedOn: 'Subscribed on',
    activeSince: 'Active since',
    startsOn: 'Starts on',
    notActive: 'Not active yet',
    salesStarts: 'Starts',
    salesActive: 'Active since',
  },
  fr: {
    unpublishedOn: 'Dépubliée le',
    publishedOn: 'Publiée le',
    columns: ['Nom', 'Type', 'Statut', 'Versions', 'Code produit', 'Dernière mise à jour'],
    versions: '2 versions (0 en ligne)',
    subscribedOn: undefined,
    activeSince: 'Active depuis le',
    startsOn: 'Débute le',
    notActive: 'Pas encore active',
    salesStarts: 'Début le',
    salesActive: 'Active depuis',
  },
} as const;

describe.each([
  ['en', DESKTOP],
  ['en', PHONE],
  ['fr', DESKTOP],
  ['fr', PHONE],
] as const)('the seller portal in %s at %o', (language, viewport) => {
  const words = WORDS[language];

  it('lists versions newest first, and an unpublished version says when it was unpublished', async () => {
    const page = await open(seller, language, viewport);
    await page.goto(`${marketplace.url}/seller/products/${product.id}?tab=versions`);
    const versions = page.getByTestId('version');
    await versions.first().waitFor();
    expect(
      await versions.evaluateAll((items) => items.map((item) => item.getAttribute('data-name'))),
    ).toEqual(['17.6.0', '17.5.1']);
    const version = (name: string) =>
      page.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });
    const unpublishedAt = product.versions.find((v) => v.name === '17.5.1')?.unpublishedAt;
    expect(unpublishedAt).toBeTruthy();
    const unpublished = await version('17.5.1').textContent();
    expect(unpublished).toContain(words.unpublishedOn);
    expect(unpublished).toContain(String(new Date(unpublishedAt ?? '').getFullYear()));
    expect(unpublished).not.toContain(words.publishedOn);
    // The draft has no date yet.
    const draft = await version('17.6.0').textContent();
    expect(draft).not.toContain(words.publishedOn);
    expect(draft).not.toContain(words.unpublishedOn);
    expect(await fitsWidth(page)).toBe(true);
  });

  it('shows My products without a raw ID: name, kind, status, versions, product code, last change', async () => {
    const page = await open(seller, language, viewport);
    await page.goto(`${marketplace.url}/seller/products`);
    const table = page.getByRole('table');
    await table.getByRole('row').nth(1).waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(words.columns);
    expect(await table.textContent()).not.toMatch(UUID);
    const gitlab = table.getByRole('row', {
      name: new RegExp(language === 'en' ? GITLAB : 'Appliance GitLab CE 17'),
    });
    expect(await gitlab.textContent()).toContain(words.versions);
    expect(product.productCode).toBeTruthy();
    expect(await gitlab.textContent()).toContain(product.productCode ?? '');
    expect(await fitsWidth(page)).toBe(true);
  });

  it('gives subscribers a subscription date and an activation date that mean two things', async () => {
    const page = await open(seller, language, viewport);
    await page.goto(`${marketplace.url}/seller/products/${vaultId}?tab=subscribers`);
    const table = page.getByRole('table');
    await table.getByRole('row').nth(2).waitFor();
    const headers = await table.getByRole('columnheader').allTextContents();
    if (words.subscribedOn) expect(headers).toContain(words.subscribedOn);
    expect(headers).toContain(words.activeSince);
    // The row header is the organization: a row's cells start at the second column.
    const activation = headers.indexOf(words.activeSince) - 1;
    const subscribed = activation - 1;
    const cells = (row: number) => table.getByRole('row').nth(row).getByRole('cell').allTextContents();
    // Newest first: the one waiting for its key, then the one starting later (its key allocated).
    const [waiting, later] = [await cells(1), await cells(2)];
    expect(waiting[activation]).toBe(words.notActive);
    expect(later[activation]).toContain(words.startsOn);
    expect(later[subscribed]).toBe(waiting[subscribed]);
    expect(later[activation]).not.toContain(later[subscribed] ?? '');

    // My sales: the sale active at once shows one date; the later one also its start.
    await page.goto(`${marketplace.url}/seller/sales`);
    const laterSale = page.locator(`tr[data-sale-id="${subscriptions.later}"]`);
    const nowSale = page.locator(`tr[data-sale-id="${subscriptions.now}"]`);
    await laterSale.waitFor();
    expect(await laterSale.textContent()).toContain(words.salesStarts);
    expect(await nowSale.textContent()).not.toContain(words.salesStarts);
    expect(await nowSale.textContent()).not.toContain(words.salesActive);
  });
});

describe('a buyer-only organization in the seller portal', () => {
  it('tells a user to ask an admin, and lets the admin register the organization as a seller', async () => {
    // A colleague at Acme with the user role only, who set a password from the e-mailed link.
    const email = 'colleague@acme-industries.example';
    await buyer.mutation('accounts.create', {
      email,
      firstName: 'Cole',
      lastName: 'League',
      roles: ['user'],
    });
    const link = linkIn(await waitForMail(marketplace.url, email, '/set-password'), '/set-password');
    const token = new URL(link).searchParams.get('token');
    const password = 'Colleague-pass-2026!';
    await fetch(`${marketplace.url}/trpc/auth.setPassword`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, password }),
    });
    const colleague = await apiAs(marketplace, email, password);

    const user = await open(colleague, 'fr', PHONE);
    await user.goto(`${marketplace.url}/seller/products`);
    const told = user.getByTestId('become-seller');
    await told.waitFor();
    expect(await told.textContent()).toContain('Seul un administrateur de l’organisation Acme Industries');
    expect(await told.getByRole('button').count()).toBe(0);
    expect(await fitsWidth(user)).toBe(true);

    // The admin, from "Sell on the marketplace" in the buyer portal, lands on the seller home.
    const admin = await open(buyer, 'en', DESKTOP);
    await admin.goto(`${marketplace.url}/`);
    await admin
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Sell on the marketplace' })
      .click();
    await admin.waitForURL(/\/seller\/$/);
    const offer = admin.getByTestId('become-seller');
    expect(await offer.textContent()).toContain('Acme Industries is registered as a buyer only');
    await offer.getByRole('button', { name: 'Register Acme Industries as a seller' }).click();
    await admin.getByTestId('seller-dashboard').waitFor();
    expect(await admin.getByTestId('become-seller').count()).toBe(0);
    expect(await admin.getByRole('link', { name: 'My products' }).count()).toBeGreaterThan(0);
    const organization = await buyer.query<{ types: string[]; state: string }>('organization.get');
    expect(organization).toMatchObject({ types: ['buyer', 'seller'], state: 'validated' });
  });
});
