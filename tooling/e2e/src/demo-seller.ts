// The demo seller (DEMO_DATA=true) as the selling scenarios use it: its sign-in, and its OUTSCALE account
// in cloudgouv-eu-west-1, which owns the source OMI (packages/outscale/seed/demo.json).
import { OutscaleClient, shareImage } from '@marketplace/outscale';
import type { Page } from 'playwright-core';
import { type RunningMarketplace, simulatorEndpoint } from './marketplace-server.ts';

export const SELLER = { email: 'seller@nimbus-linux.example', password: 'Demo-password-2026!' };
export const NIMBUS_GOUV = {
  accessKey: 'AKSELNIMBUSGOUV00000',
  secretKey: 'SKA17A038F0F47A2C1531E08D58DA155C2F66D3A',
  sourceOmi: 'ami-a1011000',
};
/** The marketplace's distribution account in cloudgouv-eu-west-1. */
export const DISTRIBUTION_ACCOUNT = '100000000001';

export async function signInAsSeller(page: Page, marketplace: RunningMarketplace) {
  await page.goto(`${marketplace.url}/seller/signin`);
  await page.getByLabel('E-mail address', { exact: true }).fill(SELLER.email);
  await page.getByLabel('Password', { exact: true }).fill(SELLER.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(/\/seller\/$/);
  await page.getByTestId('seller-dashboard').waitFor();
}

/** In Cockpit, the seller shares the source OMI with the marketplace's distribution account. */
export async function shareSourceOmiWithTheMarketplace(marketplace: RunningMarketplace) {
  const client = new OutscaleClient({
    region: 'cloudgouv-eu-west-1',
    accessKey: NIMBUS_GOUV.accessKey,
    secretKey: NIMBUS_GOUV.secretKey,
    endpoint: await simulatorEndpoint(marketplace),
  });
  await shareImage(client, NIMBUS_GOUV.sourceOmi, [DISTRIBUTION_ACCOUNT]);
}

/**
 * In the product editor, publishes the product: the confirmation lists what becomes fixed (returned, one
 * item per line), then Publish.
 */
export async function publishFromTheEditor(page: Page) {
  await page.getByRole('button', { name: 'Publish the product', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish this product?' });
  await dialog.waitFor();
  const fixed = await dialog.getByRole('listitem').allTextContents();
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  return fixed;
}
