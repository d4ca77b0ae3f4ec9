// My sales (SPEC §4): every subscription to the seller organization's offers, a keyset page at a
// time by the subscription's `seller` index, with what the seller needs to follow it and allocate its
// licence key; the dashboard's counts; a subscription's key history.
import {
  currentLicenceKeys,
  type EntityManager,
  type KeysetQuery,
  keysetPage,
  LicenceKey,
  type Organization,
  Subscription,
} from '@marketplace/db';
import {
  type KeyStatus,
  keyStatusOf,
  LICENCE_KEY_VERSIONS_MAX,
  notFound,
  RECENT_SALES_DAYS,
  type SaleSort,
  type SubscriptionState,
} from '@marketplace/domain';
import { PAGE_SIZE, type PageRequest } from '../paging.ts';
import { inForceWindow } from '../usage/metering.ts';
import { fileFacts, openText } from './licence-keys.ts';

export type SalesFilter = {
  productId?: string | undefined;
  state?: SubscriptionState | undefined;
  keyStatus?: KeyStatus | undefined;
  sort?: SaleSort | undefined;
};

const SALE = { en: 'This sale', fr: 'Cette vente' };

/** The filter of My sales: always the organization's own sales, then the seller's choices. */
function salesWhere(organization: Organization, filter: SalesFilter): KeysetQuery<Subscription>['where'] {
  const where: Record<string, unknown> = { seller: organization };
  if (filter.productId) where.product = filter.productId;
  if (filter.state) where.state = filter.state;
  switch (filter.keyStatus) {
    case undefined:
      break;
    case 'not_needed':
      where.offer = { type: { $ne: 'subscription' } };
      break;
    case 'awaiting':
      where.offer = { type: 'subscription' };
      where.keyAllocatedAt = null;
      break;
    case 'allocated':
      where.keyAllocatedAt = { $ne: null };
      break;
    default: {
      const unknown: never = filter.keyStatus;
      throw new Error(`unknown key status ${String(unknown)}`);
    }
  }
  return where as KeysetQuery<Subscription>['where'];
}

/** A page of the organization's sales, newest first unless `sort` says oldest. */
export async function listSales(
  em: EntityManager,
  organization: Organization,
  input: SalesFilter & PageRequest,
) {
  const { items, nextCursor } = await keysetPage(em, Subscription, {
    where: salesWhere(organization, input),
    sortBy: 'createdAt',
    direction: input.sort === 'oldest' ? 'asc' : 'desc',
    cursor: input.cursor,
    limit: input.limit ?? PAGE_SIZE,
    populate: ['product', 'offer', 'organization'],
  });
  return { items: await saleViews(em, items), nextCursor };
}

/** The views of a page of sales: their current keys read at once, never one statement per sale. */
async function saleViews(em: EntityManager, sales: Subscription[]) {
  const keys = await currentLicenceKeys(
    em,
    sales.filter((s) => s.keyAllocatedAt).map((s) => s.id),
  );
  const keyOf = new Map(keys.map((key) => [key.subscription.id, key]));
  return sales.map((s) => {
    const key = keyOf.get(s.id);
    return {
      id: s.id,
      product: { id: s.product.id, name: s.product.name },
      offer: { id: s.offer.id, type: s.offer.type, title: s.offer.title },
      buyer: { id: s.organization.id, name: s.organization.name },
      region: s.region,
      outscaleAccountIds: s.outscaleAccountIds,
      createdAt: s.createdAt.toISOString(),
      activatesAt: s.activatesAt.toISOString(),
      /** When the buyer could first use it (activation date come, key allocated); null until then. */
      activeSince: inForceWindow(s)?.from.toISOString() ?? null,
      endsAt: s.endsAt?.toISOString() ?? null,
      cancelledAt: s.cancelledAt?.toISOString() ?? null,
      state: s.state,
      keyStatus: keyStatusOf(s.offer.type, s.keyAllocatedAt ?? null),
      /** The current key's version, without its text: the seller reads that in the key history. */
      key: key
        ? {
            version: key.version,
            kind: key.kind,
            allocatedAt: key.allocatedAt.toISOString(),
            file: key.file ? fileFacts(key.file) : null,
          }
        : null,
    };
  });
}

export type SaleView = Awaited<ReturnType<typeof saleViews>>[number];

/**
 * The dashboard's figures: subscriptions waiting for their key; new sales and cancellations (ending,
 * or ended) of the last 30 days.
 */
export async function salesSummary(em: EntityManager, organization: Organization, now: Date) {
  const since = new Date(now.getTime() - RECENT_SALES_DAYS * 24 * 3600_000);
  const [keysToAllocate, newSales, cancellations] = await Promise.all([
    em.count(Subscription, { seller: organization, state: 'awaiting_key' }),
    em.count(Subscription, { seller: organization, createdAt: { $gte: since } }),
    em.count(Subscription, {
      seller: organization,
      state: { $in: ['ending', 'ended'] },
      endsAt: { $gte: since },
    }),
  ]);
  return { keysToAllocate, newSales, cancellations, since: since.toISOString(), days: RECENT_SALES_DAYS };
}

/** One of the organization's sales; another organization's is not found. */
export async function findOwnSale(em: EntityManager, organization: Organization, id: string) {
  const sale = await em.findOne(Subscription, { id, seller: organization });
  if (!sale) throw notFound(SALE);
  return sale;
}

/**
 * Every key version allocated to one of the organization's sales, the current (highest) first: all of
 * them in one answer, as a subscription has at most `LICENCE_KEY_VERSIONS_MAX`.
 */
export async function keyHistory(
  em: EntityManager,
  secretKey: Buffer,
  organization: Organization,
  subscriptionId: string,
) {
  const subscription = await findOwnSale(em, organization, subscriptionId);
  const versions = await em.find(
    LicenceKey,
    { subscription },
    { orderBy: { version: 'desc' }, populate: ['file', 'allocatedBy'], limit: LICENCE_KEY_VERSIONS_MAX },
  );
  return {
    items: versions.map((key) => ({
      version: key.version,
      kind: key.kind,
      allocatedAt: key.allocatedAt.toISOString(),
      allocatedBy: key.allocatedBy
        ? {
            name: `${key.allocatedBy.firstName} ${key.allocatedBy.lastName}`.trim(),
            email: key.allocatedBy.email,
          }
        : null,
      // The seller's own key: it may read what it allocated.
      text: key.kind === 'text' && key.textEncrypted ? openText(secretKey, key.textEncrypted) : null,
      file: key.file ? fileFacts(key.file) : null,
    })),
    nextCursor: null,
  };
}
