// A seller publishes an OMI product, step by step, in the seller portal: the showcase in both languages,
// a product with an hourly offer, a version from a source OMI shared with the marketplace's distribution
// account (as the seller would in Cockpit), its copy followed live, the product found in the buyer
// portal's catalog, then the version unpublished.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './accessibility.ts';
import { switchLanguage } from './browser.ts';
import {
  DISTRIBUTION_ACCOUNT,
  NIMBUS_GOUV,
  publishFromTheEditor,
  shareSourceOmiWithTheMarketplace,
  signInAsSeller,
} from './demo-seller.ts';
import type { RunningMarketplace } from './marketplace-server.ts';
import { ARTIFACTS, browserSession } from './session.ts';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };

/** An OMI of another seller (Ubuntu Works), never shared with the marketplace. */
const OTHER_SELLERS_OMI = 'ami-b1011001';

const session = browserSession({ demoData: true, viewport: DESKTOP });
let marketplace: RunningMarketplace;
let page: Page;

beforeEach(() => {
  marketplace = session.marketplace;
  page = session.page;
});

// --- What a seller sees and does ---------------------------------------------------------------

const mainHeading = () => page.locator('main h1');
const field = (label: string) => page.getByLabel(label, { exact: true });
const button = (name: string) => page.getByRole('button', { name, exact: true });
const tab = (name: RegExp) => page.getByRole('tab', { name });
/** A section of the product form, in the side list: its state as the server judged it. */
const sectionState = (name: RegExp) => tab(name).locator('[data-state]').getAttribute('data-state');

async function screenshot(name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** The offer's VM type: a combobox whose list opens as one types (its listbox bears the same name). */
const vmTypeField = () => page.getByRole('combobox', { name: 'VM type', exact: true });

/** Types a VM type, then closes the list with Escape (any text is kept: the field accepts custom values). */
async function fillVmType(value: string) {
  await vmTypeField().fill(value);
  await vmTypeField().press('Escape');
}

// --- The scenario ------------------------------------------------------------------------------

describe('a validated seller', () => {
  // A whole journey through a dozen pages and two copy jobs: longer than one page's 60 s.
  it('fills its showcase, publishes an OMI product and a version, follows its copy, then unpublishes the version', {
    timeout: 150_000,
  }, async () => {
    await signInAsSeller(page, marketplace);
    await expect
      .poll(() => page.getByTestId('dashboard-showcase').textContent())
      .toContain('Not created yet');
    await screenshot('selling-dashboard-empty');

    // The showcase, in English and in French, previewed as buyers will see it.
    await page.getByRole('link', { name: 'Edit the showcase' }).click();
    await page.waitForURL(/\/seller\/showcase$/);
    expect(await mainHeading().textContent()).toBe('Your showcase');
    await field('Company name').fill('Nimbus Linux SAS');
    await field('Short description (English)').fill('Hardened Linux images for sovereign clouds');
    await field('Description (English)').fill('Nimbus builds and maintains hardened Debian images.');
    const formLanguages = page.getByRole('tablist', { name: 'Language of the texts' });
    expect(await formLanguages.getByRole('tab', { name: /Français/ }).textContent()).toContain(
      'to be completed',
    );
    await formLanguages.getByRole('tab', { name: /Français/ }).click();
    await field('Short description (French)').fill('Des images Linux durcies pour le cloud souverain');
    await field('Description (French)').fill('Nimbus construit et maintient des images Debian durcies.');
    await field('Contact e-mail').fill('contact@nimbus-linux.example');
    await field('Support contact').fill('support@nimbus-linux.example');
    const preview = page.getByTestId('showcase-preview');
    expect(await preview.getByTestId('preview-company').textContent()).toBe('Nimbus Linux SAS');
    expect(await preview.getByTestId('preview-description').textContent()).toContain('hardened Debian');
    await preview.getByRole('tab', { name: 'Français' }).click();
    expect(await preview.getByTestId('preview-description').textContent()).toContain('Debian durcies');
    await screenshot('selling-showcase');
    await button('Save and publish').click();
    await page.getByText('The showcase is published: buyers can see it.').waitFor();
    await expect.poll(() => page.getByTestId('showcase-state').getAttribute('data-state')).toBe('published');

    // A new OMI product, priced per VM type and hour: kind and pricing mode first.
    await page.getByRole('link', { name: 'My products' }).click();
    await page.getByRole('link', { name: 'New product' }).click();
    await page.waitForURL(/\/seller\/products\/new$/);
    expect(await mainHeading().textContent()).toBe('New product');
    await page.getByLabel(/^OMI product/).check();
    await page.getByLabel('Per VM type (hourly and yearly)').check();
    await field('Name (English)').fill('Nimbus Debian 12');
    await field('Name (French)').fill('Nimbus Debian 12');
    // The offer as OUTSCALE's form has it: its texts in both languages, its rates per OUTSCALE VM type
    // (a type OUTSCALE does not have is refused with what a valid one looks like), a recommended VM.
    await field('Offer title (English)').fill('Pay as you go');
    await field('Offer description (English)').fill('Billed per hour of VM, no minimum term.');
    await tab(/^Français/).click();
    await field('Offer title (French)').fill('Paiement à l’usage');
    await field('Offer description (French)').fill('Facturé à l’heure de VM, sans durée minimale.');
    await fillVmType('tinav6.c99r99p9');
    await field('On demand (€/hour)').fill('0.12');
    await button('Add a recommended VM').click();
    await field('vCPUs').fill('4');
    await field('Memory (GiB)').fill('8');
    await button('Create the draft').click();
    const vmTypeError = page.getByTestId('offer').locator('.mk-field__error').first();
    await vmTypeError.waitFor();
    expect(await vmTypeError.textContent()).toContain('Not an OUTSCALE VM type');
    expect(await vmTypeError.textContent()).toContain('for example tinav6.c4r8p2');
    await fillVmType('tinav6.c4r8p2');
    await button('Create the draft').click();
    await page.waitForURL(/\/seller\/products\/[0-9a-f-]{36}$/);
    expect(await mainHeading().textContent()).toBe('Nimbus Debian 12');
    expect(await page.getByTestId('product-state').getAttribute('data-state')).toBe('draft');

    // The editor's sections (SPEC §4) are a side list of tabs, each with its state: the arrow keys and
    // End move between them, as with any vertical tab list.
    const sections = page.getByRole('tablist', { name: 'Product sections' });
    expect(await sections.getAttribute('aria-orientation')).toBe('vertical');
    expect(await sections.getByRole('tab').allTextContents()).toEqual([
      'General information To be completed',
      'Versions To be completed',
      'Offers Complete',
      'Licence agreement To be completed',
      'Deployment template Optional',
      'Subscribers',
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await tab(/^General information/).focus();
    await page.keyboard.press('ArrowDown');
    expect(await tab(/^Versions/).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Versions To be completed');
    expect(await page.getByRole('heading', { level: 2, name: /^Versions/ }).isVisible()).toBe(true);
    await page.keyboard.press('End');
    expect(await tab(/^Subscribers$/).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('tabpanel').getByText('No subscriber yet.').waitFor();
    await page.keyboard.press('Home');

    // The general information says what it lacks; saved, it is complete.
    const missing = page.getByTestId('section-general').getByTestId('section-missing');
    expect(await missing.locator('li').evaluateAll((items) => items.map((i) => i.dataset.key))).toEqual([
      'shortDescription',
      'description',
      'categories',
      'supportContact',
    ]);
    await field('Short description (English)').fill('Debian 12, hardened');
    await field('Description (English)').fill('A Debian 12 image hardened by Nimbus.');
    await tab(/^Français/).click();
    await field('Short description (French)').fill('Debian 12, durcie');
    await field('Description (French)').fill('Une image Debian 12 durcie par Nimbus.');
    // Categories from the marketplace's list.
    await page.getByTestId('categories').getByLabel('Operating systems', { exact: true }).check();
    await page.getByTestId('categories').getByLabel('Security', { exact: true }).check();
    await field('Support contact').fill('support@nimbus-linux.example');
    await button('Save the general information').click();
    await page.getByText('Saved.').waitFor();
    await expect.poll(() => sectionState(/^General information/)).toBe('complete');
    expect(await missing.count()).toBe(0);

    // The licence agreement, its own section saved on its own.
    await tab(/^Licence agreement/).click();
    await field('Licence agreement').fill('https://nimbus-linux.example/licence');
    await button('Save the licence agreement').click();
    await page.getByText('Saved.').waitFor();
    await expect.poll(() => sectionState(/^Licence agreement/)).toBe('complete');
    await expect
      .poll(() =>
        page
          .getByTestId('checklist')
          .locator('li')
          .evaluateAll((items) => items.map((i) => i.dataset.key)),
      )
      .toEqual(['versions']);

    // The version: the form says which account to share the OMI with. Another seller's OMI is refused
    // without a word on it; the seller's own OMI not shared yet is refused with the account to share with.
    await tab(/^Versions/).click();
    expect(await page.getByTestId('share-with-cloudgouv-eu-west-1').textContent()).toContain(
      DISTRIBUTION_ACCOUNT,
    );
    await field('Version').fill('1.0.0');
    await field('Release notes (English)').fill('First release.');
    await field('Source OMI in cloudgouv-eu-west-1').fill(OTHER_SELLERS_OMI);
    await button('Add the version').click();
    const refusal = page.getByTestId('new-version').locator('.mk-field__error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(
      `No OMI ${OTHER_SELLERS_OMI} of your organization's OUTSCALE accounts in cloudgouv-eu-west-1`,
    );
    expect(await refusal.textContent()).not.toContain(DISTRIBUTION_ACCOUNT);
    await field('Source OMI in cloudgouv-eu-west-1').fill(NIMBUS_GOUV.sourceOmi);
    await button('Add the version').click();
    await expect.poll(() => refusal.textContent()).toContain(`share it with account ${DISTRIBUTION_ACCOUNT}`);
    expect(await page.getByTestId('form-problem').textContent()).toContain('cannot be used yet');
    await screenshot('selling-version-refused');

    await shareSourceOmiWithTheMarketplace(marketplace);
    await field('Source OMI in cloudgouv-eu-west-1').fill(NIMBUS_GOUV.sourceOmi);
    await button('Add the version').click();
    await page.getByText('Version 1.0.0 is added.').waitFor();
    const version = page.getByTestId('version').filter({ hasText: '1.0.0' });
    expect(await version.getByTestId('version-state').getAttribute('data-state')).toBe('draft');
    await page.getByTestId('checklist-done').waitFor();
    await expect.poll(() => sectionState(/^Versions/)).toBe('complete');

    // Publishing asks first, listing what can no longer change; cancelled, nothing happens.
    await button('Publish the product').click();
    const confirmation = page.getByRole('dialog', { name: 'Publish this product?' });
    expect(await confirmation.getByRole('listitem').allTextContents()).toEqual([
      'The pricing mode',
      'The product’s name',
      'Each version’s OMI',
      'The offers’ rates',
      'The regions',
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot('selling-publish-confirmation');
    await confirmation.getByRole('button', { name: 'Cancel', exact: true }).click();
    await confirmation.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('product-state').getAttribute('data-state')).toBe('draft');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Publish the product');

    // Publication: the copy is made by a job, followed live until available with its image ID.
    await publishFromTheEditor(page);
    await page.getByText('The product is published; its versions are being copied.').waitFor();
    await expect.poll(() => page.getByTestId('product-state').getAttribute('data-state')).toBe('published');
    const copy = version.getByTestId('copy');
    await copy.waitFor();
    await screenshot('selling-copy-in-progress');
    await expect.poll(() => copy.getAttribute('data-state'), { timeout: 30_000 }).toBe('available');
    expect(await copy.getByTestId('copy-image').textContent()).toMatch(/^ami-[0-9a-f]{8,}$/);
    // Hourly offers keep their copies private: they are shared with subscribers only.
    expect(await copy.textContent()).toContain('Private (shared with subscribers)');
    await expect
      .poll(() => version.getByTestId('version-state').getAttribute('data-state'))
      .toBe('available');
    expect(await page.getByTestId('product-code').textContent()).not.toContain('first publication');
    await page.getByText('The product is published; its versions are available to buyers.').waitFor();
    await screenshot('selling-version-available');

    // Published, an offer keeps its type and rates; its description may still change.
    const editor = page.url();
    await tab(/^Offers/).click();
    await page.getByText('each offer keeps its type, target and rates').waitFor();
    expect(await vmTypeField().isDisabled()).toBe(true);
    expect(await field('On demand (€/hour)').isDisabled()).toBe(true);
    await field('Offer description (English)').fill(
      'Billed per hour of VM, no minimum term, security updates included.',
    );
    await button('Save the offers').click();
    await page.getByText('Saved.').waitFor();
    await screenshot('selling-offers-published');

    // Buyers find it in the catalog, in its category, with its version in the region.
    await page.goto(`${marketplace.url}/catalog?category=operating-systems`);
    const card = page.getByTestId('product-card').filter({ hasText: 'Nimbus Debian 12' });
    await card.waitFor();
    expect(await card.textContent()).toContain('1.0.0 in cloudgouv-eu-west-1');
    expect(await page.getByTestId('facet-category').textContent()).toContain('Operating systems');
    // Its page shows the offer's description and recommended VM.
    await card.getByRole('link').first().click();
    const offers = page.getByTestId('offers');
    await offers.waitFor();
    expect(await offers.textContent()).toContain('security updates included');
    await screenshot('selling-product-page-offers');
    expect(await offers.getByTestId('recommended-vms').textContent()).toContain(
      'tinav6.c4r8p2: 4 vCPUs, 8 GiB of memory, high performance',
    );
    // In French, the category and the offer read in French.
    await switchLanguage(page, 'Français');
    await expect
      .poll(() => page.getByTestId('categories').textContent())
      .toContain('Systèmes d’exploitation');
    await expect.poll(() => offers.textContent()).toContain('Facturé à l’heure de VM');
    await switchLanguage(page, 'English');
    await page.goto(editor);
    await tab(/^Versions/).click();

    // Unpublishing the version, after a confirmation that says what it means.
    await page.getByRole('button', { name: 'Unpublish version 1.0.0' }).click();
    const dialog = page.getByRole('dialog', { name: 'Unpublish version 1.0.0?' });
    expect(await dialog.textContent()).toContain('VMs already running keep running');
    await dialog.getByRole('button', { name: 'Unpublish', exact: true }).click();
    await expect
      .poll(() => version.getByTestId('version-state').getAttribute('data-state'), { timeout: 30_000 })
      .toBe('unpublished');
    expect(await copy.getAttribute('data-state')).toBe('deleted');

    // The same editor in French.
    await switchLanguage(page, 'Français');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await tab(/^Informations générales/).textContent()).toBe('Informations générales Complète');
    expect(await tab(/^Contrat de licence/).isVisible()).toBe(true);
    expect(await tab(/^Modèle de déploiement/).textContent()).toBe('Modèle de déploiement Facultative');
    expect(await version.getByTestId('version-state').textContent()).toBe('Dépubliée');
    expect(await page.getByTestId('product-state').textContent()).toBe('Publié');
    await screenshot('selling-editor-fr');

    // The editor and the product list fit a phone.
    await page.setViewportSize(PHONE);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    await screenshot('selling-editor-phone');
    // On a phone the header's links are in the Menu dialog.
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByTestId('phone-nav').getByRole('link', { name: 'Mes produits', exact: true }).click();
    await page.getByTestId('products-table').waitFor();
    expect(await page.getByTestId('products-table').textContent()).toContain('Nimbus Debian 12');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
  });
});
