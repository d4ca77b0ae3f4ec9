// Licence agreement versions, as people do it: the demo buyer subscribes to GitLab Runner accepting
// version 1 of its agreement; the demo seller (Helix) makes version 2 and binds existing subscribers;
// the buyer finds version 2 in force in My subscriptions, with the history, and the e-mail; in French too.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './accessibility.ts';
import { waitForMail } from './mailbox.ts';
import type { RunningMarketplace } from './marketplace-server.ts';
import { ARTIFACTS, browserSession } from './session.ts';

const BUYER = { email: 'buyer@acme-industries.example', password: 'Demo-password-2026!' };
const HELIX = { email: 'seller@helix-devops.example', password: 'Demo-password-2026!' };
const PRODUCT = 'GitLab Runner';
const NEW_TERMS = 'https://helix-devops.example/runner/terms-2027';

const session = browserSession({ demoData: true, viewport: { width: 1280, height: 900 } });
let marketplace: RunningMarketplace;
let page: Page;

beforeEach(() => {
  marketplace = session.marketplace;
  page = session.page;
});

const field = (label: string) => page.getByLabel(label, { exact: true });
const button = (name: string) => page.getByRole('button', { name, exact: true });
const screenshot = (name: string) =>
  page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

async function signIn(path: '/signin' | '/seller/signin', who: { email: string; password: string }) {
  await page.goto(`${marketplace.url}${path}`);
  await field('E-mail address').fill(who.email);
  await field('Password').fill(who.password);
  await button('Sign in').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/signin'));
}

/** The demo catalog is published by jobs at start: wait until GitLab Runner is in it. */
async function openProductWhenReady() {
  for (let tries = 0; tries < 60; tries++) {
    await page.goto(`${marketplace.url}/catalog?q=runner`);
    await page.getByTestId('result-count').filter({ hasText: /\d/ }).waitFor();
    const link = page.getByTestId('product-card').getByRole('link', { name: PRODUCT });
    if ((await link.count()) === 1) {
      await link.click();
      return;
    }
    await page.waitForTimeout(1000);
  }
  throw new Error(`${PRODUCT} was not published`);
}

describe('licence agreement versions', () => {
  it('records the version the buyer accepts when subscribing', async () => {
    await signIn('/signin', BUYER);
    await openProductWhenReady();
    await page.getByRole('link', { name: 'Subscribe', exact: true }).click();
    await page.waitForURL(/\/subscribe$/);
    await page.getByTestId('accounts').getByRole('checkbox').first().check();
    expect(await page.getByTestId('licence-version').textContent()).toBe(
      'Version 1 of the licence agreement.',
    );
    await page.getByLabel('I have read and accept the licence agreement').check();
    await button('Confirm the subscription').click();
    await page.waitForURL(/\/subscriptions\?created=/);
    const licence = page.getByTestId('subscription').first().getByTestId('licence-in-force');
    await licence.waitFor();
    expect(await licence.textContent()).toMatch(/^Version 1 \(accepted on .+\)Read version 1$/);
    expect(await licence.getByTestId('licence-history').count()).toBe(0);
  });

  it('lets the seller make a new version that binds existing subscribers, and shows its versions', async () => {
    await signIn('/seller/signin', HELIX);
    await page.goto(`${marketplace.url}/seller/products`);
    await page.getByTestId('products-table').getByRole('link', { name: PRODUCT }).click();
    await page.getByRole('tab', { name: /^Licence agreement/ }).click();
    const change = page.getByTestId('licence-change');
    expect(await change.getByTestId('licence-current').textContent()).toMatch(
      /^Current agreement: version 1/,
    );

    // A choice is required: binding existing subscribers is a decision of its own.
    await field('New licence agreement').fill(NEW_TERMS);
    await button('Save as a new version').click();
    await change.getByText('Say whether the current subscribers are bound by the new version.').waitFor();
    await change.getByLabel('Bind existing subscribers (they are e-mailed)').check();
    await button('Save as a new version').click();
    await change
      .getByTestId('licence-outcome')
      .filter({ hasText: 'Version 2 saved. Subscriptions bound by it: 1; their people are e-mailed.' })
      .waitFor();
    const versions = change.getByTestId('licence-versions');
    await expect
      .poll(() => versions.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.textContent)))
      .toEqual([
        expect.stringMatching(/^2Open.+Bound \(e-mailed\)$/),
        expect.stringMatching(/^1Open.+First publication$/),
      ]);
    await screenshot('licence-seller-versions');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The same agreement again makes no version.
    await field('New licence agreement').fill(NEW_TERMS);
    await change.getByLabel('Only new subscribers (existing subscriptions keep their version)').check();
    await button('Save as a new version').click();
    await change.getByText('This is already the current agreement (version 2): nothing changed.').waitFor();

    await page.getByTestId('language-switch').getByRole('button', { name: 'Français' }).click();
    await change.getByRole('button', { name: 'Enregistrer comme nouvelle version', exact: true }).waitFor();
    expect(await change.getByTestId('licence-current').textContent()).toMatch(
      /^Contrat en vigueur\u00a0: version 2/,
    );
  });

  it('shows the buyer the version in force and the history, and e-mailed the change', async () => {
    const mail = await waitForMail(marketplace.url, BUYER.email, NEW_TERMS);
    expect(mail.subject).toBe(`The licence agreement of ${PRODUCT} changed`);
    expect(mail.text).toContain('Version 2 of the agreement now applies to your subscriptions.');

    await signIn('/signin', BUYER);
    await page.goto(`${marketplace.url}/subscriptions`);
    const licence = page.getByTestId('subscription').first().getByTestId('licence-in-force');
    await licence.waitFor();
    expect(await licence.getAttribute('data-version')).toBe('2');
    expect(await licence.getByRole('link', { name: 'Read version 2' }).getAttribute('href')).toBe(NEW_TERMS);
    expect(await licence.locator('p').first().textContent()).toMatch(
      /^Version 2 \(binding since .+: the seller bound existing subscriptions by it\)$/,
    );
    const history = licence.getByTestId('licence-history');
    await history.locator('summary').click();
    expect(await history.locator('li').evaluateAll((items) => items.map((i) => i.textContent))).toEqual([
      expect.stringMatching(/^Version 1: accepted when subscribing, on .+\. Read version 1$/),
      expect.stringMatching(/^Version 2: bound by the seller on .+\. Read version 2$/),
    ]);
    await screenshot('licence-buyer-history');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByTestId('language-switch').getByRole('button', { name: 'Français' }).click();
    await expect
      .poll(() => licence.locator('p').first().textContent())
      .toMatch(
        /^Version 2 \(en vigueur depuis le .+\u00a0: le vendeur y a lié les souscriptions existantes\)$/,
      );
    expect(await history.locator('summary').textContent()).toBe(
      'Historique du contrat de licence (2 versions)',
    );
  });
});
