// The main pages of both portals, read in French then in English (every-page.e2e.test.ts runs it on its
// marketplace) by the demo buyer and the demo seller:
// no text of the other language (a catalogue value that differs between the two), no message key, no
// ISO date, and counts that agree with their number ("1 produit", "2 produits"; "1 product", "2 products");
// the product page's price date written in words; and the page's `language` cookie, which the server
// answers in.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { catalogues } from '../../../packages/ui/src/i18n/catalogues.ts';
import { SELLER } from './demo-seller.ts';
import type { RunningMarketplace } from './marketplace-server.ts';

type Language = 'en' | 'fr';
const BUYER = { email: 'buyer@acme-industries.example', password: 'Demo-password-2026!' };

let marketplace: RunningMarketplace;
let page: Page;

/** Every message key of both portals. */
const KEYS = Object.keys(catalogues.en);

/** A text as `checkPage` gives it back: every run of spaces (no-break ones too) as one space. */
const asShown = (text: string) => text.replace(/\s+/g, ' ');

const other = (language: Language): Language => (language === 'fr' ? 'en' : 'fr');

/**
 * The texts of `language`'s catalogue a page in the other language must never show: those that
 * differ from their translation, have no argument (shown exactly as written) and are not also a text
 * of the other language (French "Version" is English "Version" too).
 */
function foreignTexts(language: Language): Set<string> {
  const shown = catalogues[other(language)];
  const own = new Set(Object.values(shown));
  const foreign = new Set<string>();
  for (const [key, text] of Object.entries(catalogues[language])) {
    if (text === shown[key as keyof typeof shown] || own.has(text) || text.includes('{')) continue;
    foreign.add(text.replace(/\s+/g, ' ').trim());
  }
  return foreign;
}

/** What the page shows: its visible lines, and each visible element's own whole text. */
async function visibleTexts(): Promise<{ lines: string[]; whole: string }> {
  return page.evaluate(() => {
    const texts = new Set<string>();
    const body = document.body;
    // biome-ignore lint/performance/useDomNodeTextContent: what a person sees is what is checked
    for (const line of body.innerText.split('\n')) texts.add(line.replace(/\s+/g, ' ').trim());
    for (const element of Array.from(
      body.querySelectorAll<HTMLElement>(
        'h1, h2, h3, h4, p, li, dt, dd, th, td, label, legend, button, a, span, strong, summary, caption, option',
      ),
    )) {
      if (element.checkVisibility?.() === false) continue;
      // biome-ignore lint/performance/useDomNodeTextContent: what a person sees is what is checked
      texts.add((element.innerText ?? '').replace(/\s+/g, ' ').trim());
    }
    texts.delete('');
    // biome-ignore lint/performance/useDomNodeTextContent: what a person sees is what is checked
    return { lines: [...texts], whole: body.innerText.replace(/\s+/g, ' ') };
  });
}

/** Waits until the page has loaded its data: no request in flight, no skeleton or "Loading…" left. */
async function settled() {
  await page.waitForLoadState('networkidle');
  const loading = [catalogues.en['common.loading'], catalogues.fr['common.loading']];
  await page.waitForFunction(
    (texts) =>
      !document.querySelector('[aria-busy="true"], [data-testid="skeleton"]') &&
      // biome-ignore lint/performance/useDomNodeTextContent: what a person sees is what is checked
      !texts.some((text) => document.body.innerText.includes(text)),
    loading,
    { timeout: 15_000 },
  );
}

/** Opens a page and waits until it has shown its heading and finished loading. */
async function open(path: string) {
  await page.goto(`${marketplace.url}${path}`);
  await page.locator('main h1').first().waitFor();
  await settled();
}

/** Every check on the page on screen, in `language`; returns its whole text for page-specific checks. */
async function checkPage(language: Language, where: string): Promise<string> {
  const { lines, whole } = await visibleTexts();
  const foreign = foreignTexts(other(language));
  expect(
    lines.filter((line) => foreign.has(line)),
    `${where}: texts of the other language`,
  ).toEqual([]);
  expect(whole, `${where}: message keys`).not.toMatch(
    /\b(common|buy|buyer|seller|usage|outscale|keys|accounts|menu|nav|health)\.[a-z]+[A-Za-z.]*\b(?![.\w-]*@)/,
  );
  // A key shown as such (a message missing from the language's catalogue shows its key).
  expect(
    KEYS.filter((key) =>
      new RegExp(`(^|[^\\w.])${key.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}($|[^\\w.])`).test(whole),
    ),
    `${where}: message keys shown`,
  ).toEqual([]);
  expect(whole, `${where}: ISO dates`).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  if (language === 'fr') {
    expect(whole, `${where}: "1 produits"`).not.toMatch(
      /(^|[^\d\s\u00a0\u202f,])\s?1 (produits|versions|jours|types de VM)\b/,
    );
    expect(whole, `${where}: "2 produit"`).not.toMatch(/\b([2-9]|\d{2,}) produit\b/);
  } else {
    expect(whole, `${where}: "1 products"`).not.toMatch(
      /(^|[^\d\s,.])\s?1 (products|versions|days|VM types)\b/,
    );
    expect(whole, `${where}: "2 product"`).not.toMatch(/\b([2-9]|\d{2,}) product\b/);
  }
  return whole;
}

/** Signs in (in the page's language) on a portal's sign-in page, as a new visitor. */
async function signIn(
  language: Language,
  portalPath: '' | '/seller',
  who: { email: string; password: string },
) {
  await page.context().clearCookies();
  await open(`${portalPath}/signin`);
  const messages = catalogues[language];
  await page.getByLabel(messages['signIn.email'], { exact: true }).fill(who.email);
  await page.getByLabel(messages['signIn.password'], { exact: true }).fill(who.password);
  await page.getByRole('button', { name: messages['signIn.submit'], exact: true }).click();
  await page.waitForURL(portalPath === '' ? /\/$/ : /\/seller\/$/);
}

/** The demo catalog is published by jobs at start: wait until its hourly GitLab product is listed. */
async function openOneProductCatalog() {
  for (let tries = 0; tries < 60; tries++) {
    await open('/catalog?q=gitlab&offer=hourly');
    await page.getByTestId('result-count').filter({ hasText: /\d/ }).waitFor();
    if ((await page.getByTestId('product-card').count()) === 1) return;
    await page.waitForTimeout(1000);
  }
  throw new Error('the demo catalog was not published');
}

/**
 * The page told the server its language: a `language` cookie for the whole site, a year long, sent
 * with requests that carry no header of the page (download links, a 404 answer) even though the
 * browser itself asks for English (Accept-Language) whatever the page shows.
 */
async function tellsTheServer(language: Language) {
  const cookie = (await page.context().cookies(marketplace.url)).find((c) => c.name === 'language');
  expect(cookie, 'the language cookie').toMatchObject({ value: language, path: '/', sameSite: 'Lax' });
  const inAYear = Date.now() / 1000 + 364 * 24 * 3600;
  expect(cookie?.expires ?? 0, 'the language cookie lasts a year').toBeGreaterThan(inAYear);
  const answer = await page.evaluate(async () => {
    const response = await fetch('/files/nothing/here', { headers: { 'accept-language': 'en-GB,en' } });
    return { status: response.status, body: (await response.json()) as { error?: { message?: string } } };
  });
  expect(answer.status).toBe(404);
  expect(answer.body.error?.message ?? '').toMatch(
    language === 'fr' ? /^Il n’y a rien à cette adresse/ : /^There is nothing at this address/,
  );
}

let draftId: string | undefined;

/** The id of a draft product of the signed-in seller (created once, through the API, from the page). */
async function aDraftProduct(): Promise<string> {
  draftId ??= await page.evaluate(async () => {
    // A seller makes its showcase before its first product.
    const showcase = await fetch('/trpc/showcase.save', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        companyName: 'Translation check',
        description: { en: 'Checks translations.', fr: 'Vérifie les traductions.' },
        contactEmail: 'seller@translation-check.example',
        supportContact: 'support@translation-check.example',
      }),
    });
    if (!showcase.ok) throw new Error(`showcase.save answered ${showcase.status}: ${await showcase.text()}`);
    const response = await fetch('/trpc/products.create', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'managed',
        name: { en: 'Translation check', fr: 'Vérification des traductions' },
        shortDescription: { en: '', fr: '' },
        description: { en: '', fr: '' },
        categories: [],
        supportContact: '',
        offers: [{ type: 'free' }],
      }),
    });
    const body = (await response.json()) as { result?: { data?: { id?: string } } };
    const id = body.result?.data?.id;
    if (!id) throw new Error(`products.create answered ${response.status}: ${JSON.stringify(body)}`);
    return id;
  });
  return draftId;
}

/**
 * Walks both portals in `language` on `on` (a new English-speaking browser's page: the language is the
 * one the page remembers, not the browser's), checking every page on the way.
 */
export async function walkBothPortals(on: Page, running: RunningMarketplace, language: Language) {
  page = on;
  marketplace = running;
  const messages = catalogues[language];
  await page.addInitScript((chosen) => window.localStorage.setItem('marketplace.language', chosen), language);

  // The buyer portal, as a visitor then as the demo buyer.
  await open('/');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
  await checkPage(language, 'landing');
  await tellsTheServer(language);

  await signIn(language, '', BUYER);
  await openOneProductCatalog();
  await checkPage(language, 'catalog');
  expect(await page.getByTestId('result-count').textContent()).toBe(
    language === 'fr' ? '1 produit' : '1 product',
  );
  // The hourly product (an OMI product: it has an estimate).
  await page.getByTestId('product-card').getByRole('link').first().click();
  await page.waitForURL(/\/products\/[0-9a-f-]{36}$/);
  await page.getByTestId('estimate-source').waitFor({ timeout: 60_000 });
  await settled();
  await checkPage(language, 'product page');
  const source = (await page.getByTestId('estimate-source').textContent()) ?? '';
  // The price catalogue's day in words: "lu le 2 décembre 2026", "read on 2 December 2026".
  expect(source).toMatch(
    language === 'fr'
      ? /^Tarifs des VM d’OUTSCALE .* lu le \d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}\u00a0: /
      : /^OUTSCALE’s VM rates .* read on \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}: /,
  );

  // Two products (the GitLab appliance and the GitLab Runner, both OMI products): the plural.
  await expect
    .poll(
      async () => {
        await open('/catalog?q=gitlab&kind=omi');
        return page.getByTestId('result-count').filter({ hasText: /\d/ }).textContent();
      },
      { timeout: 60_000, interval: 1000 },
    )
    .toBe(language === 'fr' ? '2 produits' : '2 products');
  await checkPage(language, 'catalog, two products');

  await open('/subscriptions');
  expect(await page.locator('main h1').textContent()).toBe(messages['buy.mine.title']);
  await checkPage(language, 'my subscriptions');
  await open('/spend');
  await checkPage(language, 'spend');

  // The seller portal, as the demo seller (a new visitor again: its page sets the cookie anew).
  await signIn(language, '/seller', SELLER);
  await tellsTheServer(language);
  await page.getByTestId('seller-dashboard').waitFor();
  await settled();
  const home = await checkPage(language, 'seller home');
  expect(home).toMatch(language === 'fr' ? /Nouvelles ventes sur 30 jours/ : /New sales in 30 days/);
  // The seller's home speaks of its source OMIs' accounts, not of a buyer's.
  expect(home).toContain(asShown(messages['home.outscaleAccounts']));
  expect(home).not.toMatch(/receive your subscriptions|reçoivent vos souscriptions/);

  await open('/seller/products');
  await checkPage(language, 'my products');
  // The demo seller starts with no product: a draft of its own, made as the page would make it.
  await open(`/seller/products/${await aDraftProduct()}`);
  await checkPage(language, 'product editor');

  await open('/seller/sales');
  await checkPage(language, 'my sales');
  await open('/seller/revenue');
  await checkPage(language, 'revenue');

  // The seller's OUTSCALE accounts page speaks of its source OMIs, not of a buyer's shares.
  await open('/seller/outscale-accounts');
  const accounts = await checkPage(language, 'seller OUTSCALE accounts');
  expect(accounts).toContain(asShown(messages['outscale.seller.home.lead']));
  expect(accounts).not.toContain(asShown(messages['outscale.home.lead']));
  expect(accounts).not.toContain(asShown(messages['outscale.lead']));
}
