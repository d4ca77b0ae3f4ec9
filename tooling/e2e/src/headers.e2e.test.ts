// The pages under the marketplace's security headers (apps/api/src/http/security-headers.ts): a person
// browses the catalog and a product, a seller signs in and sets up two-factor (a QR code as a data: image),
// a buyer resets a forgotten password from the dev inbox; no page breaks a rule of its Content-Security-
// Policy, each carries the headers, and a script injected into a page does not run.
import type { Page, Response } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './accessibility.ts';
import { signInAsSeller } from './demo-seller.ts';
import { linkIn, waitForMail } from './mailbox.ts';
import type { RunningMarketplace } from './marketplace-server.ts';
import { browserSession } from './session.ts';

const DESKTOP = { width: 1280, height: 860 };
const BUYER = 'buyer@acme-industries.example';
const NEW_PASSWORD = 'Fresh-password-2027!';

const session = browserSession({ demoData: true, viewport: DESKTOP });
let marketplace: RunningMarketplace;
let page: Page;
/** What the browser refused, as reported by `securitypolicyviolation` events and its console. */
let refused: string[];

beforeEach(async () => {
  marketplace = session.marketplace;
  page = session.page;
  refused = [];
  // Reported from each document, before its own scripts run (the binding is not a script of the page).
  await page.exposeBinding('reportRefusal', (_source, what: string) => {
    refused.push(what);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportRefusal(what: string): void }).reportRefusal;
      report(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'} in ${event.documentURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') refused.push(message.text());
  });
});

const mainHeading = () => page.locator('main h1');
const field = (label: string) => page.getByLabel(label, { exact: true });
const button = (name: string) => page.getByRole('button', { name, exact: true });

async function open(path: string): Promise<Response> {
  const response = await page.goto(`${marketplace.url}${path}`);
  if (!response) throw new Error(`no answer for ${path}`);
  return response;
}

/** The headers every page must carry, whatever it shows. */
function expectSecurityHeaders(response: Response) {
  const headers = response.headers();
  const policy = headers['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain("'unsafe-inline'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
}

/** The demo catalog is published by jobs at start: the catalog fills in once they are done. */
async function openCatalogWhenPublished() {
  await expect
    .poll(
      async () => {
        await open('/catalog');
        await page.getByTestId('result-count').filter({ hasText: /\d/ }).waitFor();
        return page.getByTestId('product-card').count();
      },
      { timeout: 60_000, interval: 1000 },
    )
    .toBeGreaterThan(0);
}

describe('the pages under their Content-Security-Policy', () => {
  it('shows the catalog and a product page with nothing refused', async () => {
    expectSecurityHeaders(await open('/'));
    await mainHeading().waitFor();
    await page.locator('[data-testid="health-status"][data-state="operational"]').waitFor();

    await openCatalogWhenPublished();
    // The accessibility check the other scenarios run still works under the policy.
    expect(await accessibilityViolations(page)).toEqual([]);
    const first = page.getByTestId('product-card').first().getByRole('link').first();
    const name = await first.textContent();
    await first.click();
    await page.waitForURL(/\/products\/[0-9a-f-]{36}$/);
    expect(await mainHeading().textContent()).toBe(name);
    expectSecurityHeaders(await page.reload().then((r) => r ?? Promise.reject(new Error('no answer'))));
    await mainHeading().waitFor();

    expect(refused).toEqual([]);
  });

  it('does not run a script injected into a page, and says so', async () => {
    await open('/');
    await mainHeading().waitFor();
    // What markup slipped into a page by an attacker would do: an inline script and an inline handler.
    const ran = await page.evaluate(async () => {
      const flags = window as unknown as { injected?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      const image = document.createElement('img');
      image.setAttribute('onerror', 'window.injected = true');
      image.src = 'data:,not-an-image';
      document.body.append(image);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return flags.injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => refused.filter((r) => r.includes('script-src')).length).toBeGreaterThanOrEqual(2);
  });

  it('lets a seller sign in and set up two-factor, the QR code shown as an image', async () => {
    expectSecurityHeaders(await open('/seller/signin'));
    await signInAsSeller(page, marketplace);

    await open('/seller/profile');
    await button('Set up two-factor authentication').click();
    const qr = page.getByRole('img', { name: 'QR code to add OUTSCALE Marketplace to an authenticator app' });
    await qr.waitFor();
    await expect.poll(() => qr.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);

    expect(refused).toEqual([]);
  });

  it('lets a buyer reset a forgotten password from the dev inbox, the token kept to the page', async () => {
    await open('/forgot-password');
    await field('E-mail address').fill(BUYER);
    await button('Send the link').click();
    await page.getByTestId('reset-requested').waitFor();
    const mail = await waitForMail(marketplace.url, BUYER, '/reset-password');

    // The dev inbox, as a developer reads it: the list, then the message with its HTML in a frame.
    const inbox = await open('/_dev/mail');
    expect(inbox.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(inbox.headers()['content-security-policy']).not.toContain('script-src');
    await page.getByRole('link', { name: mail.subject }).first().click();
    await page.waitForURL(/\/_dev\/mail\/[\w-]+$/);
    const letter = page.frameLocator('iframe');
    await letter.getByRole('link', { name: 'Choose a new password' }).first().waitFor();

    const reset = await open(linkIn(mail, '/reset-password').replace(marketplace.url, ''));
    expectSecurityHeaders(reset);
    expect(await mainHeading().textContent()).toBe('Choose a new password');
    await field('New password').fill(NEW_PASSWORD);
    await field('Confirm the new password').fill(NEW_PASSWORD);
    await button('Save the password').click();
    await page.getByTestId('password-set').waitFor();

    expect(refused).toEqual([]);
  });
});
