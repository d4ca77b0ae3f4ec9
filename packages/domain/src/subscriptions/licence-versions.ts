// Licence agreement versions (SPEC §4, §7d). A product's agreement is versioned from its first
// publication (a draft's agreement is only a draft: nobody accepted it yet). Each later change makes a
// new version; the seller chooses whether the subscriptions in force are bound by it. Every subscription
// keeps the history of the versions it accepted or was bound by; the newest is the one in force.

import type { ProductState } from '../catalog/states.ts';
import { badRequest, conflict, preconditionFailed } from '../errors.ts';
import type { Text } from '../vocabulary.ts';

/** How a version joined a subscription's history. */
export const LICENCE_ACCEPTANCES = ['accepted_at_subscription', 'bound_by_seller'] as const;
export type LicenceAcceptance = (typeof LICENCE_ACCEPTANCES)[number];

/** Whether the product's agreement is versioned: once published (unpublished since included). */
export const hasLicenceVersions = (state: ProductState) => state !== 'draft';

/** The same agreement, whatever spaces surround it. */
export const sameLicence = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').trim() === (b ?? '').trim();

export type LicenceChange = { kind: 'unchanged'; number: number } | { kind: 'new'; number: number };

/**
 * What a change of agreement makes: nothing when it is the current one (a request sent twice makes one
 * version), otherwise the next version number. An empty agreement is refused: a published product
 * keeps one (it was required to publish).
 */
export function decideLicenceChange(
  current: { number: number; licence: string } | null,
  licence: string,
): LicenceChange {
  if (!licence.trim()) {
    const text: Text = {
      en: 'Give the new licence agreement: a text, a link or a file.',
      fr: 'Indiquez le nouveau contrat de licence : un texte, un lien ou un fichier.',
    };
    throw badRequest(text, { licence: text });
  }
  if (current && sameLicence(current.licence, licence)) return { kind: 'unchanged', number: current.number };
  return { kind: 'new', number: (current?.number ?? 0) + 1 };
}

/** `products.update` keeps a published product's agreement; a new one is a version (changeLicence). */
export function assertLicenceUpdatable(state: ProductState, current: string | null, next: string | null) {
  if (!hasLicenceVersions(state) || sameLicence(current, next)) return;
  throw preconditionFailed({
    en: 'A published product’s licence agreement changes through products.changeLicence: it makes a new version, and you choose whether existing subscribers are bound by it.',
    fr: 'Le contrat de licence d’un produit publié se change par products.changeLicence : cela crée une nouvelle version, et vous choisissez si les abonnés existants y sont liés.',
  });
}

/**
 * Which version a buyer accepts when subscribing: the current one (`licenceAccepted: true`), and only
 * if it is the one the buyer read when a `licenceVersion` is given, so that nobody is bound unknowingly
 * by an agreement changed in between. Null: the product has no agreement.
 */
export function acceptedLicenceVersion(
  current: number | null,
  answer: { licenceAccepted?: boolean | undefined; licenceVersion?: number | undefined },
): number | null {
  if (current === null) return null;
  if (!answer.licenceAccepted) {
    const text: Text = {
      en: 'Read and accept the licence agreement to subscribe.',
      fr: 'Lisez et acceptez le contrat de licence pour souscrire.',
    };
    throw badRequest(text, { licenceAccepted: text });
  }
  if (answer.licenceVersion !== undefined && answer.licenceVersion !== current) {
    throw conflict({
      en: `The licence agreement changed since you read it: read version ${current}, then accept it to subscribe.`,
      fr: `Le contrat de licence a changé depuis votre lecture : lisez la version ${current}, puis acceptez-la pour souscrire.`,
    });
  }
  return current;
}

/** The version in force for a subscription: the newest of its history. */
export function licenceInForce<T extends { version: number }>(history: readonly T[]): T | null {
  let newest: T | null = null;
  for (const entry of history) if (!newest || entry.version > newest.version) newest = entry;
  return newest;
}
