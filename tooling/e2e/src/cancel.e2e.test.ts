// The demo buyer, already subscribed to the GitLab appliance and to GitLab Runner, is told so on the
// product page and when it tries the same subscription again; it cancels the appliance's subscription
// from My subscriptions after the confirmation that says what happens, sees it ended and its OMI no
// longer shared, then reads the page in French and keeps the other subscription.
import { join } from 'node:path';
import { OutscaleClient } from '@marketplace/outscale';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './accessibility.ts';
import { switchLanguage } from './browser.ts';
import { type RunningMarketplace, simulatorEndpoint } from './marketplace-server.ts';
import { ARTIFACTS, browserSession } from './session.ts';

const BUYER = { email: 'buyer@acme-industries.example', password: 'Demo-password-2026!' };
const ACME = {
  id: '300000000002',
  accessKey: 'AKBUYACMEGOUV0000000',
  secretKey: 'SKCCB36941982FCA47BFF2887526A28E358244F2',
};
const APPLIANCE = 'GitLab CE 17 appliance';
const RUNNER = 'GitLab Runner';

const session = browserSession({ demoData: true, viewport: { width: 1280, height: 900 } });
let marketplace: RunningMarketplace;
let page: Page;

beforeEach(() => {
  marketplace = session.marketplace;
  page = session.page;
});

const button = (name: string) => page.getByRole('button', { name, exact: true });
const dialog = () => page.getByRole('dialog');
const card = (id: string) => page.locator(`[data-subscription-id="${id}"]`);

async function screenshot(name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** The API as the page calls it, with the browser's session cookie (tRPC over HTTP, no superjson). */
async function api<T>(kind: 'query' | 'mutation', path: string, input: unknown): Promise<T> {
  const url = `${marketplace.url}/trpc/${path}`;
  const response =
    kind === 'query'
      ? await page.request.get(`${url}?input=${encodeURIComponent(JSON.stringify(input))}`)
      : await page.request.post(url, { data: input });
  const body = (await response.json()) as { result?: { data: T }; error?: unknown };
  if (!response.ok()) throw new Error(`${path}: ${JSON.stringify(body.error)}`);
  return body.result?.data as T;
}

/** The demo catalog is published by jobs at start: wait until its products are in the catalog. */
async function productNamed(name: string) {
  for (let tries = 0; tries < 60; tries++) {
    const found = await api<{ items: { id: string; name: string }[] }>('query', 'catalog.search', {
      q: 'gitlab',
      language: 'en',
    });
    const product = found.items.find((p) => p.name === name);
    if (product) {
      const view = await api<{ offers: { id: string }[]; versions: unknown[] }>('query', 'catalog.product', {
        id: product.id,
        language: 'en',
      });
      if (view.versions.length > 0) return { id: product.id, offerId: view.offers[0]?.id ?? '' };
    }
    await page.waitForTimeout(1000);
  }
  throw new Error(`${name} was not published`);
}

async function sees(imageId: string) {
  const client = new OutscaleClient({
    region: 'cloudgouv-eu-west-1',
    endpoint: await simulatorEndpoint(marketplace),
    accessKey: ACME.accessKey,
    secretKey: ACME.secretKey,
  });
  const { Images = [] } = await client.call('ReadImages', { Filters: { ImageIds: [imageId] } });
  return Images.length === 1;
}

describe('cancelling', () => {
  it('says what is already subscribed, cancels after the confirmation, and shows it in French', async () => {
    await page.goto(`${marketplace.url}/signin`);
    await page.getByLabel('E-mail address', { exact: true }).fill(BUYER.email);
    await page.getByLabel('Password', { exact: true }).fill(BUYER.password);
    await button('Sign in').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/signin'));

    // Two subscriptions the buyer made earlier (the buying scenario subscribes through the pages).
    const appliance = await productNamed(APPLIANCE);
    const runner = await productNamed(RUNNER);
    const subscribe = (product: { id: string; offerId: string }) =>
      api<{ id: string }>('mutation', 'subscriptions.create', {
        productId: product.id,
        offerId: product.offerId,
        region: 'cloudgouv-eu-west-1',
        outscaleAccountIds: [ACME.id],
        licenceAccepted: true,
      });
    const { id } = await subscribe(appliance);
    const { id: runnerId } = await subscribe(runner);

    // The product page says so; subscribing again with the same account is flagged, then refused.
    await page.goto(`${marketplace.url}/products/${appliance.id}`);
    const already = page.getByTestId('already-subscribed');
    await already.waitFor();
    expect(await already.textContent()).toContain('Pay as you go in cloudgouv-eu-west-1 for 300000000002');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot('buyer-already-subscribed');
    await page.getByRole('link', { name: 'Subscribe', exact: true }).click();
    await page.getByTestId('accounts').getByLabel(new RegExp(ACME.id)).check();
    await page.getByTestId('duplicate-warning').waitFor();
    await page.getByLabel('I have read and accept the licence agreement').check();
    await button('Confirm the subscription').click();
    const problem = page.getByTestId('form-problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-code')).toBe('CONFLICT');
    expect(await problem.textContent()).toContain(
      'Your organization already subscribed to “Pay as you go” in cloudgouv-eu-west-1',
    );
    await page.getByTestId('duplicate-link').getByRole('link').click();
    await page.waitForURL(new RegExp(`/subscriptions\\?subscription=${id}$`));

    // My subscriptions: the subscription, shared with its account.
    const subscription = card(id);
    await subscription
      .getByTestId('sharing-state')
      .and(page.locator('[data-state="done"]'))
      .waitFor({ timeout: 30_000 });
    expect(await subscription.getAttribute('class')).toContain('bp-subscription--new');
    const imageId = (await subscription.getByTestId('omi-id').first().textContent()) ?? '';
    expect(await sees(imageId)).toBe(true);

    // Cancelling asks first, saying what happens; keeping it changes nothing.
    await subscription.getByRole('button', { name: 'Cancel the subscription' }).click();
    await dialog().waitFor();
    expect(await dialog().getByRole('heading').textContent()).toBe(
      `Cancel your subscription to ${APPLIANCE}?`,
    );
    const outcome = await dialog().getByTestId('cancel-outcome').textContent();
    expect(outcome).toContain(
      'It ends at once: the launch permissions of its OMIs are removed from the accounts 300000000002',
    );
    expect(outcome).toContain('VMs already running keep running.');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot('buyer-cancel-dialog');
    await dialog().getByRole('button', { name: 'Keep the subscription' }).click();
    await dialog().waitFor({ state: 'hidden' });
    expect(await subscription.getByTestId('subscription-end').textContent()).toBe('');

    await subscription.getByRole('button', { name: 'Cancel the subscription' }).click();
    await dialog().getByRole('button', { name: 'Cancel the subscription' }).click();
    await dialog().waitFor({ state: 'hidden' });
    await subscription
      .getByTestId('subscription-end')
      .filter({ hasText: /^Ended on / })
      .waitFor();
    expect(await subscription.locator('.mk-badge').first().textContent()).toBe('Ended');
    expect(await subscription.getByRole('button', { name: 'Cancel the subscription' }).count()).toBe(0);
    await subscription.getByTestId('sharing-state').and(page.locator('[data-state="revoked"]')).waitFor();
    await expect.poll(() => sees(imageId), { timeout: 30_000 }).toBe(false);
    await screenshot('buyer-cancelled');

    // In French: the ended subscription, and the other one's confirmation.
    await switchLanguage(page, 'Français');
    await subscription
      .getByTestId('subscription-end')
      .filter({ hasText: /^Terminé le / })
      .waitFor();
    expect(await page.locator('main h1').textContent()).toBe('Mes souscriptions');
    expect(await subscription.locator('.mk-badge').first().textContent()).toBe('Terminé');
    await card(runnerId).getByRole('button', { name: 'Résilier la souscription' }).click();
    expect(await dialog().getByRole('heading').textContent()).toBe(
      `Résilier votre souscription à ${RUNNER}\u00a0?`,
    );
    const french = await dialog().getByTestId('cancel-outcome').textContent();
    expect(french).toContain('Elle prend fin immédiatement');
    expect(french).toContain('Les VM déjà lancées continuent de tourner.');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });
    expect(await card(runnerId).locator('.mk-badge').first().textContent()).toBe('Actif');
    await screenshot('buyer-cancelled-fr');
    // Two subscriptions, their sharing and its withdrawal in the simulator, both languages: over a
    // minute when the machine is busy.
  }, 150_000);
});
