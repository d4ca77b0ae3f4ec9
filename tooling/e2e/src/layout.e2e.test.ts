// The layout defects of issue 13, each checked so that it fails if it comes back, in English and French,
// at 390 px and at 1280 px: price tables that keep their column labels on a phone, catalog filters that
// do not fill the first screen, a phone menu that holds "Sell on the marketplace", a header on one row in
// French at 1280 px, no native select or file input, skeletons (never "Loading…") while a page loads,
// and an uploaded logo shown by its name whose "save to keep it" notice goes once the form is saved.
// One marketplace with the demo data; each page is loaded once and checked for several things at once.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogues } from '../../../packages/ui/src/i18n/catalogues.ts';
import { accessibilityViolations } from './accessibility.ts';
import { launchChromium } from './browser.ts';
import { chooseFiles } from './choices.ts';
import { assertPortalsBuilt, type RunningMarketplace, startMarketplace } from './marketplace-server.ts';
import { type Api, apiAs, DEMO, DESKTOP, type Language, PHONE, roleContext, until } from './roles.ts';

const GITLAB = 'GitLab CE 17 appliance';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const LANGUAGES = ['en', 'fr'] as const;

let marketplace: RunningMarketplace;
let browser: Browser;
const apis = {} as { buyer: Api; seller: Api };
let productId = '';

/** A catalogue text with its `{name}`-like arguments filled (plain arguments only). */
function text(language: Language, key: keyof (typeof catalogues)['en'], values: Record<string, string> = {}) {
  return catalogues[language][key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

beforeAll(async () => {
  assertPortalsBuilt();
  marketplace = await startMarketplace({ demoData: true });
  browser = await launchChromium();
  apis.seller = await apiAs(marketplace, DEMO.sellerAdmin);
  apis.buyer = await apiAs(marketplace, DEMO.buyerAdmin);
  // The demo catalog is published by jobs at start: wait until the GitLab product is searchable.
  productId = await until(async () => {
    const found = await apis.buyer
      .query<{ items: { id: string; name: string }[] }>('catalog.search', { q: 'gitlab', language: 'en' })
      .catch(() => ({ items: [] }));
    return found.items.find((item) => item.name === GITLAB)?.id;
  }, 'the publication of the demo catalog');
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (marketplace) expect(await marketplace.stop(15_000)).toBe(0);
});

/** Native selects and file inputs a person would see (the kit's hidden ones, for forms and the system's chooser, do not count). */
const nativeControls = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('select, input[type="file"]'))
      .filter((element) => {
        if (element.closest('[aria-hidden="true"]')) return false;
        const style = getComputedStyle(element);
        if (style.display === 'none' || style.visibility === 'hidden') return false;
        const box = element.getBoundingClientRect();
        return box.width > 1 && box.height > 1;
      })
      .map((element) => element.outerHTML.slice(0, 120)),
  );

/** The "Loading…" words shown on screen (a screen reader's hidden status, one pixel wide, does not count). */
const loadingWordsShown = (page: Page) =>
  page.evaluate(
    (words) => {
      const shown: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.textContent ?? '';
        const parent = node.parentElement;
        if (!parent || !words.some((word) => value.includes(word))) continue;
        const box = parent.getBoundingClientRect();
        if (box.width > 1 && box.height > 1 && getComputedStyle(parent).visibility !== 'hidden')
          shown.push(value);
      }
      return shown;
    },
    [
      ...LANGUAGES.flatMap((language) => [
        text(language, 'common.loading'),
        text(language, 'buy.catalog.loadingMore'),
      ]),
      'Loading',
    ],
  );

/**
 * Holds the answers of the API calls to `procedure` while `during` runs (a slow server), so the page is
 * seen while it loads: it must show skeletons, and no "Loading…" text.
 */
async function whileSlow(page: Page, procedure: string, during: () => Promise<void>) {
  const matches = (url: URL) => url.pathname.startsWith('/trpc/') && url.pathname.includes(procedure);
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(matches, async (route) => {
    await gate;
    await route.continue().catch(() => undefined);
  });
  try {
    await during();
  } finally {
    release();
    await page.unroute(matches);
  }
}

/** While the page waits for its data: a skeleton is on screen, and no "Loading…" word. */
async function showsSkeletons(page: Page, where: string) {
  await page.locator('[data-testid="skeleton"], [data-testid="page-pending"]').first().waitFor();
  expect(await loadingWordsShown(page), `"Loading…" on ${where}`).toEqual([]);
}

/** The phone menu, opened with its button; returns its dialog once its opening animation is over. */
async function openPhoneMenu(page: Page) {
  const button = page.getByRole('button', { name: 'Menu', exact: true });
  expect(await button.isVisible(), 'the phone has a menu button').toBe(true);
  await button.click();
  const menu = page.getByRole('dialog', { name: 'Navigation' });
  await menu.waitFor();
  await page.waitForFunction(
    () => !document.querySelector('.mk-rac-overlay[data-entering], .mk-dialog[data-entering]'),
  );
  return menu;
}

/** For each body cell of the table: its `data-label` and the label the phone shows (its `::before`). */
const cellLabels = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((table) =>
      Array.from(table.querySelectorAll('tbody td')).map((cell) => {
        const before = getComputedStyle(cell, '::before');
        return {
          label: cell.getAttribute('data-label') ?? '',
          shown: before.display === 'none' ? '' : before.content.replace(/^"|"$/g, '').trim(),
        };
      }),
    );

/**
 * The header's visible links and buttons: their vertical centres, and whether the header's row
 * overflows its width. One row: every centre within a few pixels of the others.
 */
const headerRow = (page: Page) =>
  page.locator('header.mk-header').evaluate((header) => {
    const inner = header.querySelector('.mk-header__inner') as HTMLElement;
    const centres = Array.from(header.querySelectorAll<HTMLElement>('a, button'))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 1 && box.height > 1 && !element.classList.contains('mk-skip-link');
      })
      .map((element) => {
        const box = element.getBoundingClientRect();
        return Math.round(box.top + box.height / 2);
      });
    return {
      count: centres.length,
      spread: Math.max(...centres) - Math.min(...centres),
      overflows: inner.scrollWidth > inner.clientWidth + 1,
      height: header.getBoundingClientRect().height,
    };
  });

describe('layout', () => {
  it.each(LANGUAGES)(
    'on a phone in %s: skeletons while loading, filters behind a button, a menu with "Sell on the marketplace", price tables with their labels',
    async (language) => {
      const { context, page, errors } = await roleContext(browser, marketplace, {
        language,
        viewport: PHONE,
      });
      try {
        // The catalog while its results are on their way: skeletons, no "Loading…".
        await whileSlow(page, 'catalog.search', async () => {
          await page.goto(`${marketplace.url}/catalog?q=gitlab`, { waitUntil: 'commit' });
          await showsSkeletons(page, 'the catalog');
        });
        const cards = page.getByTestId('product-card');
        await cards.first().waitFor();

        // The filters are behind a "Filters" button: closed, the first result is on the first screen.
        const toggle = page.getByTestId('filters-toggle');
        expect(await toggle.isVisible()).toBe(true);
        expect(await toggle.getAttribute('aria-expanded')).toBe('false');
        expect(await page.getByTestId('facet-offer').isVisible()).toBe(false);
        const first = await cards.first().boundingBox();
        expect(
          first?.y ?? Number.POSITIVE_INFINITY,
          'the first result is below the first screen',
        ).toBeLessThan(PHONE.height - 80);
        await toggle.click();
        await page.getByTestId('facet-offer').waitFor();
        expect(await toggle.getAttribute('aria-expanded')).toBe('true');
        expect(await nativeControls(page)).toEqual([]);
        await toggle.click();

        // The header's links are in the phone menu, "Sell on the marketplace" among them.
        const sell = text(language, 'buyer.nav.sell');
        expect(await page.getByRole('link', { name: sell, exact: true }).isVisible()).toBe(false);
        const menu = await openPhoneMenu(page);
        const sellInMenu = menu.getByRole('link', { name: sell, exact: true });
        await sellInMenu.waitFor({ state: 'visible' });
        expect(await sellInMenu.getAttribute('href')).toBe('/seller/');
        expect(await accessibilityViolations(page)).toEqual([]);
        await page.keyboard.press('Escape');
        await menu.waitFor({ state: 'detached' });

        // The product page, opened while its data is slow: the router's skeleton.
        await whileSlow(page, 'catalog.product', async () => {
          await cards.locator(`a[href="/products/${productId}"]`).first().click();
          await showsSkeletons(page, 'the product page');
        });
        await page.waitForURL((url) => url.pathname === `/products/${productId}`);

        // Its price table: on a phone, each price says its column, in the page's language.
        await page.locator('.bp-rates').first().waitFor();
        const labels = await cellLabels(page, '.bp-rates');
        expect(labels.length).toBeGreaterThan(0);
        const columns = new Set([text(language, 'buy.offer.onDemand'), text(language, 'buy.offer.oneYear')]);
        expect(new Set(labels.map((cell) => cell.label))).toEqual(columns);
        expect(labels.every((cell) => cell.shown === cell.label)).toBe(true);
        expect(await nativeControls(page)).toEqual([]);
        expect(await accessibilityViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
      expect(errors, 'uncaught errors in the pages').toEqual([]);
    },
    120_000,
  );

  it.each(LANGUAGES)(
    'at 1280 px in %s: the header of each portal on one row, its links in it, no menu button, no native select',
    async (language) => {
      const found: Record<string, unknown> = {};
      const visits = [
        { who: 'visitor', path: '/catalog?q=gitlab', ready: 'product-card' },
        { who: 'buyer', path: `/products/${productId}`, ready: 'estimate-panel' },
        { who: 'seller', path: '/seller/', ready: 'seller-dashboard' },
        { who: 'seller', path: '/seller/products/new', ready: null },
      ] as const;
      const contexts = new Map<string, Awaited<ReturnType<typeof roleContext>>>();
      try {
        for (const visit of visits) {
          let role = contexts.get(visit.who);
          if (!role) {
            const api = visit.who === 'visitor' ? undefined : apis[visit.who];
            role = await roleContext(browser, marketplace, {
              ...(api ? { api } : {}),
              language,
              viewport: DESKTOP,
            });
            contexts.set(visit.who, role);
          }
          const { page } = role;
          await page.goto(`${marketplace.url}${visit.path}`);
          if (visit.ready) await page.getByTestId(visit.ready).first().waitFor();
          else await page.locator('main h1').first().waitFor();
          await page
            .waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, {
              timeout: 5_000,
            })
            .catch(() => undefined);
          const row = await headerRow(page);
          if (row.spread > 8 || row.overflows) found[`${visit.path} header`] = row;
          const menuButton = await page.getByRole('button', { name: 'Menu', exact: true }).isVisible();
          if (menuButton) found[`${visit.path} menu button`] = 'shown at 1280 px';
          const natives = await nativeControls(page);
          if (natives.length > 0) found[`${visit.path} native controls`] = natives;
          if (visit.who !== 'seller') {
            const sell = page.locator('header').getByRole('link', { name: text(language, 'buyer.nav.sell') });
            if (!(await sell.isVisible())) found[`${visit.path} sell link`] = 'not in the header';
          }
        }
        for (const { errors } of contexts.values())
          expect(errors, 'uncaught errors in the pages').toEqual([]);
      } finally {
        for (const { context } of contexts.values()) await context.close();
      }
      expect(found).toEqual({});
    },
    120_000,
  );

  it.each([
    ['en', DESKTOP],
    ['fr', PHONE],
  ] as const)(
    'the seller in %s: the dashboard and the showcase load with skeletons; an uploaded logo shows its name, and its notice goes on saving',
    async (language, viewport) => {
      const { context, page, errors } = await roleContext(browser, marketplace, {
        api: apis.seller,
        language,
        viewport,
      });
      try {
        // The dashboard while its figures are on their way: a grey bar for each, no "…" in their place.
        await whileSlow(page, 'sales.summary', async () => {
          await page.goto(`${marketplace.url}/seller/`, { waitUntil: 'commit' });
          const sales = page.getByTestId('dashboard-sales');
          await sales.getByTestId('skeleton').first().waitFor();
          expect(await sales.getByTestId('skeleton').count()).toBe(3);
          expect(await sales.locator('ul').getAttribute('aria-busy')).toBe('true');
          expect((await sales.textContent()) ?? '').not.toContain('…');
        });
        await page.getByTestId('dashboard-sales').locator('ul:not([aria-busy])').waitFor();

        await whileSlow(page, 'showcase.get', async () => {
          await page.goto(`${marketplace.url}/seller/showcase`, { waitUntil: 'commit' });
          await showsSkeletons(page, 'the showcase');
        });
        const upload = page.getByTestId('upload-logo');
        await upload.waitFor();
        expect(await nativeControls(page)).toEqual([]);

        await chooseFiles(upload, text(language, 'seller.upload.logo'), {
          name: 'logo.png',
          mimeType: 'image/png',
          buffer: PNG,
        });
        const notice = page
          .getByTestId('toast')
          .filter({ hasText: text(language, 'seller.upload.done', { name: 'logo.png' }) });
        await notice.waitFor();
        await upload
          .getByText(/logo\.png/)
          .first()
          .waitFor();
        const logoField = page.locator('fieldset', { has: upload });
        expect((await logoField.textContent()) ?? '').not.toContain('/files/');
        // An uploaded logo has no web address to type: the https:// field is gone.
        expect(await logoField.locator('input[type="url"]').count()).toBe(0);

        await page.getByRole('button', { name: text(language, 'seller.showcase.save'), exact: true }).click();
        await page.getByText(text(language, 'seller.showcase.saved')).first().waitFor();
        await notice.waitFor({ state: 'detached' });
        await upload
          .getByText(/logo\.png/)
          .first()
          .waitFor();
        expect((await page.locator('main').textContent()) ?? '').not.toContain('/files/');

        // Once saved and reloaded: the file's name, no address of ours, no notice.
        await page.reload();
        await page
          .getByTestId('upload-logo')
          .getByText(/logo\.png/)
          .first()
          .waitFor();
        expect((await page.locator('main').textContent()) ?? '').not.toContain('/files/');
        expect(await page.getByTestId('toast').count()).toBe(0);
        expect(await accessibilityViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
      expect(errors, 'uncaught errors in the pages').toEqual([]);
    },
    120_000,
  );
});
