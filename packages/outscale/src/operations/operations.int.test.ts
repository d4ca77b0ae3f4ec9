import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '../client.ts';
import { OutscaleError, OutscaleOperationError } from '../errors.ts';
import { CALLER_IP_HEADER, CLIENT_CA_HEADER, type Simulator } from '../simulator/server.ts';
import { demoAccounts, demoImages, simulatorClient, startTestSimulator } from '../testing.ts';
import { verifyCredentials } from './account.ts';
import { checkApiAccess } from './api-access.ts';
import { provisionMarketplaceUser } from './eim.ts';
import { copyImage, copyImageName } from './image-copy.ts';
import { readImageOwner } from './image-owner.ts';
import { shareImage } from './image-permissions.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator();
  const seller = simulatorClient(sim, demoAccounts.sellerDebianEuWest2);
  await shareImage(seller, demoImages.debianEuWest2, [demoAccounts.distributionEuWest2]);
});
afterAll(() => sim.close());

const fast = { pollIntervalMs: 2 };

describe('verifyCredentials', () => {
  it('says why keys do not work', async () => {
    const wrong = await verifyCredentials(
      simulatorClient(sim, demoAccounts.buyerEuWest2, { secretKey: 'x'.repeat(40) }),
    );
    expect(wrong).toMatchObject({ ok: false, reason: 'invalid_credentials' });
    const refused = await verifyCredentials(simulatorClient(sim, demoAccounts.restrictedIp));
    expect(refused).toMatchObject({ ok: false, reason: 'api_access_rules' });
    const ok = await verifyCredentials(simulatorClient(sim, demoAccounts.sellerDebianEuWest2));
    expect(ok).toMatchObject({ ok: true, account: { accountId: demoAccounts.sellerDebianEuWest2 } });
  });
});

describe('checkApiAccess', () => {
  it('reports that the rules keep the marketplace out', async () => {
    expect(await checkApiAccess(simulatorClient(sim, demoAccounts.restrictedIp))).toMatchObject({
      reachable: false,
      reason: 'api_access_rules',
    });
  });

  it('reads the rules from an allowed place and explains a CA lock-out', async () => {
    const fromOffice = simulatorClient(sim, demoAccounts.restrictedIp, {
      headers: { [CALLER_IP_HEADER]: '203.0.113.9' },
    });
    expect(await checkApiAccess(fromOffice)).toMatchObject({
      reachable: true,
      allowed: false,
      ipCovered: false,
    });
    const certified = simulatorClient(sim, demoAccounts.caRequired, {
      headers: { [CLIENT_CA_HEADER]: 'ca-5e1f0c3a' },
    });
    expect(await checkApiAccess(certified)).toMatchObject({
      reachable: true,
      allowed: false,
      certificateRequired: true,
    });
    expect(await checkApiAccess(simulatorClient(sim, demoAccounts.buyerGouv))).toMatchObject({
      allowed: true,
    });
  });
});

describe('copyImage after a crash', () => {
  it('finds the copy an interrupted run created instead of copying again', async () => {
    const sent: RequestEvent[] = [];
    const dist = simulatorClient(sim, demoAccounts.distributionEuWest2, { onRequest: (e) => sent.push(e) });
    const { Image } = await dist.call('CreateImage', {
      SourceImageId: demoImages.debianEuWest2,
      SourceRegionName: 'eu-west-2',
      ImageName: copyImageName('crash-1'),
    });
    const resumed = await copyImage(
      dist,
      { sourceImageId: demoImages.debianEuWest2, idempotencyKey: 'crash-1' },
      fast,
    );
    expect(resumed.ImageId).toBe(Image?.ImageId);
    expect(sent.filter((e) => e.action === 'CreateImage')).toHaveLength(1);
  });

  it('reports a failed copy, and a re-run replaces it', async () => {
    const dist = simulatorClient(sim, demoAccounts.distributionEuWest2);
    const input = { sourceImageId: demoImages.debianEuWest2, idempotencyKey: 'fails' };
    sim.faults.add({ action: 'CreateImage', count: 1, failImage: true });
    const error = await copyImage(dist, input, fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutscaleOperationError);
    expect(error).toMatchObject({ code: 'ImageCopyFailed' });
    const [failed] = [...sim.state.images.values()].filter((i) => i.ImageName === copyImageName('fails'));
    const second = await copyImage(dist, input, fast);
    expect(second.State).toBe('available');
    expect(second.ImageId).not.toBe(failed?.ImageId);
    expect(sim.state.images.has(failed?.ImageId ?? '')).toBe(false);
  });

  it('survives throttling on the way', async () => {
    const dist = simulatorClient(sim, demoAccounts.distributionEuWest2);
    sim.faults.add({ action: 'CreateImage', count: 1, status: 429 });
    sim.faults.add({ action: 'ReadImages', count: 2, status: 500 });
    const copy = await copyImage(
      dist,
      { sourceImageId: demoImages.debianEuWest2, idempotencyKey: 'throttled' },
      fast,
    );
    expect(copy.State).toBe('available');
  });

  it('refuses an image the account cannot see', async () => {
    const buyer = simulatorClient(sim, demoAccounts.buyerGouv);
    const error = await copyImage(
      buyer,
      { sourceImageId: demoImages.debianEuWest2, idempotencyKey: 'x' },
      fast,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutscaleError);
    expect((error as OutscaleError).isNotFound()).toBe(true);
  });
});

describe('provisionMarketplaceUser after a crash', () => {
  it('completes a half-done provisioning', async () => {
    const client = simulatorClient(sim, demoAccounts.buyerEuWest2);
    await client.call('CreateUserGroup', { UserGroupName: 'marketplace_half' });
    await client.call('CreateUser', { UserName: 'marketplace_half_user' });
    const done = await provisionMarketplaceUser(client, {
      userName: 'marketplace_half_user',
      groupName: 'marketplace_half',
      policyName: 'marketplace_half_policy',
      policyDocument: { Statement: [{ Effect: 'Allow', Action: ['api:ReadImages'], Resource: ['*'] }] },
    });
    expect(done.policyOrn).toMatch(/^orn:ows:idauth::\d{12}:policy\/marketplace_half_policy$/);
    const { Users } = await client.call('ReadUserGroup', { UserGroupName: 'marketplace_half' });
    expect(Users?.map((u) => u.UserName)).toEqual(['marketplace_half_user']);
  });

  it('refuses names outside the marketplace_ prefix', async () => {
    const client = simulatorClient(sim, demoAccounts.buyerEuWest2);
    await expect(
      provisionMarketplaceUser(client, {
        userName: 'bob',
        groupName: 'g',
        policyName: 'p',
        policyDocument: '{}',
      }),
    ).rejects.toThrow(/marketplace_/);
  });
});

describe('readImageOwner', () => {
  it('names the owner of an image the caller sees, its own or shared with it, and nothing else', async () => {
    const seller = simulatorClient(sim, demoAccounts.sellerDebianEuWest2);
    const distribution = simulatorClient(sim, demoAccounts.distributionEuWest2);
    const other = simulatorClient(sim, demoAccounts.sellerUbuntuEuWest2);
    const own = { ownerId: demoAccounts.sellerDebianEuWest2, state: 'available' };
    expect(await readImageOwner(seller, demoImages.debianEuWest2)).toEqual(own);
    // Shared with it (beforeAll): the distribution account sees it, and whose it is.
    expect(await readImageOwner(distribution, demoImages.debianEuWest2)).toEqual(own);
    expect(await readImageOwner(other, demoImages.debianEuWest2)).toBeUndefined();
    expect(await readImageOwner(seller, 'ami-00000000')).toBeUndefined();
  });
});
