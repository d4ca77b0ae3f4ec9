import { encryptSecret } from '@marketplace/auth';
import { type EntityManager, keysetPage, LinkedOutscaleAccount, type Organization } from '@marketplace/db';
import { conflict, notFound, type Region } from '@marketplace/domain';
import type { Cloud } from '../cloud.ts';
import { PAGE_SIZE, type PageRequest } from '../paging.ts';
import { proveOutscaleAccount } from './outscale-keys.ts';

export type AfterLinkChange = (
  em: EntityManager,
  organization: Organization,
  accountId: string,
  region: Region,
) => Promise<void>;

const LINKED = { en: 'This OUTSCALE account', fr: 'Ce compte OUTSCALE' };

/** The home OUTSCALE account, and a page of the linked ones (`items`), oldest first. */
export async function listLinkedAccounts(em: EntityManager, organization: Organization, page: PageRequest) {
  const linked = await keysetPage(em, LinkedOutscaleAccount, {
    where: { organization },
    sortBy: 'createdAt',
    direction: 'asc',
    cursor: page.cursor,
    limit: page.limit ?? PAGE_SIZE,
  });
  return {
    home: {
      accountId: organization.outscaleAccountId,
      region: organization.region,
      email: organization.outscaleEmail,
    },
    items: linked.items.map((l) => ({
      id: l.id,
      label: l.label,
      accountId: l.accountId,
      region: l.region,
      createdAt: l.createdAt.toISOString(),
    })),
    nextCursor: linked.nextCursor,
  };
}

/** Links an OUTSCALE account proved by its keys; every subscribed OMI will be shared with it. */
export async function linkAccount(
  em: EntityManager,
  deps: { cloud: Cloud; secretKey: Buffer; afterLink: AfterLinkChange },
  organization: Organization,
  input: { region: Region; accessKey: string; secretKey: string; label?: string | undefined },
) {
  const outscale = await proveOutscaleAccount(deps.cloud, input.region, input.accessKey, input.secretKey);
  if (outscale.accountId === organization.outscaleAccountId) {
    throw conflict({
      en: "This is your organization's own OUTSCALE account: it is always included.",
      fr: 'Ceci est le compte OUTSCALE de votre organisation : il est toujours inclus.',
    });
  }
  const existing = await em.count(LinkedOutscaleAccount, {
    organization,
    accountId: outscale.accountId,
    region: input.region,
  });
  if (existing) {
    throw conflict({
      en: 'This OUTSCALE account is already linked to your organization.',
      fr: 'Ce compte OUTSCALE est déjà lié à votre organisation.',
    });
  }
  return em.transactional(async (tx) => {
    const linked = tx.create(LinkedOutscaleAccount, {
      organization,
      label: input.label?.trim() || outscale.companyName || outscale.accountId,
      accountId: outscale.accountId,
      region: input.region,
      accessKey: input.accessKey.trim(),
      secretKeyEncrypted: encryptSecret(deps.secretKey, input.secretKey.trim()),
    });
    await tx.flush();
    // Every OMI the organization subscribed to in that region is shared with it too.
    await deps.afterLink(tx, organization, linked.accountId, linked.region);
    return { id: linked.id, accountId: linked.accountId };
  });
}

export async function unlinkAccount(
  em: EntityManager,
  organization: Organization,
  id: string,
  afterUnlink: AfterLinkChange,
) {
  await em.transactional(async (tx) => {
    const linked = await tx.findOne(LinkedOutscaleAccount, { id, organization });
    if (!linked) throw notFound(LINKED);
    await tx.removeAndFlush(linked);
    // Its shares are revoked: it no longer follows the organization's subscriptions.
    await afterUnlink(tx, organization, linked.accountId, linked.region);
  });
}
