// The buyer cancels a subscription (SPEC §7d): hourly, free and BYOL ones and those not yet usable end
// at once, subscription offers in use at the end of their current commitment. Access follows the new
// state (the revoke job spares accounts another subscription still grants); the seller's users and the
// buyer's admins are e-mailed. All in one transaction, on the locked row: a repeated or raced cancel
// finds it cancelled and is refused without changing anything.
import { type EntityManager, MarketplaceAccount, type Organization, Subscription } from '@marketplace/db';
import { commitmentMonthsOf, notFound } from '@marketplace/domain';
import { deterministicJobId } from '../jobs/queue.ts';
import { buyerCancellationMail, offerName, sellerCancellationMail } from '../mail/cancellation-mails.ts';
import type { MailOutbox } from '../mail/email-job.ts';
import { type AccessJobs, applyEvent, followAccess } from './lifecycle.ts';

export type CancelDeps = AccessJobs & { outbox: MailOutbox; now: Date; publicUrl: string };

const SUBSCRIPTION = { en: 'This subscription', fr: 'Cette souscription' };
/** SELECT … FOR UPDATE: a concurrent cancel waits, then reads the row this one changed. */
const PESSIMISTIC_WRITE = 3;

export async function cancelSubscription(
  em: EntityManager,
  deps: CancelDeps,
  organization: Organization,
  account: MarketplaceAccount,
  id: string,
) {
  return em.transactional(async (tx) => {
    const subscription = await tx.findOne(
      Subscription,
      { id, organization },
      { populate: ['offer', 'product', 'seller'], lockMode: PESSIMISTIC_WRITE, refresh: true },
    );
    if (!subscription) throw notFound(SUBSCRIPTION);
    const change = applyEvent(
      subscription,
      { type: 'cancelled', commitmentMonths: commitmentMonthsOf(subscription.offer.terms) },
      deps.now,
    );
    subscription.cancelledAt = deps.now;
    subscription.cancelledBy = account;
    await tx.flush();
    await followAccess(tx, deps, subscription, change);
    await tellCancellation(tx, deps, subscription, organization, account);
    return { state: subscription.state, endsAt: subscription.endsAt?.toISOString() ?? null };
  });
}

/** Each person once, in their organization's language; one e-mail job per person and cancellation. */
async function tellCancellation(
  tx: EntityManager,
  deps: CancelDeps,
  subscription: Subscription,
  buyer: Organization,
  canceller: MarketplaceAccount,
) {
  const facts = {
    product: subscription.product.name,
    offer: offerName(subscription.offer.title, subscription.offer.type),
    region: subscription.region,
    accounts: subscription.outscaleAccountIds.join(', '),
    endsAt: (subscription.endsAt ?? deps.now).toISOString(),
    atOnce: subscription.state === 'ended',
  };
  const [sellerUsers, buyerAdmins] = await Promise.all([
    tx.find(MarketplaceAccount, { organization: subscription.seller, roles: { $contains: ['user'] } }),
    tx.find(MarketplaceAccount, { organization: buyer, roles: { $contains: ['admin'] } }),
  ]);
  const once = (email: string) => ({ id: deterministicJobId(`cancelled:${subscription.id}:${email}`) });
  for (const person of sellerUsers) {
    await deps.outbox.send(
      tx,
      person.email,
      sellerCancellationMail,
      { ...facts, buyer: buyer.name },
      subscription.seller.language,
      once(person.email),
    );
  }
  const buyerPeople = new Map([canceller, ...buyerAdmins].map((p) => [p.email, p]));
  const buyerParams = {
    ...facts,
    cancelledBy: `${canceller.firstName} ${canceller.lastName}`.trim() || canceller.email,
    url: deps.publicUrl ? `${deps.publicUrl}/subscriptions` : '',
  };
  for (const person of buyerPeople.values()) {
    await deps.outbox.send(
      tx,
      person.email,
      buyerCancellationMail,
      buyerParams,
      buyer.language,
      once(person.email),
    );
  }
}
