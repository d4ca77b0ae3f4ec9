// A product's offers as the seller saves them: checked (VM types as ReadVmTypes lists them in the
// product's regions, recommended VMs, Nuage public rules, one pricing mode), then written in place, by id. Once the product is published an offer keeps
// its type, target and rates and cannot be removed; its texts and recommended VMs may still change.
import { type EntityManager, Offer, type Product } from '@marketplace/db';
import {
  badRequest,
  type OfferDraft,
  type OfferedVmTypes,
  type OfferTarget,
  type OfferTerms,
  offerName,
  offerProblems,
  offerStorageProblems,
  type ProductKind,
  preconditionFailed,
  presetTerms,
  type RecommendedVm,
  sameFixedTerms,
  sharesPricingMode,
  type Text,
} from '@marketplace/domain';
import { loadOfferedVmTypes } from '../prices/catalogues.ts';

export type OfferInput = OfferTerms & {
  /** An offer already saved: changed in place (left out, the offer is a new one). */
  id?: string | undefined;
  title?: Text | undefined;
  description?: Text | undefined;
  target?: OfferTarget | undefined;
  recommendedVms?: RecommendedVm[] | undefined;
};

const EMPTY: Text = { en: '', fr: '' };

const defaultTitle = (type: OfferTerms['type']): Text =>
  ({
    hourly: { en: 'Pay as you go', fr: 'Paiement à l’usage' },
    free: { en: 'Free', fr: 'Gratuit' },
    byol: { en: 'Bring your own licence', fr: 'Licence à apporter' },
    subscription: { en: 'Subscription', fr: 'Offre abonnement' },
  })[type];

/** The offer's terms alone: what the buyer pays, without the texts around them. */
function termsOf(input: OfferInput): OfferTerms {
  switch (input.type) {
    case 'hourly':
      return {
        type: 'hourly',
        prices: input.prices.map((p) => ({
          vmType: p.vmType.trim(),
          onDemandPerHour: p.onDemandPerHour,
          ...(p.oneYearPerHour ? { oneYearPerHour: p.oneYearPerHour } : {}),
        })),
      };
    case 'free':
      return { type: 'free' };
    case 'byol':
      return { type: 'byol', licenceUrl: input.licenceUrl };
    case 'subscription':
      return {
        type: 'subscription',
        price: input.price,
        commitmentMonths: input.commitmentMonths,
        billingFrequency: input.billingFrequency,
      };
    default: {
      const unknown: never = input;
      throw new Error(`unknown offer type ${String(unknown)}`);
    }
  }
}

/** What an input becomes; a saved offer keeps the texts and VMs the input leaves out. */
function draftOf(input: OfferInput, stored: Offer | undefined): OfferDraft {
  const target = input.target ?? stored?.target ?? 'all';
  return {
    title: input.title ?? stored?.title ?? defaultTitle(input.type),
    description: input.description ?? stored?.description ?? EMPTY,
    target,
    recommendedVms: input.recommendedVms ?? stored?.recommendedVms ?? [],
    terms: presetTerms(termsOf(input), target),
  };
}

export const draftOfStored = (offer: Offer): OfferDraft => ({
  title: offer.title,
  description: offer.description,
  target: offer.target,
  recommendedVms: offer.recommendedVms,
  terms: offer.terms,
});

const prefixed = (index: number, fields: Record<string, Text>) =>
  Object.fromEntries(Object.entries(fields).map(([path, text]) => [`offers.${index}.${path}`, text]));

/** One pricing mode, managed products without hourly offers, and what each offer can store. */
function assertStorable(kind: ProductKind, drafts: readonly OfferDraft[], offered: OfferedVmTypes) {
  if (!sharesPricingMode(drafts.map((d) => d.terms.type))) {
    throw badRequest({
      en: 'All offers of a product share one pricing mode (hourly, free, BYOL or subscription).',
      fr: 'Toutes les offres d’un produit partagent un même mode de tarification (horaire, gratuit, BYOL ou offre abonnement).',
    });
  }
  if (kind === 'managed' && drafts.some((d) => d.terms.type === 'hourly')) {
    throw badRequest({
      en: 'A managed product is billed outside the marketplace: it cannot have an hourly offer.',
      fr: 'Un produit infogéré est facturé hors de la Marketplace : il ne peut pas avoir d’offre horaire.',
    });
  }
  const fields = Object.assign(
    {},
    ...drafts.map((d, i) => prefixed(i, offerStorageProblems(d, kind, offered))),
  );
  if (Object.keys(fields).length > 0) {
    throw badRequest(
      {
        en: 'Some offers cannot be saved as they are.',
        fr: 'Certaines offres ne peuvent pas être enregistrées ainsi.',
      },
      fields,
    );
  }
}

const NO_VM_TYPES: OfferedVmTypes = { problem: () => null, recommendedProblems: () => ({}) };

/**
 * The VM types OUTSCALE lists (ReadVmTypes, latest stored) in the product's regions, or in every region
 * while it has none: read only when an offer names a VM type or recommends a VM.
 */
async function offeredFor(em: EntityManager, product: Product, drafts: readonly OfferDraft[]) {
  const names = drafts.some((d) => d.terms.type === 'hourly' || d.recommendedVms.length > 0);
  return names ? loadOfferedVmTypes(em, product.regions) : NO_VM_TYPES;
}

const names = (offers: readonly { index: number; title: Text }[]) => {
  const list = offers.map((o) => offerName(o.index, o.title));
  return { en: list.map((n) => n.en).join(', '), fr: list.map((n) => n.fr).join(', ') };
};

/**
 * What a published product's offers keep (SPEC §4): every offer stays, in the product's pricing mode,
 * with its type, target, rates, commitment and billing frequency. They are on sale: each stays complete,
 * and an offer added is sold at once, so it comes complete.
 */
function assertPublishedOffersKept(
  kind: ProductKind,
  existing: readonly Offer[],
  inputs: readonly OfferInput[],
  drafts: readonly OfferDraft[],
) {
  const sent = new Set(inputs.map((i) => i.id));
  const removed = existing.filter((o) => !sent.has(o.id)).map((o) => ({ index: o.position, title: o.title }));
  if (removed.length > 0) {
    const which = names(removed);
    throw preconditionFailed({
      en: `A published offer cannot be removed: ${which.en}. Buyers may have subscribed to it.`,
      fr: `Une offre publiée ne peut pas être retirée : ${which.fr}. Des acheteurs y ont peut-être souscrit.`,
    });
  }
  const mode = existing[0]?.type;
  if (mode && drafts.some((d) => d.terms.type !== mode)) {
    throw preconditionFailed({
      en: 'Once published, the pricing mode of a product is fixed: its offers stay of the same type. Create a new product for another pricing mode.',
      fr: 'Une fois publié, le mode de tarification d’un produit est figé : ses offres restent du même type. Créez un nouveau produit pour un autre mode de tarification.',
    });
  }
  const byId = new Map(existing.map((o) => [o.id, o]));
  const changed = inputs.flatMap((input, index) => {
    const stored = input.id ? byId.get(input.id) : undefined;
    const draft = drafts[index];
    return stored && draft && !sameFixedTerms(draftOfStored(stored), draft)
      ? [{ index, title: stored.title }]
      : [];
  });
  if (changed.length > 0) {
    const which = names(changed);
    throw preconditionFailed({
      en: `Once published, an offer keeps its type, target, rates, commitment and billing frequency: ${which.en}. Its title, description and recommended VMs may change; add a new offer for other rates.`,
      fr: `Une fois publiée, une offre garde son type, sa cible, ses tarifs, son engagement et sa fréquence de facturation : ${which.fr}. Son titre, sa description et ses VM recommandées peuvent changer ; ajoutez une nouvelle offre pour d’autres tarifs.`,
    });
  }
  const incomplete = Object.fromEntries(
    drafts.flatMap((draft, index) =>
      offerProblems(draft, kind).map((p) => [`offers.${index}.${p.key}`, p.text] as const),
    ),
  );
  if (Object.keys(incomplete).length > 0) {
    throw badRequest(
      {
        en: 'The offers of a published product are on sale: each keeps its title and description in both languages and its recommended VMs, and an added offer comes complete.',
        fr: 'Les offres d’un produit publié sont en vente : chacune garde son titre et sa description dans les deux langues et ses VM recommandées, et une offre ajoutée arrive complète.',
      },
      incomplete,
    );
  }
}

const UNKNOWN_OFFER: Text = {
  en: 'No offer of this product has this ID: leave it out for a new offer.',
  fr: 'Aucune offre de ce produit n’a cet identifiant : omettez-le pour une nouvelle offre.',
};

/**
 * Saves the product's offers in the order given: an input with an `id` changes that offer, one without
 * adds an offer; a draft's offers left out are removed. The caller flushes. A new product (`isNew`) has
 * no offer yet: the ids it is sent mean nothing and are refused as unknown.
 */
export async function saveOffers(
  em: EntityManager,
  product: Product,
  inputs: readonly OfferInput[],
  { isNew = false }: { isNew?: boolean } = {},
) {
  const published = !isNew && product.state !== 'draft';
  const existing = isNew ? [] : await em.find(Offer, { product }, { orderBy: { position: 'asc' } });
  const byId = new Map(existing.map((o) => [o.id, o]));
  const unknown: Record<string, Text> = {};
  const seen = new Set<string>();
  inputs.forEach((input, index) => {
    if (input.id === undefined) return;
    if (!byId.has(input.id) || seen.has(input.id)) unknown[`offers.${index}.id`] = UNKNOWN_OFFER;
    seen.add(input.id);
  });
  if (Object.keys(unknown).length > 0) {
    throw badRequest(
      { en: 'Some offers are not this product’s.', fr: 'Certaines offres ne sont pas celles de ce produit.' },
      unknown,
    );
  }
  const drafts = inputs.map((input) => draftOf(input, input.id ? byId.get(input.id) : undefined));
  if (published) assertPublishedOffersKept(product.kind, existing, inputs, drafts);
  assertStorable(product.kind, drafts, await offeredFor(em, product, drafts));

  drafts.forEach((draft, position) => {
    const id = inputs[position]?.id;
    const fields = {
      type: draft.terms.type,
      title: draft.title,
      description: draft.description,
      target: draft.target,
      recommendedVms: [...draft.recommendedVms],
      terms: draft.terms,
      position,
    };
    const stored = id ? byId.get(id) : undefined;
    if (stored) em.assign(stored, fields);
    else em.create(Offer, { product, ...fields });
  });
  for (const offer of existing) if (!seen.has(offer.id)) em.remove(offer);
}
