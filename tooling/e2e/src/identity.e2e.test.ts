// Organizations, accounts and sign-in, as the people of an organization go through them in both
// portals, against the marketplace started as `pnpm start` runs it (OUTSCALE simulator, dev inbox).
import { join } from 'node:path';
import { totpCode, totpKeyFromManualEntry } from '@marketplace/auth';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { switchLanguage } from './browser.ts';
import { chooseOption } from './choices.ts';
import { linkIn, waitForMail } from './mailbox.ts';
import type { RunningMarketplace } from './marketplace-server.ts';
import { ARTIFACTS, browserSession } from './session.ts';

const DESKTOP = { width: 1280, height: 860 };
const PHONE = { width: 375, height: 812 };

// The simulator's demo OUTSCALE accounts (packages/outscale/seed/demo.json) that the demo data
// (DEMO_DATA=true) leaves free: the demo organizations use Nimbus, Acme (cloudgouv) and Ubuntu Works.
const FORGE = {
  email: 'admin+gouv@forge-appliances.example',
  accessKey: 'AKSELFORGEGOUV000000',
  secretKey: 'SKD0BA0BB71E9797742FC1CB874BA8C205867D4F',
};
const MINISTRY = {
  accountId: '300000000003',
  email: 'dsi@ministere-exemple.example',
  accessKey: 'AKBUYMINGOUV00000000',
  secretKey: 'SKCA467C9EEC8F99297EB79DA9EE91FAA2CD7925',
};
const ACME_PARIS = {
  accountId: '300000000001',
  accessKey: 'AKBUYACMEEUW20000000',
  secretKey: 'SK3CD408D83E99A7A28496E0483C8DC06174C618',
};
const RESTRICTED = {
  accessKey: 'AKSELRESTRICTED00000',
  secretKey: 'SKA8705CEA555767ABB3CF5A137DFB0E257B711E',
};
const PASSWORD = 'Correct-Horse-Battery-9';
const NEW_PASSWORD = 'Another-Stable-Horse-7';
// Demo sign-ins loaded by DEMO_DATA=true (apps/api/src/demo/demo-data.ts).
const DEMO_PASSWORD = 'Demo-password-2026!';
const OPERATOR = 'operator@marketplace.example';
const UBUNTU_ADMIN = 'admin@ubuntu-works.example';

// The demo data brings a platform operator (who cannot be created from a browser) and a pending
// organization to reject.
const session = browserSession({ demoData: true, viewport: DESKTOP });
let marketplace: RunningMarketplace;
let page: Page;

beforeEach(() => {
  marketplace = session.marketplace;
  page = session.page;
});

// --- What a person sees and does ---------------------------------------------------------------

const open = (path: string) => page.goto(`${marketplace.url}${path}`);
const mainHeading = () => page.locator('main h1');
const main = () => page.getByRole('main');
const field = (label: string) => page.getByLabel(label, { exact: true });
const button = (name: string) => page.getByRole('button', { name, exact: true });
const pageLanguage = () => page.evaluate(() => document.documentElement.lang);

async function screenshot(name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

async function hasNoHorizontalScroll() {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

async function chooseLanguage(label: 'English' | 'Français') {
  await switchLanguage(page, label);
}

async function signUp(
  portal: '/' | '/seller/',
  keys: { accessKey: string; secretKey: string },
  name: string,
  region = 'cloudgouv-eu-west-1',
) {
  await open(`${portal}signup`);
  await field('Organization name').fill(name);
  await chooseOption(page, 'Region', region);
  await field('Access key').fill(keys.accessKey);
  await field('Secret key').fill(keys.secretKey);
  await page.getByLabel('I accept the general terms of use of OUTSCALE Marketplace.').check();
  await button('Create the organization').click();
}

/** Opens the set-password link e-mailed to `address` and chooses the password. */
async function setPasswordFromMail(address: string, path: string) {
  const mail = await waitForMail(marketplace.url, address, path);
  const link = linkIn(mail, path);
  await page.goto(link);
  await field('New password').fill(PASSWORD);
  await field('Confirm the new password').fill(PASSWORD);
  await button('Save the password').click();
  await page.getByTestId('password-set').waitFor();
  return link;
}

async function signIn(email: string, password = PASSWORD) {
  await field('E-mail address').fill(email);
  await field('Password').fill(password);
  await button('Sign in').click();
}

async function signOut() {
  await page.getByRole('button', { name: /Account menu|Menu du compte/ }).click();
  await page.getByRole('menuitem', { name: /Sign out|Se déconnecter/ }).click();
  await page.getByTestId('account-menu').waitFor({ state: 'detached' });
}

async function openAccountMenuItem(name: string) {
  await page.getByRole('button', { name: /Account menu|Menu du compte/ }).click();
  await page.getByRole('menu').getByRole('menuitem', { name, exact: true }).click();
}

// --- Scenarios ---------------------------------------------------------------------------------

describe('a seller organization', () => {
  it('signs up in the seller portal, sets its password from the e-mail, signs in and waits for validation', async () => {
    await open('/seller/signup');
    expect(await mainHeading().textContent()).toBe('Create your organization');
    // The seller portal proposes a seller organization; the form says where the keys come from.
    expect(await page.getByLabel('Seller partner').isChecked()).toBe(true);
    expect(await page.getByLabel('Buyer').isChecked()).toBe(false);
    expect(await page.getByTestId('keys-help').textContent()).toContain('148.253.98.37/32');
    expect(await page.getByTestId('keys-help').textContent()).toContain('Cockpit');

    // Sent empty: every missing part is pointed out, starting with the name.
    await button('Create the organization').click();
    expect(await page.getByText('Enter the organization’s name (2 to 200 characters).').isVisible()).toBe(
      true,
    );
    expect(
      await page.getByText('Accept the general terms of use to create the organization.').isVisible(),
    ).toBe(true);
    expect(await field('Organization name').evaluate((input) => input === document.activeElement)).toBe(true);

    await signUp('/seller/', FORGE, 'Forge Appliances');
    await page.getByTestId('signup-done').waitFor();
    expect(await page.getByTestId('signup-done').textContent()).toContain('Check your mailbox');
    await screenshot('identity-signup-done');

    // The link in the e-mail opens the set-password page; the rules follow the typing.
    const mail = await waitForMail(marketplace.url, FORGE.email, '/seller/set-password');
    await page.goto(linkIn(mail, '/seller/set-password'));
    expect(await mainHeading().textContent()).toBe('Set your password');
    await field('New password').fill('short');
    const rules = page.getByTestId('password-rules');
    expect(await rules.locator('[data-rule="length"]').getAttribute('data-met')).toBe('false');
    expect(await rules.locator('[data-rule="lower"]').getAttribute('data-met')).toBe('true');
    expect(await rules.locator('[data-rule="length"]').textContent()).toContain('✗');
    await field('New password').fill(PASSWORD);
    expect(await rules.locator('[data-met="true"]').count()).toBe(5);
    expect(await rules.textContent()).not.toContain('✗');
    await field('Confirm the new password').fill(PASSWORD);
    await screenshot('identity-set-password');
    await button('Save the password').click();
    await page.getByTestId('password-set').waitFor();

    await page.getByRole('link', { name: 'Sign in', exact: true }).last().click();
    await page.waitForURL(/\/seller\/signin$/);
    await signIn(FORGE.email);

    // Home of the seller portal, signed in, with the organization waiting for validation.
    await page.waitForURL(/\/seller\/$/);
    await page.getByTestId('seller-workspace').waitFor();
    expect(await mainHeading().textContent()).toContain('Welcome');
    const banner = page.getByTestId('organization-banner');
    expect(await banner.getAttribute('data-state')).toBe('pending_validation');
    expect(await banner.textContent()).toContain('you can prepare, but not publish or subscribe yet');
    await page.getByRole('button', { name: /Account menu/ }).click();
    expect(await page.getByTestId('account-menu-panel').textContent()).toContain(FORGE.email);
    await page.keyboard.press('Escape');
    await screenshot('identity-seller-home');

    // In French, the same pages speak French.
    await chooseLanguage('Français');
    await expect.poll(pageLanguage).toBe('fr');
    expect(await mainHeading().textContent()).toContain('Bienvenue');
    expect(await banner.textContent()).toContain(
      'vous pouvez tout préparer, mais pas encore publier ni souscrire',
    );
    await openAccountMenuItem('Organisation');
    await page.waitForURL(/\/seller\/organization$/);
    expect(await mainHeading().textContent()).toBe('Organisation');
    expect(await page.getByTestId('organization-state').textContent()).toBe('En attente de validation');
    await screenshot('identity-organization-fr');
  });

  it('cannot use a set-password link twice, and is offered a new one', async () => {
    const mail = await waitForMail(marketplace.url, FORGE.email, '/seller/set-password');
    await page.goto(linkIn(mail, '/seller/set-password'));
    await field('New password').fill(PASSWORD);
    await field('Confirm the new password').fill(PASSWORD);
    await button('Save the password').click();

    const problem = page.getByTestId('form-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('This link has expired or was already used');
    expect(await page.getByTestId('ask-new-link').getByRole('link').getAttribute('href')).toBe(
      '/seller/forgot-password',
    );
  });

  it('is told precisely what to change when the API access rules refuse the marketplace', async () => {
    await signUp('/seller/', RESTRICTED, 'Restricted Corp', 'eu-west-2');
    const problem = page.getByTestId('signup-problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-code')).toBe('PRECONDITION_FAILED');
    expect(await problem.textContent()).toContain('148.253.98.37/32');
  });

  it('does not let a person who is not an operator open the operator page', async () => {
    await open('/seller/signin');
    await signIn(FORGE.email);
    await page.getByTestId('seller-workspace').waitFor();
    // The menu does not offer it…
    await page.getByRole('button', { name: /Account menu/ }).click();
    expect(
      await page
        .getByTestId('account-menu')
        .getByRole('link', { name: /Operator/ })
        .count(),
    ).toBe(0);

    // …and the address says no, in the person's language.
    await open('/seller/operator');
    await page.getByTestId('not-allowed').waitFor();
    expect(await mainHeading().textContent()).toBe('You cannot open this page');
    await chooseLanguage('Français');
    expect(await mainHeading().textContent()).toBe('Vous ne pouvez pas ouvrir cette page');
  });
});

describe('the platform operator', () => {
  it('validates one organization and rejects another with a reason, and their people see it', async () => {
    await open('/seller/signin');
    await signIn(OPERATOR, DEMO_PASSWORD);
    await page.getByTestId('seller-workspace').waitFor();
    await openAccountMenuItem('Operator: organizations');
    await page.waitForURL(/\/seller\/operator$/);
    expect(await mainHeading().textContent()).toBe('Organizations to validate');

    const pending = page.getByTestId('operator-organization');
    const forge = pending.filter({ hasText: 'Forge Appliances' });
    const ubuntu = pending.filter({ hasText: 'Ubuntu Works SARL' });
    await forge.waitFor();
    await screenshot('identity-operator');
    await forge.getByRole('button', { name: 'Validate' }).click();
    await forge.waitFor({ state: 'detached' });

    // A rejection needs a reason, which goes to the organization.
    await ubuntu.getByRole('button', { name: 'Reject' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Reject' }).click();
    expect(await dialog.textContent()).toContain('Give a reason of 5 to 2,000 characters.');
    await screenshot('identity-operator-reject');
    await dialog.getByLabel('Reason').fill('We could not verify the company registration number.');
    await dialog.getByRole('button', { name: 'Reject' }).click();
    await ubuntu.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'All', exact: true }).click();
    await pending.filter({ hasText: 'Ubuntu Works SARL' }).filter({ hasText: 'Rejected' }).waitFor();
    await signOut();

    // The validated organization's admin no longer sees the banner…
    await open('/seller/signin');
    await signIn(FORGE.email);
    await page.getByTestId('seller-workspace').waitFor();
    expect(await page.getByTestId('organization-banner').count()).toBe(0);
    await signOut();

    // …and the rejected one's admin reads why.
    await open('/seller/signin');
    await signIn(UBUNTU_ADMIN, DEMO_PASSWORD);
    const banner = page.getByTestId('organization-banner');
    await banner.waitFor();
    expect(await banner.getAttribute('data-state')).toBe('rejected');
    expect(await banner.textContent()).toContain('We could not verify the company registration number.');
  });
});

describe('a buyer organization’s administrator', () => {
  it('adds an account and sees its EIM user provisioned, links another OUTSCALE account, and the new account signs in', async () => {
    await signUp('/', MINISTRY, 'Ministère Exemple');
    await page.getByTestId('signup-done').waitFor();
    await setPasswordFromMail(MINISTRY.email, '/set-password');
    await page.getByRole('link', { name: 'Sign in', exact: true }).last().click();
    await signIn(MINISTRY.email);
    await page.waitForURL(`${marketplace.url}/`);
    await page.getByTestId('account-menu').waitFor();

    await openAccountMenuItem('Accounts');
    await page.waitForURL(/\/accounts$/);
    expect(await main().textContent()).toContain('marketplace_');

    const create = page.getByTestId('create-account');
    await create.getByLabel('First name').fill('Jeanne');
    await create.getByLabel('Last name').fill('Dupont');
    await create.getByLabel('E-mail address').fill('jeanne@ministere-exemple.example');
    await create.getByRole('button', { name: 'Add the account' }).click();

    const row = page.locator('tr[data-email="jeanne@ministere-exemple.example"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('Jeanne Dupont');
    expect(await row.textContent()).toContain('Invitation sent');
    // The EIM user is made by a job; the list follows it until it is there.
    await row.locator('[data-testid="eim-state"][data-state="provisioned"]').waitFor({ timeout: 30_000 });
    expect(await row.getByTestId('eim-state').textContent()).toBe('Provisioned');
    await waitForMail(marketplace.url, 'jeanne@ministere-exemple.example', '/set-password');

    // The last administrator cannot delete themself: the page says why.
    const myRow = page.locator(`tr[data-email="${MINISTRY.email}"]`);
    await myRow.getByRole('button', { name: /^Delete/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByTestId('accounts-problem').waitFor();
    expect(await page.getByTestId('accounts-problem').getAttribute('data-code')).toBe('PRECONDITION_FAILED');

    // Jeanne becomes an administrator too.
    await row.getByRole('button', { name: 'Edit Jeanne Dupont' }).click();
    const edit = page.getByTestId('edit-account');
    await edit.getByLabel('Administrator').check();
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'detached' });
    await expect.poll(() => row.textContent()).toContain('Administrator, User');
    await screenshot('identity-accounts');

    await openAccountMenuItem('OUTSCALE accounts');
    await page.waitForURL(/\/outscale-accounts$/);
    expect(await page.getByTestId('home-account').textContent()).toContain(MINISTRY.accountId);
    const link = page.getByTestId('link-account');
    await link.getByLabel('Label').fill('Acme Paris');
    await chooseOption(link, 'Region', 'eu-west-2');
    await link.getByLabel('Access key').fill(ACME_PARIS.accessKey);
    await link.getByLabel('Secret key').fill(ACME_PARIS.secretKey);
    await link.getByRole('button', { name: 'Link the account' }).click();
    await page.getByTestId('linked-table').waitFor();
    expect(await page.getByTestId('linked-table').textContent()).toContain('Acme Paris');
    expect(await page.getByTestId('linked-table').textContent()).toContain(ACME_PARIS.accountId);
    await screenshot('identity-outscale-accounts');

    // On a phone, the lists become one card per row, without sideways scrolling.
    await page.setViewportSize(PHONE);
    // On a phone the account's pages are in the Menu dialog with the header's links.
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByTestId('phone-nav').getByRole('link', { name: 'Accounts', exact: true }).click();
    await page.getByTestId('accounts-table').waitFor();
    expect(await hasNoHorizontalScroll()).toBe(true);
    await screenshot('identity-accounts-phone');

    // Jeanne, the second account, sets her password from her e-mail and signs in.
    await page.setViewportSize(DESKTOP);
    await signOut();
    await setPasswordFromMail('jeanne@ministere-exemple.example', '/set-password');
    await page.getByRole('link', { name: 'Sign in', exact: true }).last().click();
    await signIn('jeanne@ministere-exemple.example');
    await page.waitForURL(`${marketplace.url}/`);
    await page.getByTestId('account-menu').waitFor();
    await openAccountMenuItem('Accounts');
    await page.locator(`tr[data-email="${MINISTRY.email}"]`).waitFor();
  });

  it('turns on two-factor authentication, then signs in with a code', async () => {
    await open('/signin');
    await signIn(MINISTRY.email);
    await page.getByTestId('account-menu').waitFor();
    await openAccountMenuItem('Profile');
    await page.waitForURL(/\/profile$/);

    await button('Set up two-factor authentication').click();
    await page.getByTestId('totp-setup').waitFor();
    expect(await page.getByRole('img', { name: /QR code/ }).getAttribute('src')).toMatch(
      /^data:image\/svg\+xml/,
    );
    await page.getByText('Unable to scan?', { exact: true }).click();
    const key = totpKeyFromManualEntry((await page.getByTestId('totp-secret').textContent()) ?? '');
    await screenshot('identity-totp-setup');
    const now = Date.now();
    await field('Authentication code').fill(totpCode(key, new Date(now)));
    await button('Turn on two-factor authentication').click();
    await page.locator('[data-testid="totp-state"][data-enabled="true"]').waitFor();

    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in', exact: true }).first().waitFor();

    await open('/signin');
    await signIn(MINISTRY.email);
    const code = field('Authentication code');
    await code.waitFor();
    expect(await code.getAttribute('inputmode')).toBe('numeric');
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Two-factor authentication');
    // The code of the next period: the one used to turn it on cannot be used again.
    await code.fill(totpCode(key, new Date(now + 30_000)));
    await button('Verify and sign in').click();
    await page.getByTestId('account-menu').waitFor();
    expect(page.url()).toBe(`${marketplace.url}/`);

    // A new password, told that the other sessions end.
    await openAccountMenuItem('Profile');
    const change = page.getByTestId('change-password');
    expect(await change.textContent()).toContain('signs you out on every other device');
    await change.getByLabel('Current password').fill(PASSWORD);
    await change.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await change.getByLabel('Confirm the new password').fill(NEW_PASSWORD);
    await change.getByRole('button', { name: 'Change the password' }).click();
    await page.getByTestId('password-changed').waitFor();
  });

  it('resets a forgotten password from the e-mailed link', async () => {
    await open('/signin');
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.waitForURL(/\/forgot-password$/);
    await field('E-mail address').fill('jeanne@ministere-exemple.example');
    await button('Send the link').click();
    await page.getByTestId('reset-requested').waitFor();
    expect(await page.getByTestId('reset-requested').textContent()).toContain('valid for 5 minutes');

    const mail = await waitForMail(marketplace.url, 'jeanne@ministere-exemple.example', '/reset-password');
    await page.goto(linkIn(mail, '/reset-password'));
    expect(await mainHeading().textContent()).toBe('Choose a new password');
    await field('New password').fill(PASSWORD);
    await field('Confirm the new password').fill(PASSWORD);
    await button('Save the password').click();
    await page.getByTestId('password-set').waitFor();
  });
});

describe('any visitor', () => {
  it('sees a translated "page not found" in both portals, and the sign-in page for private pages', async () => {
    await open('/nowhere');
    await page.getByTestId('not-found').waitFor();
    expect(await mainHeading().textContent()).toBe('Page not found');
    await open('/seller/nowhere');
    await page.getByTestId('not-found').waitFor();
    await chooseLanguage('Français');
    expect(await mainHeading().textContent()).toBe('Page introuvable');

    await open('/seller/accounts');
    await page.waitForURL(/\/seller\/signin\?next=%2Faccounts$/);
  });

  it('fits a phone screen on the sign-up page', async () => {
    await page.setViewportSize(PHONE);
    await open('/signup');
    await mainHeading().waitFor();
    expect(await hasNoHorizontalScroll()).toBe(true);
    await screenshot('identity-signup-phone');
  });
});
