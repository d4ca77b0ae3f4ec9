import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutscaleClient, RequestEvent } from '../client.ts';
import type { Image } from '../generated/api.gen.ts';
import { verifyCredentials } from '../operations/account.ts';
import { checkApiAccess } from '../operations/api-access.ts';
import {
  deprovisionMarketplaceUser,
  provisionMarketplaceUser,
  removeMarketplaceGroup,
} from '../operations/eim.ts';
import { type CopyProgress, copyImage } from '../operations/image-copy.ts';
import { setImageVisibility, shareImage, unshareImage } from '../operations/image-permissions.ts';
import { deleteProductCode, ensureProductCode } from '../operations/product-codes.ts';
import { collect, firstItemPages, items } from '../paginate.ts';
import { officialRequestValidator } from './official-validator.ts';

/** Where the contract suite runs: the simulator, or a real OUTSCALE account. */
export interface ContractTarget {
  label: string;
  /** The account acting as the marketplace's distribution account. */
  client: OutscaleClient;
  /** An image visible to that account (its own, shared with it, or public). */
  sourceImageId: string;
  /** Another account that sees what is shared with it or made public; only where we hold its keys. */
  viewer?: OutscaleClient;
  /** Accounts to share with (the simulator uses 1,000 to exercise batching); empty unless canShare. */
  shareAccountIds: string[];
  pollIntervalMs: number;
  /** Makes names unique per run, so runs on a real account do not collide. */
  runId: string;
  /** Every request the clients sent, filled by their onRequest hooks. */
  sent: RequestEvent[];
  close(): Promise<void>;
}

const updateImageCalls = (sent: RequestEvent[]) => sent.filter((e) => e.action === 'UpdateImage').length;

async function visibleTo(client: OutscaleClient, imageId: string): Promise<boolean> {
  const { Images } = await client.call('ReadImages', { Filters: { ImageIds: [imageId] } });
  return (Images ?? []).length > 0;
}

/** The same tests for both targets; tests that need a second account's keys exist only when it is there. */
export function defineContractSuite(
  name: string,
  setup: () => Promise<ContractTarget>,
  options: { testTimeoutMs: number; canShare: boolean },
): void {
  const { testTimeoutMs } = options;
  describe(`contract: ${name}`, () => {
    let t: ContractTarget;
    let productCode = '';
    let copy: Image | undefined;
    const copyId = () => copy?.ImageId ?? '';
    const names = () => ({
      userName: `marketplace_user_${t.runId}`,
      groupName: `marketplace_group_${t.runId}`,
      policyName: `marketplace_policy_${t.runId}`,
    });

    beforeAll(async () => {
      t = await setup();
    }, testTimeoutMs);

    afterAll(async () => {
      if (!t) return;
      if (copy?.ImageId) await t.client.call('DeleteImage', { ImageId: copy.ImageId }).catch(() => undefined);
      if (productCode) await deleteProductCode(t.client, productCode, { force: true }).catch(() => undefined);
      await t.close();
    }, testTimeoutMs);

    it('verifies the credentials and reads the account', async () => {
      const check = await verifyCredentials(t.client);
      expect(check.ok).toBe(true);
      if (check.ok) {
        expect(check.account.accountId).toMatch(/^\d{12}$/);
        expect(check.account.email).toContain('@');
      }
    });

    it('creates a product code once, however often it is asked', async () => {
      const input = {
        description: `OUTSCALE Marketplace contract ${t.runId}`,
        vendor: 'OUTSCALE Marketplace',
      };
      productCode = await ensureProductCode(t.client, input);
      expect(productCode).toMatch(/^pty-/);
      expect(await ensureProductCode(t.client, input)).toBe(productCode);
      expect(t.sent.filter((e) => e.action === 'CreateProductType')).toHaveLength(1);
    });

    it(
      'copies an image with the product code and waits until available, and a re-run finds the same copy',
      async () => {
        const progress: CopyProgress[] = [];
        const input = {
          sourceImageId: t.sourceImageId,
          idempotencyKey: `contract-${t.runId}`,
          productCodes: [productCode],
        };
        copy = await copyImage(t.client, input, {
          pollIntervalMs: t.pollIntervalMs,
          onProgress: (p) => progress.push(p),
        });
        expect(copy).toMatchObject({
          State: 'available',
          ProductCodes: expect.arrayContaining([productCode]),
        });
        expect(progress.at(-1)).toMatchObject({ imageId: copyId(), state: 'available' });
        const creates = t.sent.filter((e) => e.action === 'CreateImage').length;
        const again = await copyImage(t.client, input, { pollIntervalMs: t.pollIntervalMs });
        expect(again.ImageId).toBe(copyId());
        expect(t.sent.filter((e) => e.action === 'CreateImage').length).toBe(creates);
      },
      testTimeoutMs,
    );

    it('makes the image public, then private again', async () => {
      const open = await setImageVisibility(t.client, copyId(), 'public');
      expect(open.PermissionsToLaunch?.GlobalPermission).toBe(true);
      if (t.viewer) expect(await visibleTo(t.viewer, copyId())).toBe(true);
      const closed = await setImageVisibility(t.client, copyId(), 'private');
      expect(closed.PermissionsToLaunch?.GlobalPermission).toBe(false);
      if (t.viewer) expect(await visibleTo(t.viewer, copyId())).toBe(false);
    });

    const sharing = options.canShare ? it : undefined;
    sharing?.('shares with accounts in batches, skips those already shared, and unshares', async () => {
      const batchSize = 100;
      const batches = Math.ceil(t.shareAccountIds.length / batchSize);
      const before = updateImageCalls(t.sent);
      const shared = await shareImage(t.client, copyId(), t.shareAccountIds, { batchSize });
      expect(shared).toEqual({ changed: t.shareAccountIds, updateCalls: batches });
      expect(updateImageCalls(t.sent) - before).toBe(batches);
      if (t.viewer) expect(await visibleTo(t.viewer, copyId())).toBe(true);
      expect((await shareImage(t.client, copyId(), t.shareAccountIds, { batchSize })).updateCalls).toBe(0);
      const unshared = await unshareImage(t.client, copyId(), t.shareAccountIds, { batchSize });
      expect(unshared.updateCalls).toBe(batches);
      if (t.viewer) expect(await visibleTo(t.viewer, copyId())).toBe(false);
    });

    it('provisions an EIM user in a marketplace_ group with its policy, idempotently', async () => {
      const input = {
        ...names(),
        email: `contract-${t.runId}@marketplace.example`,
        policyDocument: { Statement: [{ Effect: 'Allow', Action: ['api:ReadImages'], Resource: ['*'] }] },
      };
      const first = await provisionMarketplaceUser(t.client, input);
      const second = await provisionMarketplaceUser(t.client, input);
      expect(second.user.UserId).toBe(first.user.UserId);
      expect(second.policyOrn).toBe(first.policyOrn);
      const { Users } = await t.client.call('ReadUserGroup', { UserGroupName: input.groupName });
      expect(Users?.map((u) => u.UserName)).toEqual([input.userName]);
      await t.client.call('CreateAccessKey', { UserName: input.userName });
    });

    it('deprovisions the EIM user completely, then its group and policy', async () => {
      const { userName, groupName, policyName } = names();
      expect(await deprovisionMarketplaceUser(t.client, userName)).toBe(true);
      expect(await deprovisionMarketplaceUser(t.client, userName)).toBe(false);
      const users = await collect(
        items(
          firstItemPages(t.client, 'ReadUsers', {}, (p) => p.Users?.length ?? 0),
          (p) => p.Users,
        ),
      );
      expect(users.map((u) => u.UserName)).not.toContain(userName);
      expect(await removeMarketplaceGroup(t.client, { groupName, policyName })).toBe(true);
      const { UserGroups } = await t.client.call('ReadUserGroups', {});
      expect(UserGroups?.map((g) => g.Name)).not.toContain(groupName);
    });

    it('reads the API access rules and judges them for the marketplace address', async () => {
      const check = await checkApiAccess(t.client);
      expect(check.reachable).toBe(true);
      if (check.reachable) {
        expect(check.rules.length).toBeGreaterThan(0);
        expect(typeof check.allowed).toBe('boolean');
      }
    });

    it('deletes its copy and its product code', async () => {
      await t.client.call('DeleteImage', { ImageId: copyId() });
      expect(await visibleTo(t.client, copyId())).toBe(false);
      copy = undefined;
      await deleteProductCode(t.client, productCode, { force: true });
      const { ProductTypes } = await t.client.call('ReadProductTypes', {
        Filters: { ProductTypeIds: [productCode] },
      });
      expect(ProductTypes ?? []).toEqual([]);
      productCode = '';
    });

    it('sent only requests that the official OpenAPI schemas accept', () => {
      const validator = officialRequestValidator();
      const invalid = t.sent
        .map((e) => ({ action: e.action, problem: validator.validate(e.action, e.body) }))
        .filter((r) => r.problem);
      console.log(`[${t.label}] ${t.sent.length} requests checked against ${validator.source}`);
      expect(t.sent.length).toBeGreaterThan(20);
      expect(invalid).toEqual([]);
    });
  });
}
