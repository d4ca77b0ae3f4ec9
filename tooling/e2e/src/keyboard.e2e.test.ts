// The two journeys that matter most, by keyboard alone (Tab, Shift+Tab, Enter, Space, arrows; no click,
// no fill): a buyer goes from the catalog to a product, subscribes and reaches the confirmation; a seller
// opens its product in the editor, adds a version and publishes it. Each control reached shows where the
// focus is. On the demo data: Acme Industries buys Helix DevOps' GitLab product, and Helix publishes a
// new version of it.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { assertPortalsBuilt, type RunningMarketplace, startMarketplace } from './marketplace-server.ts';
import {
  ACME_ACCOUNTS,
  type Api,
  apiAs,
  DEMO,
  DESKTOP,
  type RoleContext,
  roleContext,
  until,
} from './roles.ts';

const GITLAB = 'GitLab CE 17 appliance';

let marketplace: RunningMarketplace;
let browser: Browser;
let seller: Api;
let buyer: Api;
let productId = '';
const opened: RoleContext[] = [];

beforeAll(async () => {
  assertPortalsBuilt();
  marketplace = await startMarketplace({ demoData: true });
  browser = await launchChromium();
  seller = await apiAs(marketplace, DEMO.sellerAdmin);
  buyer = await apiAs(marketplace, DEMO.buyerAdmin);
  productId = await until(async () => {
    const list = await seller.query<{ items: { id: string; name: { en: string } }[] }>('products.list', {});
    return list.items.find((p) => p.name.en === GITLAB)?.id;
  }, 'the demo catalog');
  await until(async () => {
    const view = await seller.query<{ versions: { state: string }[] }>('products.get', { id: productId });
    return view.versions[0]?.state === 'available' ? true : undefined;
  }, 'the copy of the GitLab product');
}, 180_000);

afterAll(async () => {
  for (const { context, errors } of opened) {
    await context.close();
    expect(errors, 'uncaught errors in the page').toEqual([]);
  }
  await browser?.close();
  if (marketplace) expect(await marketplace.stop(15_000)).toBe(0);
});

async function open(api: Api, path: string) {
  const role = await roleContext(browser, marketplace, { api, language: 'en', viewport: DESKTOP });
  opened.push(role);
  await role.page.goto(`${marketplace.url}${path}`);
  return role.page;
}

const hasFocus = (target: Locator) =>
  target.evaluate(
    (element) => element === document.activeElement || element.contains(document.activeElement),
  );

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a person would, and checks that the focus
 * can be seen there (an outline or a ring).
 */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', most = 120) {
  await target.waitFor();
  for (let presses = 0; presses < most; presses++) {
    await page.keyboard.press(key);
    if (await hasFocus(target)) {
      const visible = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element) return false;
        const style = getComputedStyle(element);
        const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
        return element.matches(':focus-visible') && (outline || style.boxShadow !== 'none');
      });
      expect(visible, `the focus is visible on ${target}`).toBe(true);
      return;
    }
  }
  throw new Error(`${target} was not reached with ${key} in ${most} presses`);
}

/** Types text into the focused field, key by key. */
const type = (page: Page, text: string) => page.keyboard.type(text);

describe('by keyboard alone', () => {
  it('a buyer goes from the catalog to a product, subscribes, and reaches the confirmation', async () => {
    const page = await open(buyer, '/catalog');

    // The product card's link, then the product page's Subscribe.
    await tabTo(page, page.getByRole('main').getByRole('link', { name: GITLAB, exact: true }));
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/products/${productId}$`));
    await tabTo(page, page.getByRole('main').getByRole('link', { name: 'Subscribe', exact: true }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/subscribe$/);

    // The offer is a radio group: arrows move within it; the first offer stays chosen.
    const offer = page.getByRole('radio').first();
    await tabTo(page, offer);
    expect(await offer.isChecked()).toBe(true);

    // The organization's own account, ticked with Space.
    const account = page.getByRole('checkbox', { name: new RegExp(ACME_ACCOUNTS.home) });
    await tabTo(page, account);
    await page.keyboard.press('Space');
    expect(await account.isChecked()).toBe(true);

    // Back up with Shift+Tab to the offer, then forward again: nothing traps the focus.
    await tabTo(page, offer, 'Shift+Tab');
    const licence = page.getByRole('checkbox', { name: 'I have read and accept the licence agreement' });
    await tabTo(page, licence);
    await page.keyboard.press('Space');
    expect(await licence.isChecked()).toBe(true);

    await tabTo(page, page.getByRole('button', { name: 'Confirm the subscription', exact: true }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/subscriptions\?created=/);
    await page.getByText('Subscription confirmed.', { exact: false }).waitFor();
    const mine = await buyer.query<{ items: { product: { id: string }; outscaleAccountIds?: string[] }[] }>(
      'subscriptions.list',
      {},
    );
    expect(mine.items.some((s) => s.product.id === productId)).toBe(true);
  });

  it('a seller opens its product in the editor, adds a version and publishes it', async () => {
    const page = await open(seller, '/seller/products');

    await tabTo(page, page.getByRole('main').getByRole('link', { name: GITLAB, exact: true }));
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/seller/products/${productId}`));

    // The sections are tabs: one tab stop, then the arrows move and select.
    const sections = page.getByRole('tablist', { name: 'Product sections' });
    await tabTo(page, sections.getByRole('tab', { selected: true }));
    const versions = sections.getByRole('tab', { name: /^Versions/ });
    for (
      let presses = 0;
      presses < 10 && (await versions.getAttribute('aria-selected')) !== 'true';
      presses++
    ) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await versions.getAttribute('aria-selected')).toBe('true');
    expect(await hasFocus(versions)).toBe(true);

    // The new version: its name, then a source OMI per region, typed in.
    await tabTo(page, page.getByRole('textbox', { name: 'Version', exact: true }));
    await type(page, '17.6.0');
    await tabTo(page, page.getByRole('textbox', { name: 'Source OMI in cloudgouv-eu-west-1' }));
    await type(page, 'ami-f1011004');
    await tabTo(page, page.getByRole('textbox', { name: 'Source OMI in eu-west-2' }));
    await type(page, 'ami-f1021004');
    await tabTo(page, page.getByRole('button', { name: 'Add the version', exact: true }));
    await page.keyboard.press('Enter');
    await page.getByText('Version 17.6.0 is added.').waitFor();

    // Publish it: the button names its version.
    const publish = page.getByRole('button', { name: 'Publish version 17.6.0', exact: true });
    await tabTo(page, publish, 'Shift+Tab');
    await page.keyboard.press('Enter');
    const state = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: '17.6.0', exact: true }) })
      .getByTestId('version-state');
    await expect
      .poll(() => state.getAttribute('data-state'), { timeout: 30_000 })
      .toMatch(/publishing|available/);
  });
});
