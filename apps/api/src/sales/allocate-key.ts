// Allocating a subscription's licence key (SPEC §4, §7d): a text or an uploaded `licence_key` file,
// by a user of the seller organization, for its own sales only. Every allocation is a new version (the
// history is kept); the subscription's lifecycle takes the `key_allocated` event, so the OMIs are
// shared once both the key and the activation date have come. The subscriber and the buyer's admins
// are e-mailed (never the key itself). Retried or raced requests with the same key change nothing:
// the subscription row is locked, and a key equal to the current one adds no version.
import {
  type EntityManager,
  LicenceKey,
  LockMode,
  MarketplaceAccount,
  type Organization,
  StoredFile,
  Subscription,
} from '@marketplace/db';
import {
  badRequest,
  conflict,
  grantsAccess,
  keyStatusOf,
  LICENCE_KEY_VERSIONS_MAX,
  notFound,
  type Text,
} from '@marketplace/domain';
import { deterministicJobId } from '../jobs/queue.ts';
import type { MailOutbox } from '../mail/email-job.ts';
import { licenceKeyAllocatedMail } from '../mail/sales-mails.ts';
import { type AccessJobs, applyEvent, followAccess } from '../subscriptions/lifecycle.ts';
import { openText, sealText } from './licence-keys.ts';

export type AllocateKeyDeps = AccessJobs & {
  outbox: MailOutbox;
  secretKey: Buffer;
  now: Date;
  publicUrl: string;
};

export type KeyInput = { kind: 'text'; text: string } | { kind: 'file'; fileId: string };

const SALE = { en: 'This sale', fr: 'Cette vente' };
const TOO_MANY_VERSIONS: Text = {
  en: `This subscription’s licence key already has ${LICENCE_KEY_VERSIONS_MAX} versions, the most it may have: contact the marketplace’s support.`,
  fr: `La clé de licence de cette souscription a déjà ${LICENCE_KEY_VERSIONS_MAX} versions, le maximum : contactez le support de la Marketplace.`,
};
const NOT_YOUR_FILE: Text = {
  en: 'This file is not among your organization’s licence key uploads: upload it again.',
  fr: 'Ce fichier ne fait pas partie des clés de licence envoyées par votre organisation : envoyez-le de nouveau.',
};

export async function allocateKey(
  em: EntityManager,
  deps: AllocateKeyDeps,
  member: { organization: Organization; account: MarketplaceAccount },
  input: { subscriptionId: string; key: KeyInput },
) {
  return em.transactional(async (tx) => {
    // Locked alone (an outer join cannot be locked), then its relations read.
    const subscription = await tx.findOne(
      Subscription,
      { id: input.subscriptionId, seller: member.organization },
      // FOR UPDATE: concurrent allocations of one subscription wait for each other (never SKIP LOCKED).
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!subscription) throw notFound(SALE);
    await tx.populate(subscription, ['offer', 'product', 'organization', 'subscribedBy']);
    const file =
      input.key.kind === 'file'
        ? await tx.findOne(StoredFile, {
            id: input.key.fileId,
            organization: member.organization,
            purpose: 'licence_key',
          })
        : null;
    if (input.key.kind === 'file' && !file) throw badRequest(NOT_YOUR_FILE, { 'key.fileId': NOT_YOUR_FILE });
    const latest = await tx.findOne(LicenceKey, { subscription }, { orderBy: { version: 'desc' } });
    if (latest && sameKey(deps.secretKey, latest, input.key)) return outcome(subscription, latest);
    if (latest && latest.version >= LICENCE_KEY_VERSIONS_MAX) throw conflict(TOO_MANY_VERSIONS);

    const change = applyEvent(subscription, { type: 'key_allocated', at: deps.now }, deps.now);
    const version = tx.create(LicenceKey, {
      subscription,
      version: (latest?.version ?? 0) + 1,
      kind: input.key.kind,
      textEncrypted: input.key.kind === 'text' ? sealText(deps.secretKey, input.key.text) : null,
      file,
      allocatedBy: member.account,
      allocatedAt: deps.now,
    });
    await tx.flush();
    await followAccess(tx, deps, subscription, change);
    await announce(tx, deps, subscription, version, latest !== null);
    return outcome(subscription, version);
  });
}

function sameKey(secretKey: Buffer, current: LicenceKey, key: KeyInput): boolean {
  if (key.kind === 'file') return current.kind === 'file' && current.file?.id === key.fileId;
  return (
    current.kind === 'text' &&
    current.textEncrypted !== null &&
    current.textEncrypted !== undefined &&
    openText(secretKey, current.textEncrypted) === key.text
  );
}

const outcome = (subscription: Subscription, key: LicenceKey) => ({
  subscriptionId: subscription.id,
  state: subscription.state,
  keyStatus: keyStatusOf(subscription.offer.type, subscription.keyAllocatedAt ?? null),
  version: key.version,
  allocatedAt: key.allocatedAt.toISOString(),
});

/** The subscriber and the buyer organization's admins, once each, in the organization's language. */
async function announce(
  em: EntityManager,
  deps: AllocateKeyDeps,
  subscription: Subscription,
  key: LicenceKey,
  replaced: boolean,
) {
  const organization = subscription.organization;
  const admins = await em.find(
    MarketplaceAccount,
    { organization, roles: { $contains: ['admin'] } },
    { orderBy: { createdAt: 'asc' } },
  );
  const emails = new Set(
    [subscription.subscribedBy?.email ?? null, ...admins.map((a) => a.email)].filter(
      (email): email is string => email !== null,
    ),
  );
  const language = organization.language;
  const usable = grantsAccess(subscription.state);
  for (const email of emails) {
    await deps.outbox.send(
      em,
      email,
      licenceKeyAllocatedMail,
      {
        product: subscription.product.name,
        region: subscription.region,
        replaced,
        usableFrom: usable ? null : subscription.activatesAt.toISOString(),
        url: `${deps.publicUrl}/subscriptions`,
      },
      language,
      { id: deterministicJobId(`licence-key-allocated:${key.id}:${email}`) },
    );
  }
}
