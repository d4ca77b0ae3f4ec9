// The component kit (React Aria Components) where the pages use it, on a phone (390 px) and at 1280 px,
// in English and French: the phone menu, price tables that keep their labels, filters that give way to
// the results, a header that does not wrap in French, a confirmation that holds the focus, the VM type
// combobox, and the logo upload's notice; axe on every page opened.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './accessibility.ts';
import { chooseFiles, kitField, showChoices } from './choices.ts';
import { signInAsSeller } from './demo-seller.ts';
import type { RunningMarketplace } from './marketplace-server.ts';
import { ARTIFACTS, browserSession } from './session.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const BUYER = { email: 'buyer@acme-industries.example', password: 'Demo-password-2026!' };
const PRODUCT = 'GitLab CE 17 appliance';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const session = browserSession({ demoData: true, viewport: PHONE });
let marketplace: RunningMarketplace;
let page: Page;

beforeEach(() => {
  marketplace = session.marketplace;
  page = session.page;
});

const button = (name: string) => page.getByRole('button', { name, exact: true });

async function screenshot(name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

async function axeClean() {
  expect(await accessibilityViolations(page)).toEqual([]);
}

async function switchLanguage(name: 'Français' | 'English') {
  await page.getByTestId('language-switch').first().getByRole('button', { name }).click();
  await page.locator(`html[lang="${name === 'Français' ? 'fr' : 'en'}"]`).waitFor();
}

/** The demo catalog is published by jobs at start: wait until its products are searchable. */
async function openCatalogWhenReady() {
  for (let tries = 0; tries < 60; tries++) {
    await page.goto(`${marketplace.url}/catalog?q=gitlab`);
    await page.getByTestId('result-count').filter({ hasText: /\d/ }).waitFor();
    if ((await page.getByTestId('product-card').count()) >= 3) return;
    await page.waitForTimeout(1000);
  }
  throw new Error('the demo catalog was not published');
}

/** Each body cell's label as the phone shows it (its `::before`), for the table matching `selector`. */
function cellLabels(selector: string) {
  return page.locator(selector).evaluate((table) =>
    Array.from(table.querySelectorAll('tbody td')).map((cell) => {
      const before = getComputedStyle(cell, '::before');
      return before.display === 'none' ? '' : before.content.replace(/^"|"$/g, '').trim();
    }),
  );
}

const headerHeight = async () => (await page.locator('header.mk-header').boundingBox())?.height ?? 0;

/** The phone menu, opened from the keyboard; returns its dialog. */
async function openPhoneMenu(name: string) {
  const menuButton = button('Menu');
  await menuButton.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('dialog', { name });
  await menu.waitFor();
  // axe reads the colours of the frame it sees: wait until the opening animation is over.
  await page.waitForFunction(
    () => !document.querySelector('.mk-rac-overlay[data-entering], .mk-dialog[data-entering]'),
  );
  return menu;
}

async function signIn(account: { email: string; password: string }) {
  await page.goto(`${marketplace.url}/signin`);
  await page.getByLabel('E-mail address', { exact: true }).fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await button('Sign in').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  await page.getByTestId('account-menu').waitFor();
}

describe('components', () => {
  it('on a phone: results before the filters, a keyboard menu with every link, price tables with their labels, in English and French', async () => {
    await openCatalogWhenReady();

    // The filters are behind a "Filters" button; the first result shows on the first screen.
    const toggle = page.getByTestId('filters-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('facet-offer').isVisible()).toBe(false);
    const first = await page.getByTestId('product-card').first().boundingBox();
    expect(first?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(PHONE.height);
    await axeClean();
    await toggle.click();
    await page.getByTestId('facet-offer').waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await toggle.click();

    // The header's links are in the menu, opened by keyboard; Escape closes it on its button.
    expect(await page.getByRole('link', { name: 'Sell on the marketplace' }).isVisible()).toBe(false);
    const menu = await openPhoneMenu('Navigation');
    await menu.getByRole('link', { name: 'Sell on the marketplace' }).waitFor({ state: 'visible' });
    await menu.getByRole('link', { name: 'Catalog' }).waitFor({ state: 'visible' });
    await menu.getByRole('link', { name: 'Sign in' }).waitFor({ state: 'visible' });
    await menu.getByRole('button', { name: 'Français' }).waitFor({ state: 'visible' });
    await axeClean();
    await screenshot('components-phone-menu');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Menu');

    // The product's price table: on a phone, each price says its column.
    await page.getByTestId('product-card').getByRole('link', { name: PRODUCT }).click();
    await page.waitForURL(/\/products\/[0-9a-f-]{36}$/);
    const rates = page.locator('.bp-rates').first();
    await rates.waitFor();
    const labels = await cellLabels('.bp-rates >> nth=0');
    expect(labels.length).toBeGreaterThan(0);
    expect(new Set(labels)).toEqual(new Set(['On demand', 'One-year commitment']));
    await axeClean();
    await screenshot('components-phone-prices');

    // In French: the same labels in French, and the menu says "Vendre sur la Marketplace".
    await switchLanguage('Français');
    await expect
      .poll(async () => new Set(await cellLabels('.bp-rates >> nth=0')))
      .toEqual(new Set(['À la demande', 'Engagement d’un an']));
    const menu2 = await openPhoneMenu('Navigation');
    await menu2.getByRole('link', { name: 'Vendre sur la Marketplace' }).waitFor({ state: 'visible' });
    await axeClean();
    await page.keyboard.press('Escape');
    await menu2.waitFor({ state: 'detached' });
  });

  it('at 1280 px, signed in: one header height in both languages, a VM type combobox that filters, a confirmation that keeps the focus', async () => {
    await page.setViewportSize(DESKTOP);
    await signIn(BUYER);
    await openCatalogWhenReady();
    expect(await button('Menu').isVisible()).toBe(false);
    const english = await headerHeight();
    await switchLanguage('Français');
    await page.getByRole('link', { name: 'Vendre sur la Marketplace' }).waitFor();
    expect(await headerHeight(), 'the French header wraps').toBe(english);
    await axeClean();
    await switchLanguage('English');

    // The VM type: typing filters the priced types, a choice fills the field.
    await page.getByTestId('product-card').getByRole('link', { name: PRODUCT }).click();
    await page.waitForURL(/\/products\/[0-9a-f-]{36}$/);
    const vmTypeField = kitField(page.getByTestId('estimate-panel'), 'combobox', 'VM type');
    const vmType = vmTypeField.getByRole('combobox');
    // Once the estimate is shown: the page moving under an open list (a scroll) closes it.
    await page.locator('[data-testid="estimate"]:not([data-stale])').waitFor();
    const listbox = await showChoices(vmTypeField, 'Show the choices');
    const all = await listbox.getByRole('option').allTextContents();
    await vmType.fill('c8');
    await expect
      .poll(async () => (await listbox.getByRole('option').allTextContents()).length)
      .toBeLessThan(all.length);
    const filtered = await listbox.getByRole('option').allTextContents();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((type) => type.includes('c8'))).toBe(true);
    await listbox.getByRole('option', { name: filtered[0] }).click();
    expect(await vmType.inputValue()).toBe(filtered[0]);
    // Axe once the list is closed: while open, React Aria hides the rest of the page from assistive
    // technologies (aria-hidden), which axe reads as hidden focusable elements.
    await listbox.waitFor({ state: 'detached' });
    await axeClean();

    // A confirmation: the focus moves in and stays in, Escape cancels and gives the focus back.
    await page.goto(`${marketplace.url}/outscale-accounts`);
    const unlink = page
      .getByTestId('linked-accounts')
      .getByRole('button', { name: /^Unlink/ })
      .first();
    await unlink.click();
    const dialog = page.getByRole('dialog', { name: 'Unlink this OUTSCALE account?' });
    await dialog.waitFor();
    const focusInDialog = () =>
      page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')));
    await expect.poll(focusInDialog).toBe(true);
    for (let step = 0; step < 4; step++) {
      await page.keyboard.press('Tab');
      expect(await focusInDialog()).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await focusInDialog()).toBe(true);
    await axeClean();
    await screenshot('components-confirmation');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await unlink.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(
      await page
        .getByTestId('linked-accounts')
        .getByRole('button', { name: /^Unlink/ })
        .count(),
    ).toBeGreaterThan(0);
  });

  it('at 1280 px, the seller: one header height in both languages; an uploaded logo shows its name, its notice goes on saving', async () => {
    await page.setViewportSize(DESKTOP);
    await signInAsSeller(page, marketplace);
    const english = await headerHeight();
    await switchLanguage('Français');
    await page.getByRole('link', { name: 'Tableau de bord' }).waitFor();
    expect(await headerHeight()).toBe(english);
    await switchLanguage('English');

    await page.getByRole('link', { name: 'Showcase', exact: true }).click();
    const upload = page.getByTestId('upload-logo');
    await upload.waitFor();
    const field = (label: string) => page.getByLabel(label, { exact: true });
    await field('Company name').fill('Nimbus Linux SAS');
    await field('Contact e-mail').fill('contact@nimbus-linux.example');
    await field('Support contact').fill('support@nimbus-linux.example');
    await chooseFiles(upload, 'Upload a logo', { name: 'logo.png', mimeType: 'image/png', buffer: PNG });
    const notice = page
      .getByTestId('toast')
      .filter({ hasText: 'Uploaded: logo.png. Save the form to keep it.' });
    await notice.waitFor();
    await upload.getByText('Chosen: logo.png').waitFor();
    const logoField = page.locator('fieldset', { has: upload });
    expect((await logoField.textContent()) ?? '').not.toContain('/files/');
    expect(await logoField.getByRole('img').getAttribute('src')).toMatch(/^\/files\/[0-9a-f-]{36}$/);
    await axeClean();
    await screenshot('components-logo-uploaded');

    await button('Save the showcase').click();
    await page.getByText('The showcase is saved.').waitFor();
    await notice.waitFor({ state: 'detached' });
    expect((await page.locator('main').textContent()) ?? '').not.toContain('/files/');

    // After a reload: the logo's preview and its file name, still no address of ours.
    await page.reload();
    await page.getByTestId('upload-logo').getByText('Chosen: logo.png').waitFor();
    expect((await page.locator('main').textContent()) ?? '').not.toContain('/files/');
    expect(await page.getByText('Uploaded: logo.png').count()).toBe(0);
    await axeClean();
  });
});
