// axe-core's WCAG 2.1 A and AA rules on every page of both portals, each opened in the role that sees it
// (signed out, buyer admin, seller admin, operator): in English at 1280 px and in French at 390 px, so
// that every page is checked in both languages and at both widths (the phone layout and the desktop one
// differ by width, not by language). One browser context per role and language, both languages at
// once. All violations are gathered and reported together, by page, language and width.
// Then, on the same marketplace, the walk through both portals in each language of translations-walk.ts.
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './accessibility.ts';
import { launchChromium } from './browser.ts';
import { assertPortalsBuilt, type RunningMarketplace, startMarketplace } from './marketplace-server.ts';
import {
  ACME_ACCOUNTS,
  type Api,
  apiAs,
  DEMO,
  DESKTOP,
  type Language,
  PHONE,
  roleContext,
  until,
} from './roles.ts';
import { walkBothPortals } from './translations-walk.ts';

const GITLAB = 'GitLab CE 17 appliance';

let marketplace: RunningMarketplace;
let browser: Browser;
const apis: Partial<Record<Role, Api>> = {};
/** The IDs the addresses need, read once the demo catalog is loaded. */
const ids = { product: '', seller: '', draft: '' };

type Role = 'visitor' | 'buyer' | 'seller' | 'operator';

/** Every page of both portals, by the role that opens it (the addresses are the portals' own). */
function pages(): Record<Role, string[]> {
  const editor = (tab: string) => `/seller/products/${ids.product}?tab=${tab}`;
  return {
    visitor: [
      '/',
      '/catalog?q=gitlab',
      `/products/${ids.product}`,
      `/products/${ids.product}/subscribe`,
      `/sellers/${ids.seller}`,
      '/signin',
      '/signup',
      '/forgot-password',
      '/set-password?token=not-a-real-token',
      '/reset-password?token=not-a-real-token',
      '/no-such-page',
      '/seller/',
      '/seller/signup',
      '/seller/forgot-password',
      '/seller/set-password?token=not-a-real-token',
      '/seller/no-such-page',
    ],
    buyer: [
      // Subscribed already: the product page says so.
      `/products/${ids.product}`,
      `/products/${ids.product}/subscribe`,
      '/subscriptions',
      '/spend',
      '/profile',
      '/organization',
      '/accounts',
      '/outscale-accounts',
      // A buyer-only organization in the seller portal: what it can do there.
      '/seller/',
    ],
    seller: [
      '/seller/',
      '/seller/products',
      '/seller/products/new',
      editor('general'),
      editor('versions'),
      editor('offers'),
      editor('licence'),
      editor('deploymentTemplate'),
      editor('subscribers'),
      // A draft with a subscription offer: its activation procedure section.
      `/seller/products/${ids.draft}?tab=activation`,
      '/seller/showcase',
      '/seller/sales',
      '/seller/revenue',
      '/seller/profile',
      '/seller/organization',
      '/seller/accounts',
      '/seller/outscale-accounts',
    ],
    operator: ['/seller/', '/seller/operator'],
  };
}

beforeAll(async () => {
  assertPortalsBuilt();
  marketplace = await startMarketplace({ demoData: true });
  browser = await launchChromium();
  const seller = await apiAs(marketplace, DEMO.sellerAdmin);
  apis.seller = seller;
  apis.buyer = await apiAs(marketplace, DEMO.buyerAdmin);
  apis.operator = await apiAs(marketplace, DEMO.operator);

  // The demo catalog's GitLab product, once its version is copied: the buyer subscribes to it, so that
  // My subscriptions, My sales and the Subscribers tab have something to show.
  ids.product = await until(async () => {
    const list = await seller.query<{ items: { id: string; name: { en: string } }[] }>('products.list', {});
    return list.items.find((p) => p.name.en === GITLAB)?.id;
  }, 'the demo catalog');
  const product = await until(async () => {
    const view = await seller.query<{ offers: { id: string }[]; versions: { state: string }[] }>(
      'products.get',
      { id: ids.product },
    );
    return view.versions[0]?.state === 'available' ? view : undefined;
  }, 'the copy of the GitLab product');
  const page = await fetch(
    `${marketplace.url}/trpc/catalog.product?input=${encodeURIComponent(JSON.stringify({ id: ids.product }))}`,
  );
  ids.seller = (
    (await page.json()) as { result: { data: { seller: { id: string } } } }
  ).result.data.seller.id;
  await apis.buyer.mutation('subscriptions.create', {
    productId: ids.product,
    offerId: product.offers[0]?.id,
    region: 'cloudgouv-eu-west-1',
    outscaleAccountIds: [ACME_ACCOUNTS.home],
    licenceAccepted: true,
  });
  ids.draft = (
    await seller.mutation<{ id: string }>('products.create', {
      kind: 'omi',
      name: { en: 'Helix Vault Enterprise', fr: 'Helix Vault Entreprise' },
      shortDescription: { en: 'Secrets management.', fr: 'Gestion des secrets.' },
      description: { en: 'Vault with Helix support.', fr: 'Vault avec le support de Helix.' },
      categories: ['development-tools'],
      regions: ['cloudgouv-eu-west-1'],
      supportContact: 'support@helix-devops.example',
      offers: [
        {
          type: 'subscription',
          title: { en: 'Enterprise plan', fr: 'Offre entreprise' },
          price: { amount: 120_000, currency: 'EUR' },
          commitmentMonths: 12,
          billingFrequency: 'yearly',
        },
      ],
    })
  ).id;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (marketplace) expect(await marketplace.stop(15_000)).toBe(0);
});

/**
 * Counts the page's API requests in flight, so that a check waits for the page's data (and not for a
 * fixed time, nor for the whole network to idle: the health badge polls).
 */
function apiRequestsInFlight(page: Page) {
  let inFlight = 0;
  const isApi = (request: Request) => request.url().includes('/trpc/');
  page.on('request', (request) => {
    if (isApi(request)) inFlight += 1;
  });
  const done = (request: Request) => {
    if (isApi(request)) inFlight -= 1;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return () => inFlight;
}

/** Waits until the page has its heading, its data, and nothing left loading. */
async function settled(page: Page, inFlight: () => number) {
  await page.locator('main h1').first().waitFor();
  for (let quietFor = 0, waited = 0; quietFor < 2 && waited < 100; waited++) {
    await page.waitForTimeout(50);
    quietFor = inFlight() === 0 ? quietFor + 1 : 0;
  }
  await page
    .waitForFunction(() => !document.querySelector('[aria-busy="true"], .mk-loading'), undefined, {
      timeout: 5_000,
    })
    .catch(() => undefined);
}

describe.each(['visitor', 'buyer', 'seller', 'operator'] as const)('every page as %s', (role) => {
  // Both languages at once: most of a page's time is spent waiting for the server, not the processor.
  it.concurrent.each([
    ['en', DESKTOP],
    ['fr', PHONE],
  ] as const)(
    'has no WCAG 2.1 AA violation in %s at %o',
    async (language: Language, viewport) => {
      const api = apis[role];
      const { context, page, errors } = await roleContext(browser, marketplace, {
        ...(api ? { api } : {}),
        language,
        viewport,
      });
      const inFlight = apiRequestsInFlight(page);
      const found: Record<string, string[]> = {};
      const wrongPages: string[] = [];
      try {
        for (const path of pages()[role]) {
          await page.goto(`${marketplace.url}${path}`);
          await settled(page, inFlight);
          expect(await page.evaluate(() => document.documentElement.lang), path).toBe(language);
          // The address opens the page meant (a typo would check the not-found page instead).
          const notFound = await page.getByTestId('not-found').count();
          if (notFound > 0 !== path.includes('no-such-page')) wrongPages.push(path);
          if (role !== 'visitor' && (await page.getByTestId('not-allowed').count()) > 0)
            wrongPages.push(path);
          const violations = await accessibilityViolations(page);
          if (violations.length > 0) found[`${path} (${language}, ${viewport.width} px)`] = violations;
        }
      } finally {
        await context.close();
      }
      expect(wrongPages, 'pages that did not open as meant').toEqual([]);
      expect(found).toEqual({});
      expect(errors, 'uncaught errors in the pages').toEqual([]);
    },
    240_000,
  );
});

describe('translations of the pages', () => {
  it.each(['fr', 'en'] as const)(
    'shows both portals wholly in %s: its words, counts and dates',
    async (language) => {
      // A browser that asks for English whatever the page shows: the page's language is its own choice.
      const context = await browser.newContext({ locale: 'en-US', viewport: DESKTOP });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        await walkBothPortals(page, marketplace, language);
      } finally {
        await context.close();
      }
      expect(errors, 'uncaught errors in the pages').toEqual([]);
    },
    240_000,
  );
});
