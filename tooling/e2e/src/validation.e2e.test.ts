// Issue 13's validation defects where a person meets them, in English and in French, at 1280 px and at
// 390 px: the cost estimate refuses a VM count of 0, -3, 2.5, "abc" or 1000000 and says why under the
// field, with no total left on screen; the sign-up and subscribe forms, sent empty or wrong, show only
// the sentences of our error map (never zod's own words); a product address that is not an ID shows
// the not-found page, not "Some fields are not valid"; the VM type list opens. One marketplace; per
// language and width one anonymous page (estimate, address, sign-up) and one signed-in page (subscribe).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { showChoices } from './choices.ts';
import { assertPortalsBuilt, type RunningMarketplace, startMarketplace } from './marketplace-server.ts';
import {
  type Api,
  apiAs,
  DEMO,
  DESKTOP,
  type Language,
  PHONE,
  type RoleContext,
  roleContext,
  until,
} from './roles.ts';

const PRODUCT = 'GitLab CE 17 appliance';
const BAD_COUNTS = ['0', '-3', '2.5', 'abc', '1000000'];

/** zod's own words, and the server's generic refusal: none may reach a page. */
const RAW = [
  /expected/i,
  /Too small/i,
  /Too big/i,
  /Trop petit/i,
  /Trop grand/i,
  /Invalid input/i,
  /Entrée invalide/i,
  />=|<=/,
  /Some fields are not valid/,
  /Certains champs ne sont pas valides/,
];

const thousand = (language: Language) =>
  new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB').format(1000);

/** The words of each page, and the error map's sentences each form may show (packages/validators). */
const WORDS = {
  en: {
    vmCount: 'Number of VMs',
    vmType: 'VM type',
    showChoices: 'Show the choices',
    count: `Enter a whole number from 1 to ${thousand('en')}.`,
    incomplete: 'The estimate appears once every field above is valid.',
    notFound: 'Page not found',
    signUp: 'Create the organization',
    buyer: 'Buyer',
    name: 'Organization name',
    accessKey: 'Access key',
    secretKey: 'Secret key',
    signUpMessages: [
      'Enter the organization’s name (2 to 200 characters).',
      'Choose at least one: buyer, seller, or both.',
      'Enter the access key (16 to 64 characters).',
      'Enter the secret key (16 to 128 characters).',
      'Accept the general terms of use to create the organization.',
      'Choose a region.',
    ],
    subscribe: 'Confirm the subscription',
    subscribeMessages: [
      'Choose at least one OUTSCALE account.',
      `Enter a whole number from 1 to ${thousand('en')}.`,
      'Accept the licence agreement to subscribe.',
      'Enter a VM type such as tinav6.c4r8p2.',
    ],
  },
  fr: {
    vmCount: 'Nombre de VM',
    vmType: 'Type de VM',
    showChoices: 'Afficher les choix',
    count: `Saisissez un nombre entier de 1 à ${thousand('fr')}.`,
    incomplete: 'L’estimation s’affiche dès que chaque champ ci-dessus est valide.',
    notFound: 'Page introuvable',
    signUp: 'Créer l’organisation',
    buyer: 'Acheteur',
    name: 'Nom de l’organisation',
    accessKey: 'Clé d’accès',
    secretKey: 'Clé secrète',
    signUpMessages: [
      'Saisissez le nom de l’organisation (2 à 200 caractères).',
      'Choisissez au moins un type\u00a0: acheteur, vendeur, ou les deux.',
      'Saisissez la clé d’accès (16 à 64 caractères).',
      'Saisissez la clé secrète (16 à 128 caractères).',
      'Acceptez les conditions générales d’utilisation pour créer l’organisation.',
      'Choisissez une région.',
    ],
    subscribe: 'Confirmer la souscription',
    subscribeMessages: [
      'Choisissez au moins un compte OUTSCALE.',
      `Saisissez un nombre entier de 1 à ${thousand('fr')}.`,
      'Acceptez le contrat de licence pour souscrire.',
      'Saisissez un type de VM comme tinav6.c4r8p2.',
    ],
  },
} as const;

let marketplace: RunningMarketplace;
let browser: Browser;
let buyer: Api;
let productId = '';
const opened: RoleContext[] = [];

beforeAll(async () => {
  assertPortalsBuilt();
  marketplace = await startMarketplace({ demoData: true });
  browser = await launchChromium();
  buyer = await apiAs(marketplace, DEMO.buyerAdmin);
  // The demo catalog is published by jobs at start: wait until the product is searchable.
  productId = await until(async () => {
    const found = await buyer.query<{ items: { id: string; name: string }[] }>('catalog.search', {
      q: 'gitlab',
      language: 'en',
    });
    return found.items.find((p) => p.name === PRODUCT)?.id;
  }, 'the demo catalog');
});

afterAll(async () => {
  for (const role of opened) await role.context.close();
  await browser?.close();
  await marketplace?.stop();
});

async function open(language: Language, viewport: typeof DESKTOP, signedIn: boolean) {
  const role = await roleContext(browser, marketplace, {
    ...(signedIn ? { api: buyer } : {}),
    language,
    viewport,
  });
  opened.push(role);
  return role;
}

// biome-ignore lint/performance/useDomNodeTextContent: what a person sees is what is checked
const pageText = (page: Page) => page.locator('body').innerText();

/** No raw validator text anywhere in the page. */
async function noRawText(page: Page, where: string) {
  const text = await pageText(page);
  for (const raw of RAW) expect(text, `${where}: ${raw}`).not.toMatch(raw);
}

/** Every field error shown, each one a sentence of `allowed`. */
async function fieldErrors(page: Page, allowed: readonly string[]) {
  const shown = (await page.locator('.mk-field__error').allTextContents()).map((t) => t.trim());
  for (const text of shown) expect(allowed, `"${text}" is not from the error map`).toContain(text);
  return shown;
}

describe.each([
  ['en', DESKTOP],
  ['en', PHONE],
  ['fr', DESKTOP],
  ['fr', PHONE],
] as const)('in %s at %o', (language, viewport) => {
  const words = WORDS[language];

  it('the estimate refuses invalid counts under the field, never with a stale total; the address that is not an ID is not found; the sign-up form speaks the error map', async () => {
    const { page, errors } = await open(language, viewport, false);

    // The estimate: a good count gives a total; each bad one says why and leaves no total at all.
    await page.goto(`${marketplace.url}/products/${productId}`);
    const panel = page.getByTestId('estimate-panel');
    await panel.getByTestId('estimate-total-hour').waitFor();
    const count = panel.getByLabel(words.vmCount, { exact: true });
    const total = panel.getByTestId('estimate-total-hour');
    for (const bad of BAD_COUNTS) {
      await count.fill('2');
      await total.waitFor();
      await count.fill(bad);
      const refusal = panel.getByText(words.count, { exact: true });
      await refusal.waitFor();
      expect(await count.getAttribute('aria-invalid'), bad).toBe('true');
      // The refusal is read with the field.
      const describedBy = (await count.getAttribute('aria-describedby')) ?? '';
      const refusalId = await refusal.evaluate((node) => node.closest('[id]')?.id ?? '');
      expect(describedBy.split(' '), bad).toContain(refusalId);
      expect(await total.count(), `a total stays on screen for ${bad}`).toBe(0);
      expect(await panel.getByTestId('estimate').count(), bad).toBe(0);
      expect(await panel.getByText(words.incomplete).isVisible(), bad).toBe(true);
      await noRawText(page, `estimate ${bad}`);
    }
    await count.fill('3');
    await total.waitFor();
    expect(await panel.getByText(words.count).count()).toBe(0);

    // The VM type's list shows its choices when opened, once the estimate is up to date: its
    // "updating" line going away moves the page, and a scroll closes an open list.
    await panel.locator('[data-testid="estimate"]:not([data-stale])').waitFor();
    const vmType = panel.locator('.mk-rac-combobox').filter({ hasText: words.vmType });
    const listbox = await showChoices(vmType, words.showChoices);
    const options = listbox.getByRole('option');
    expect(await options.count()).toBeGreaterThan(1);
    expect(await options.first().isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await listbox.waitFor({ state: 'detached' });

    // A product address that is not an ID: the not-found page.
    await page.goto(`${marketplace.url}/products/not-an-id`);
    await page.getByTestId('not-found').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(words.notFound);
    await noRawText(page, 'products/not-an-id');

    // The sign-up form, sent empty (no type either), then with wrong values.
    await page.goto(`${marketplace.url}/signup`);
    const buyerType = page.getByLabel(words.buyer, { exact: true });
    if (await buyerType.isChecked()) await buyerType.uncheck();
    await page.getByRole('button', { name: words.signUp, exact: true }).click();
    await page.locator('.mk-field__error').first().waitFor();
    const empty = await fieldErrors(page, words.signUpMessages);
    for (const expected of [0, 1, 2, 3, 4]) expect(empty).toContain(words.signUpMessages[expected]);
    await noRawText(page, 'sign-up sent empty');
    await page.getByLabel(words.name, { exact: true }).fill('A');
    await page.getByLabel(words.accessKey, { exact: true }).fill('short');
    await page.getByLabel(words.secretKey, { exact: true }).fill('x');
    await page.getByRole('button', { name: words.signUp, exact: true }).click();
    await page.getByText(words.signUpMessages[0], { exact: true }).waitFor();
    const wrong = await fieldErrors(page, words.signUpMessages);
    for (const expected of [0, 1, 2, 3]) expect(wrong).toContain(words.signUpMessages[expected]);
    await noRawText(page, 'sign-up with wrong values');
    expect(errors).toEqual([]);
  });

  it('the subscribe form, sent without accounts, with a wrong VM count and the licence not accepted, speaks the error map', async () => {
    const { page, errors } = await open(language, viewport, true);
    await page.goto(`${marketplace.url}/products/${productId}/subscribe`);
    const form = page.getByTestId('subscribe-form');
    const submit = form.getByRole('button', { name: words.subscribe, exact: true });
    await submit.waitFor();
    await form.getByTestId('accounts').getByRole('checkbox').first().waitFor();
    const count = form.getByLabel(words.vmCount, { exact: true });
    await count.fill('2.5');
    await submit.click();
    await form.getByText(words.subscribeMessages[0], { exact: true }).waitFor();
    const shown = await fieldErrors(page, words.subscribeMessages);
    expect(shown).toContain(words.subscribeMessages[1]);
    // The first wrong field has the focus (the first account's checkbox).
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe(
      'checkbox',
    );
    expect(await form.getByTestId('estimate-total-hour').count()).toBe(0);
    expect(page.url()).toMatch(/\/subscribe$/);
    await noRawText(page, 'subscribe sent wrong');

    // Corrected as the buyer types: the count's refusal goes, the total comes back.
    await count.fill('abc');
    await form.getByText(words.subscribeMessages[1], { exact: true }).waitFor();
    await count.fill('2');
    await form.getByTestId('estimate-total-hour').waitFor();
    expect(await form.getByText(words.subscribeMessages[1], { exact: true }).count()).toBe(0);
    await noRawText(page, 'subscribe corrected');
    expect(errors).toEqual([]);
  });
});
