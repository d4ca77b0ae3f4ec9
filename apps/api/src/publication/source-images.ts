// Whose a source OMI is, asked of OUTSCALE with the seller organization's own keys (its home account
// and its linked accounts of the region), and whether the marketplace's distribution account sees it.
// The decision is the domain's (judgeSourceImage); this file only gathers the facts.
import { decryptSecret } from '@marketplace/auth';
import { type EntityManager, LinkedOutscaleAccount, Organization } from '@marketplace/db';
import { judgeSourceImage, type Region, type SeenImage, type SourceImageVerdict } from '@marketplace/domain';
import { OutscaleError, readImageOwner } from '@marketplace/outscale';
import type { Cloud } from '../cloud.ts';

export type SourceCheckDeps = { cloud: Cloud; secretKey: Buffer };

/** One of the organization's OUTSCALE accounts, with its keys as stored (secret encrypted). */
export type SellerAccount = { accountId: string; accessKey: string; secretKeyEncrypted: string };

/** The organization's OUTSCALE accounts in a region: the home account if it lives there, the linked ones. */
export async function sellerAccounts(
  em: EntityManager,
  organizationId: string,
  region: Region,
): Promise<SellerAccount[]> {
  const home = await em.findOneOrFail(
    Organization,
    { id: organizationId },
    { populate: ['secretKeyEncrypted'] },
  );
  const linked = await em.find(
    LinkedOutscaleAccount,
    { organization: organizationId, region },
    { populate: ['secretKeyEncrypted'], orderBy: { createdAt: 'asc' } },
  );
  return [
    ...(home.region === region
      ? [
          {
            accountId: home.outscaleAccountId,
            accessKey: home.accessKey,
            secretKeyEncrypted: home.secretKeyEncrypted,
          },
        ]
      : []),
    ...linked.map((l) => ({
      accountId: l.accountId,
      accessKey: l.accessKey,
      secretKeyEncrypted: l.secretKeyEncrypted,
    })),
  ];
}

type Seen = { image: SeenImage | undefined; unreadable: boolean };

async function seenBy(deps: SourceCheckDeps, region: Region, account: SellerAccount, imageId: string) {
  let secret: string;
  try {
    secret = decryptSecret(deps.secretKey, account.secretKeyEncrypted).toString('utf8');
  } catch {
    // Keys stored under another secret key (or damaged) cannot be used: as if OUTSCALE refused them.
    return { image: undefined, unreadable: true } satisfies Seen;
  }
  try {
    const client = deps.cloud.client(region, account.accessKey, secret);
    return { image: await readImageOwner(client, imageId), unreadable: false } satisfies Seen;
  } catch (error) {
    if (error instanceof OutscaleError && error.isAccessDenied())
      return { image: undefined, unreadable: true };
    throw error;
  }
}

/** Reads the image with each of the seller's accounts and with the distribution account, then judges. */
export async function judgeSource(
  deps: SourceCheckDeps,
  accounts: SellerAccount[],
  region: Region,
  imageId: string,
): Promise<SourceImageVerdict> {
  const distribution = deps.cloud.distribution[region];
  const marketplace = deps.cloud.client(region, distribution.AccessKey, distribution.SecretKey);
  const [asMarketplace, ...views] = await Promise.all([
    readImageOwner(marketplace, imageId),
    ...accounts.map((account) => seenBy(deps, region, account, imageId)),
  ]);
  return judgeSourceImage({
    imageId,
    region,
    organizationAccountIds: accounts.map((a) => a.accountId),
    distributionAccountIds: Object.values(deps.cloud.distribution).map((d) => d.AccountId),
    distributionAccountId: distribution.AccountId,
    asSeller: views.find((v) => v.image)?.image,
    asMarketplace,
    unreadableAccountIds: accounts.filter((_, i) => views[i]?.unreadable).map((a) => a.accountId),
  });
}
