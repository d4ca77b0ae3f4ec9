import {
  type EntityManager,
  keysetPage,
  LinkedOutscaleAccount,
  type MarketplaceAccount,
  Offer,
  type Organization,
  Product,
  Subscription,
  Version,
} from '@marketplace/db';
import {
  assertMayTrade,
  badRequest,
  type Commitment,
  decideSubscription,
  grantsAccess,
  notFound,
  preconditionFailed,
  type Region,
  type Text,
} from '@marketplace/domain';
import { estimateFor } from '../catalog/estimate.ts';
import type { JobDefinition, JobQueue } from '../jobs/queue.ts';
import { offerName } from '../mail/cancellation-mails.ts';
import type { MailOutbox } from '../mail/email-job.ts';
import { subscriptionConfirmedMail } from '../mail/subscription-mails.ts';
import { PAGE_SIZE, type PageRequest } from '../paging.ts';
import { requestLicenceKey } from '../sales/key-request.ts';
import { refuseDuplicate } from './duplicates.ts';
import { acceptLicence, recordAcceptedLicence } from './licence-acceptance.ts';
import { subscribedCopies } from './sharing.ts';

export type SubscribeDeps = {
  jobs: JobQueue;
  outbox: MailOutbox;
  share: JobDefinition<{ subscriptionId: string }>;
  now: Date;
  /** For the links in e-mails (the seller's My sales). */
  publicUrl: string;
};

export type SubscribeInput = {
  productId: string;
  offerId: string;
  region: Region;
  outscaleAccountIds: string[];
  startDate?: string | undefined;
  /** The VMs the buyer means to run: the estimate for them is recorded as the subscription's price. */
  reservation?:
    | { vmType: string; vmCount: number; commitment: Commitment; licences?: number | undefined }
    | undefined;
  licenceAccepted?: boolean | undefined;
  /** The licence agreement version the buyer read: refused when it is no longer the current one. */
  licenceVersion?: number | undefined;
};

const PRODUCT = { en: 'This product', fr: 'Ce produit' };
const OFFER = { en: 'This offer', fr: 'Cette offre' };

/**
 * A page of the OUTSCALE accounts of the organization in a region: its own first (on the first page),
 * then those linked to it, in the order they were linked.
 */
export async function subscribableAccounts(
  em: EntityManager,
  organization: Organization,
  region: Region,
  page: PageRequest,
) {
  const own =
    page.cursor === undefined && organization.region === region
      ? [{ accountId: organization.outscaleAccountId, label: null, own: true }]
      : [];
  const limit = page.limit ?? PAGE_SIZE;
  if (own.length === limit) {
    // The own account fills the page: the next one starts at the first linked account, if any.
    const linked = await em.count(LinkedOutscaleAccount, { organization, region });
    return { items: own, nextCursor: linked > 0 ? FIRST_LINKED : null };
  }
  const cursor = page.cursor === FIRST_LINKED ? undefined : page.cursor;
  const linked = await keysetPage(em, LinkedOutscaleAccount, {
    where: { organization, region },
    sortBy: 'createdAt',
    direction: 'asc',
    cursor,
    limit: limit - own.length,
  });
  return {
    items: [
      ...own,
      ...linked.items.map((l) => ({ accountId: l.accountId, label: l.label ?? null, own: false })),
    ],
    nextCursor: linked.nextCursor,
  };
}

/** The cursor of the page after a first page holding only the own account (a limit of 1). */
const FIRST_LINKED = 'linked';

/** Every OUTSCALE account ID of the organization in a region: what a subscription may be shared with. */
const accountsIn = async (em: EntityManager, organization: Organization, region: Region) => [
  ...(organization.region === region ? [organization.outscaleAccountId] : []),
  ...(await em.find(LinkedOutscaleAccount, { organization, region }, { fields: ['accountId'] })).map(
    (l) => l.accountId,
  ),
];

export async function subscribe(
  em: EntityManager,
  deps: SubscribeDeps,
  organization: Organization,
  account: MarketplaceAccount,
  input: SubscribeInput,
) {
  assertMayTrade(organization, 'buyer');
  return em.transactional(async (tx) => {
    const product = await tx.findOne(Product, { id: input.productId, state: 'published' });
    if (!product) throw notFound(PRODUCT);
    const offer = await tx.findOne(Offer, { id: input.offerId, product });
    if (!offer) throw notFound(OFFER);
    if (offer.target === 'nuage_public') {
      throw preconditionFailed({
        en: 'This offer is reserved for Nuage public (UGAP) buyers, who request an estimation instead of subscribing. Choose an offer for all buyers.',
        fr: 'Cette offre est réservée aux acheteurs Nuage public (UGAP), qui demandent une estimation au lieu de souscrire. Choisissez une offre pour tous les acheteurs.',
      });
    }
    if (product.kind === 'omi') {
      const available = await tx.count(Version, { product, state: 'available' });
      if (!product.regions.includes(input.region) || available === 0) {
        throw badRequest(
          {
            en: `This product is not available in ${input.region}.`,
            fr: `Ce produit n'est pas disponible dans ${input.region}.`,
          },
          {
            region: {
              en: 'Choose one of the product’s regions.',
              fr: 'Choisissez une des régions du produit.',
            },
          },
        );
      }
    }
    const licence = await acceptLicence(tx, product, input, deps.now);
    const price = input.reservation
      ? await estimateFor(tx, product, offer, { ...input.reservation, region: input.region })
      : null;
    const own = await accountsIn(tx, organization, input.region);
    const foreign = input.outscaleAccountIds.filter((id) => !own.includes(id));
    if (foreign.length > 0 || input.outscaleAccountIds.length === 0) {
      const text: Text = {
        en: `Choose among your organization's OUTSCALE accounts in ${input.region}: ${own.join(', ') || 'none yet, link one first'}.`,
        fr: `Choisissez parmi les comptes OUTSCALE de votre organisation dans ${input.region} : ${own.join(', ') || 'aucun pour l’instant, liez-en un d’abord'}.`,
      };
      throw badRequest(text, { outscaleAccountIds: text });
    }
    const scheduled = offer.type === 'subscription';
    let activatesAt = deps.now;
    if (scheduled) {
      const start = input.startDate ? new Date(`${input.startDate}T00:00:00Z`) : null;
      const today = new Date(`${deps.now.toISOString().slice(0, 10)}T00:00:00Z`);
      if (!start || Number.isNaN(start.getTime()) || start < today) {
        const text: Text = {
          en: 'A subscription starts today or later: choose its start date.',
          fr: "Une souscription commence aujourd'hui ou plus tard : choisissez sa date de début.",
        };
        throw badRequest(text, { startDate: text });
      }
      activatesAt = start;
    }
    await refuseDuplicate(tx, organization, { ...input, offer, activatesAt });
    const { state, facts } = decideSubscription(
      null,
      { type: 'subscribed' },
      {
        offerType: offer.type,
        activatesAt,
        keyAllocatedAt: null,
        contractHolder: 'not_needed',
        endsAt: null,
      },
      deps.now,
    );
    const subscription = tx.create(Subscription, {
      organization,
      product,
      seller: product.organization,
      offer,
      region: input.region,
      outscaleAccountIds: [...new Set(input.outscaleAccountIds)],
      state,
      subscribedBy: account,
      activatesAt: facts.activatesAt,
      contractHolder: facts.contractHolder,
      price,
    });
    recordAcceptedLicence(tx, subscription, licence, deps.now);
    await tx.flush();
    await requestLicenceKey(tx, deps, subscription);
    if (grantsAccess(state))
      await deps.jobs.enqueue(
        deps.share,
        { subscriptionId: subscription.id },
        { em: tx, id: subscription.id },
      );
    const images = (await subscribedCopies(tx, subscription))
      .map((c) => `- ${c.version.name} (${c.region}): ${c.imageId}`)
      .join('\n');
    const language = organization.language;
    await deps.outbox.send(
      tx,
      account.email,
      subscriptionConfirmedMail,
      {
        product: product.name,
        offer: offerName(offer.title, offer.type),
        region: input.region,
        images,
        startsOn: activatesAt.toISOString(),
        estimate: price
          ? { vmCount: price.vmCount, vmType: price.vmType, perMonth: price.total.perMonth }
          : null,
      },
      language,
    );
    return { id: subscription.id, state: subscription.state };
  });
}
