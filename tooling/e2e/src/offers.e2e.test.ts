// A seller offers its products every way the marketplace allows: an OMI product under each pricing
// mode (BYOL, subscription, free) and a managed product with its external link; uploads a logo,
// screenshots and a licence file, sees everything saved after a reload, and publishes two of them.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './accessibility.ts';
import { chooseFiles, chooseOption, chosenOption } from './choices.ts';
import {
  NIMBUS_GOUV,
  publishFromTheEditor,
  shareSourceOmiWithTheMarketplace,
  signInAsSeller,
} from './demo-seller.ts';
import type { RunningMarketplace } from './marketplace-server.ts';
import { ARTIFACTS, browserSession } from './session.ts';

/** Real images and documents, as a seller would pick them on its computer. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const image = (name: string) => ({ name, mimeType: 'image/png', buffer: PNG });
const FILE_PATH = /^\/files\/[0-9a-f-]{36}$/;

const session = browserSession({ demoData: true, viewport: { width: 1280, height: 900 } });
let marketplace: RunningMarketplace;
let page: Page;

beforeEach(() => {
  marketplace = session.marketplace;
  page = session.page;
});

// --- What a seller sees and does ---------------------------------------------------------------

const field = (label: string) => page.getByLabel(label, { exact: true });
const button = (name: string) => page.getByRole('button', { name, exact: true });
const tab = (name: RegExp) => page.getByRole('tab', { name });
/** A section of the product form, in the side list: its state as the server judged it. */
const sectionState = (name: RegExp) => tab(name).locator('[data-state]').getAttribute('data-state');

async function screenshot(name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * From "My products": kind, pricing mode and name, then the first offer: its description in both
 * languages (its title is the pricing mode's when left empty), a recommended VM for an OMI product, and
 * its own fields.
 */
async function createProduct(
  kind: 'OMI product' | 'Managed product',
  pricing: string,
  name: string,
  fillOffer: () => Promise<void> = async () => {},
) {
  await page.getByRole('link', { name: 'My products', exact: true }).click();
  await page.getByRole('link', { name: 'New product' }).click();
  await page.getByLabel(new RegExp(`^${kind}`)).check();
  await page.getByLabel(pricing, { exact: true }).check();
  await field('Name (English)').fill(name);
  await field('Name (French)').fill(name);
  await field('Offer description (English)').fill(`${name}, with support on business days.`);
  await tab(/^Français/).click();
  await field('Offer description (French)').fill(`${name}, avec support les jours ouvrés.`);
  if (kind === 'OMI product') {
    await button('Add a recommended VM').click();
    expect(await page.getByTestId('recommended-vm').count()).toBe(1);
  } else {
    expect(await page.getByTestId('recommended-vms').count()).toBe(0);
  }
  await fillOffer();
  await button('Create the draft').click();
  await page.waitForURL(/\/seller\/products\/[0-9a-f-]{36}$/);
  // The editor's loader runs after the address changes: its heading follows.
  await expect.poll(() => page.locator('main h1').textContent()).toBe(name);
  expect(await page.getByTestId('product-state').getAttribute('data-state')).toBe('draft');
}

/** The general information, in both languages, with support; what every product needs to be published. */
async function fillTexts(what: string, extra: () => Promise<void> = async () => {}) {
  await field('Short description (English)').fill(`${what}, ready to run`);
  await field('Description (English)').fill(`${what} maintained by Nimbus.`);
  await tab(/^Français/).click();
  await field('Short description (French)').fill(`${what}, prêt à l’emploi`);
  await field('Description (French)').fill(`${what} maintenu par Nimbus.`);
  await page.getByTestId('categories').getByLabel('Operating systems', { exact: true }).check();
  await field('Support contact').fill('support@nimbus-linux.example');
  await extra();
  await button('Save the general information').click();
  await page.getByText('Saved.').waitFor();
  await expect.poll(() => sectionState(/^General information/)).toBe('complete');
}

/** The images of a list, once loaded: served back by the marketplace, so they have a size. */
const loadedImages = (testId: string) =>
  page
    .getByTestId(testId)
    .locator('img')
    .evaluateAll((images) =>
      (images as HTMLImageElement[]).map((img) => ({
        src: img.getAttribute('src'),
        loaded: img.complete && img.naturalWidth > 0,
      })),
    );

/** The address of the logo a preview shows (an uploaded one is `/files/<id>`). */
async function logoAddress(previewTestId: string) {
  const preview = page.getByTestId(previewTestId).locator('img');
  await preview.waitFor();
  return (await preview.getAttribute('src')) ?? '';
}

/** The bytes the marketplace serves at an address, with its headers. */
async function served(path: string) {
  const response = await page.request.get(`${marketplace.url}${path}`);
  return { body: await response.body(), headers: response.headers() };
}

// --- The scenarios (in order: products need the published showcase) ------------------------------

describe('a validated seller offering its products', { timeout: 120_000 }, () => {
  it('uploads its showcase logo, sees a refused file explained, and publishes the showcase', async () => {
    await signInAsSeller(page, marketplace);
    await page.getByRole('link', { name: 'Edit the showcase' }).click();
    await field('Company name').fill('Nimbus Linux SAS');
    await field('Short description (English)').fill('Hardened Linux images for sovereign clouds');
    await field('Description (English)').fill('Nimbus builds and maintains hardened Debian images.');
    await page
      .getByRole('tablist', { name: 'Language of the texts' })
      .getByRole('tab', { name: /Français/ })
      .click();
    await field('Short description (French)').fill('Des images Linux durcies pour le cloud souverain');
    await field('Description (French)').fill('Nimbus construit et maintient des images Debian durcies.');
    await field('Contact e-mail').fill('contact@nimbus-linux.example');
    await field('Support contact').fill('support@nimbus-linux.example');

    // A drawing in SVG is refused before sending; a renamed file by the server, from its bytes.
    const upload = page.getByTestId('upload-logo');
    await chooseFiles(page, 'Upload a logo', {
      name: 'logo.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    });
    expect(await upload.getByRole('alert').textContent()).toBe('A logo must be a PNG, JPEG or WebP file.');
    await chooseFiles(page, 'Upload a logo', { name: 'logo.png', mimeType: 'image/png', buffer: PDF });
    await expect
      .poll(() => upload.getByRole('alert').textContent())
      .toBe('The content of this file is not PNG: save it again in that format.');

    await chooseFiles(page, 'Upload a logo', image('nimbus-logo.png'));
    await page.getByText('Uploaded: nimbus-logo.png. Save the form to keep it.').waitFor();
    expect(await upload.getByRole('alert').count()).toBe(0);
    // An uploaded logo shows by its name and preview, never by its address.
    await upload.getByText('Chosen: nimbus-logo.png').waitFor();
    expect(await field('Logo address (URL)').count()).toBe(0);
    const logo = await logoAddress('showcase-logo');
    expect(logo).toMatch(FILE_PATH);
    // The form's preview and the buyers' preview show the uploaded image.
    await expect.poll(() => loadedImages('showcase-logo')).toEqual([{ src: logo, loaded: true }]);
    expect(await page.getByTestId('showcase-preview').locator('img').getAttribute('src')).toBe(logo);
    await screenshot('offers-showcase-logo');

    await button('Save and publish').click();
    await page.getByText('The showcase is published: buyers can see it.').waitFor();

    // Saved: after a reload, the logo is still the uploaded file, served byte for byte.
    await page.reload();
    await page.getByTestId('upload-logo').getByText('Chosen: nimbus-logo.png').waitFor();
    expect(await logoAddress('showcase-logo')).toBe(logo);
    const file = await served(logo);
    expect(file.body.equals(PNG)).toBe(true);
    expect(file.headers).toMatchObject({ 'content-type': 'image/png', 'x-content-type-options': 'nosniff' });
  });

  it('creates a BYOL OMI product with its logo, screenshots and licence file, publishes it and sees its version available', async () => {
    await signInAsSeller(page, marketplace);
    await createProduct('OMI product', 'Bring your own licence (BYOL)', 'Nimbus Hardened Gateway', () =>
      field('Licence page (URL)').fill('https://nimbus-linux.example/licences/gateway'),
    );
    await fillTexts('A hardened gateway');

    // The general information's media: a logo and two screenshots at once, one too many removed before
    // saving.
    await chooseFiles(page, 'Upload a logo', image('gateway.png'));
    await page.getByText('Uploaded: gateway.png. Save the form to keep it.').waitFor();
    await chooseFiles(page, 'Upload screenshots', [image('console.png'), image('dashboard.png')]);
    await page.getByText('Uploaded: console.png, dashboard.png. Save the form to keep it.').waitFor();
    await expect.poll(async () => (await loadedImages('screenshot-previews')).length).toBe(2);
    await button('Remove screenshot 2').click();
    await button('Save the general information').click();
    await page.getByText('Saved.').waitFor();
    await screenshot('offers-media');

    // The licence agreement as a PDF file, in its own section.
    await tab(/^Licence agreement/).click();
    expect(await sectionState(/^Licence agreement/)).toBe('to_complete');
    await chooseFiles(page, 'Upload the licence agreement as a file', {
      name: 'Nimbus licence.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await page.getByText('Uploaded: Nimbus licence.pdf. Save the form to keep it.').waitFor();
    const licence = await field('Licence agreement').inputValue();
    expect(licence).toMatch(FILE_PATH);
    await page.getByTestId('licence-file').getByRole('link', { name: 'View the licence file' }).waitFor();
    await button('Save the licence agreement').click();
    await page.getByText('Saved.').waitFor();
    await expect.poll(() => sectionState(/^Licence agreement/)).toBe('complete');

    // After a reload, everything is there, and the files are served as uploaded.
    await page.reload();
    await tab(/^General information/).click();
    const logo = await logoAddress('logo-preview');
    expect(logo).toMatch(FILE_PATH);
    await expect.poll(() => loadedImages('logo-preview')).toEqual([{ src: logo, loaded: true }]);
    const screenshots = await loadedImages('screenshot-previews');
    expect(screenshots).toHaveLength(1);
    expect(screenshots[0]?.src).toMatch(FILE_PATH);
    await tab(/^Licence agreement/).click();
    expect(await field('Licence agreement').inputValue()).toBe(licence);
    const licenceFile = await served(`${licence}?download=1`);
    expect(licenceFile.body.equals(PDF)).toBe(true);
    expect(licenceFile.headers['content-disposition']).toMatch(/^attachment; filename="Nimbus licence.pdf"/);

    // The BYOL offer kept its licence page.
    await tab(/^Offers/).click();
    expect(await page.getByTestId('offer').getAttribute('data-type')).toBe('byol');
    expect(await field('Licence page (URL)').inputValue()).toBe(
      'https://nimbus-linux.example/licences/gateway',
    );

    // A version from the source OMI, then publication: the copy becomes available, public (BYOL).
    await shareSourceOmiWithTheMarketplace(marketplace);
    await tab(/^Versions/).click();
    await field('Version').fill('2.4.0');
    await field('Release notes (English)').fill('First release on the marketplace.');
    await field('Source OMI in cloudgouv-eu-west-1').fill(NIMBUS_GOUV.sourceOmi);
    await button('Add the version').click();
    await page.getByText('Version 2.4.0 is added.').waitFor();
    await page.getByTestId('checklist-done').waitFor();
    await publishFromTheEditor(page);
    await page.getByText('The product is published; its versions are being copied.').waitFor();
    const version = page.getByTestId('version').filter({ hasText: '2.4.0' });
    const copy = version.getByTestId('copy');
    await expect.poll(() => copy.getAttribute('data-state'), { timeout: 30_000 }).toBe('available');
    expect(await copy.textContent()).toContain('Public');
    await expect
      .poll(() => version.getByTestId('version-state').getAttribute('data-state'))
      .toBe('available');
    expect(await page.getByTestId('product-state').getAttribute('data-state')).toBe('published');
    await screenshot('offers-byol-published');
  });

  it('creates an OMI product with a subscription offer, finds its terms saved, and writes its activation procedure', async () => {
    await signInAsSeller(page, marketplace);
    await createProduct('OMI product', 'Subscription', 'Nimbus Secure Mail', async () => {
      await field('Price (€, excluding taxes)').fill('49.90');
      await field('Commitment (months)').fill('12');
      await chooseOption(page, 'Billing frequency', 'Yearly');
    });
    await page.reload();
    await tab(/^Offers/).click();
    expect(await page.getByTestId('offer').getAttribute('data-type')).toBe('subscription');
    expect(await field('Price (€, excluding taxes)').inputValue()).toBe('49.90');
    expect(await field('Commitment (months)').inputValue()).toBe('12');
    expect(await chosenOption(page, 'Billing frequency')).toBe('Yearly');
    expect((await page.getByTestId('checklist').textContent()) ?? '').toContain('licence agreement');

    // A second offer, for Nuage public (UGAP) buyers only: its commitment is preset for that market.
    await button('Add an offer').click();
    const nuage = page.getByTestId('offer').nth(1);
    await chooseOption(nuage, 'Sold to', 'Nuage public (UGAP) buyers only');
    const months = nuage.getByLabel('Commitment (months)', { exact: true });
    expect(await months.inputValue()).toBe('12');
    expect(await months.isDisabled()).toBe(true);
    expect(await chosenOption(nuage, 'Billing frequency')).toBe('Yearly');
    await nuage.getByLabel('Price (€, excluding taxes)', { exact: true }).fill('39');
    await button('Save the offers').click();
    await page.getByText('Saved.').waitFor();
    await page.reload();
    await tab(/^Offers/).click();
    expect(await page.getByTestId('offer').nth(1).getAttribute('data-target')).toBe('nuage_public');
    await screenshot('offers-nuage-public');
    // Publication will ask for its texts and recommended VMs too.
    expect((await page.getByTestId('checklist').textContent()) ?? '').toContain('Offer 2');

    // A subscription product has its activation procedure: the steps its buyers follow with the key.
    const checklistKeys = () =>
      page
        .getByTestId('checklist')
        .locator('li')
        .evaluateAll((items) => items.map((i) => i.dataset.key));
    expect(await checklistKeys()).toContain('activationProcedure');
    await tab(/^Activation procedure/).click();
    expect(await sectionState(/^Activation procedure/)).toBe('to_complete');
    await field('Steps to follow with the licence key (English)').fill(
      '1. Start the VM.\n2. Paste the licence key into /etc/nimbus/licence.\n3. Restart nimbus-mail.',
    );
    await tab(/^Français/).click();
    await field('Steps to follow with the licence key (French)').fill(
      '1. Démarrez la VM.\n2. Collez la clé de licence dans /etc/nimbus/licence.\n3. Redémarrez nimbus-mail.',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await button('Save the activation procedure').click();
    await page.getByText('Saved.').waitFor();
    await expect.poll(() => sectionState(/^Activation procedure/)).toBe('complete');
    expect(await checklistKeys()).not.toContain('activationProcedure');

    // The deployment template is optional: given, the section is complete.
    await tab(/^Deployment template/).click();
    expect(await sectionState(/^Deployment template/)).toBe('optional');
    await field('Deployment template').fill('resource "outscale_vm" "mail" {\n  image_id = var.omi\n}');
    await button('Save the deployment template').click();
    await page.getByText('Saved.').waitFor();
    await expect.poll(() => sectionState(/^Deployment template/)).toBe('complete');
    await screenshot('offers-subscription-sections');

    // Saved on their own, both are there after a reload.
    await page.reload();
    await tab(/^Activation procedure/).click();
    expect(await field('Steps to follow with the licence key (English)').inputValue()).toContain(
      'Paste the licence key',
    );
    await tab(/^Deployment template/).click();
    expect(await field('Deployment template').inputValue()).toContain('outscale_vm');
  });

  it('creates a free OMI product and sees it among its products', async () => {
    await signInAsSeller(page, marketplace);
    await createProduct('OMI product', 'Free / open source', 'Nimbus Debian Minimal');
    await tab(/^Offers/).click();
    expect(await page.getByTestId('offer').getAttribute('data-type')).toBe('free');
    // Without a subscription offer, no activation procedure.
    expect(await tab(/^Activation procedure/).count()).toBe(0);
    await page.getByRole('link', { name: 'My products', exact: true }).click();
    const table = page.getByTestId('products-table');
    await table.waitFor();
    for (const name of ['Nimbus Debian Minimal', 'Nimbus Secure Mail', 'Nimbus Hardened Gateway']) {
      expect(await table.textContent()).toContain(name);
    }
  });

  it('creates a managed product with its external link, clears its documentation link, and publishes it', async () => {
    await signInAsSeller(page, marketplace);
    await createProduct('Managed product', 'Subscription', 'Nimbus Managed Backup', async () => {
      await field('Price (€, excluding taxes)').fill('120');
      await field('Commitment (months)').fill('1');
    });
    // A managed product has its external link, no versions.
    await fillTexts('A managed backup service', () =>
      field('External subscription link').fill('https://nimbus-linux.example/backup/subscribe'),
    );
    // A managed product's sections: no versions, no activation procedure (buyers subscribe on the
    // seller's site), an optional licence agreement.
    expect(
      await page.getByRole('tablist', { name: 'Product sections' }).getByRole('tab').allTextContents(),
    ).toEqual([
      'General information Complete',
      'Offers Complete',
      'Licence agreement Optional',
      'Deployment template Optional',
      'Subscribers',
    ]);
    await field('Documentation link').fill('https://nimbus-linux.example/backup/docs');
    await chooseFiles(page, 'Upload a logo', image('backup.png'));
    await page.getByText('Uploaded: backup.png. Save the form to keep it.').waitFor();
    await button('Save the general information').click();
    await page.getByText('Saved.').waitFor();

    // Emptied, the documentation link is cleared; the logo removed, too.
    await page.reload();
    expect(await field('Documentation link').inputValue()).toBe('https://nimbus-linux.example/backup/docs');
    await field('Documentation link').fill('');
    await button('Remove the logo').click();
    expect(await field('Logo address (URL)').inputValue()).toBe('');
    await button('Save the general information').click();
    await page.getByText('Saved.').waitFor();
    await page.reload();
    expect(await field('Documentation link').inputValue()).toBe('');
    expect(await field('Logo address (URL)').inputValue()).toBe('');
    expect(await page.getByTestId('logo-preview').count()).toBe(0);

    // The external link was kept; publication needs nothing more for a managed product, and fixes no
    // versions or regions.
    expect(await field('External subscription link').inputValue()).toBe(
      'https://nimbus-linux.example/backup/subscribe',
    );
    await page.getByTestId('checklist-done').waitFor();
    expect(await publishFromTheEditor(page)).toEqual([
      'The pricing mode',
      'The product’s name',
      'The offers’ rates',
    ]);
    await expect.poll(() => page.getByTestId('product-state').getAttribute('data-state')).toBe('published');
    await screenshot('offers-managed-published');
  });
});
