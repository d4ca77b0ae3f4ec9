// A new subscription to a subscription offer waits for its licence key: every account of the seller
// organization is e-mailed, in its own language, in the subscribing transaction.
import { type EntityManager, MarketplaceAccount, type Subscription } from '@marketplace/db';
import { needsLicenceKey } from '@marketplace/domain';
import { deterministicJobId } from '../jobs/queue.ts';
import { offerName } from '../mail/cancellation-mails.ts';
import type { MailOutbox } from '../mail/email-job.ts';
import { licenceKeyToAllocateMail } from '../mail/sales-mails.ts';

export type KeyRequestDeps = { outbox: MailOutbox; publicUrl: string };

/** The seller's link to its sales waiting for a key. */
export const awaitingKeysUrl = (publicUrl: string) => `${publicUrl}/seller/sales?state=awaiting_key`;

/** For a subscription just recorded (its product, offer and organization loaded); nothing for other offers. */
export async function requestLicenceKey(em: EntityManager, deps: KeyRequestDeps, subscription: Subscription) {
  if (!needsLicenceKey(subscription.offer.type)) return;
  const people = await em.find(
    MarketplaceAccount,
    { organization: subscription.seller },
    { orderBy: { createdAt: 'asc' } },
  );
  for (const person of people) {
    const language = person.language;
    await deps.outbox.send(
      em,
      person.email,
      licenceKeyToAllocateMail,
      {
        product: subscription.product.name,
        offer: offerName(subscription.offer.title, subscription.offer.type),
        buyerName: subscription.organization.name,
        region: subscription.region,
        startsOn: subscription.activatesAt.toISOString(),
        url: awaitingKeysUrl(deps.publicUrl),
      },
      language,
      { id: deterministicJobId(`licence-key-request:${subscription.id}:${person.id}`) },
    );
  }
}
