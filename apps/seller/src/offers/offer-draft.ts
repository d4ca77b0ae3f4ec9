// An offer as the seller types it (text fields, euros) and back from the API (integer cents). The checks
// are the shared schema's (`offerForm` in @marketplace/validators: the server's offer input, and the
// domain's rules on VM types, recommended VMs and Nuage public); here only the conversions, pure and
// unit-tested. The field names are the API's, so that the server's field errors land on them.
import {
  NUAGE_PUBLIC_COMMITMENT,
  type OfferTarget,
  type OfferTerms,
  type OfferType,
  type PerformanceClass,
  type RecommendedVm,
  type Text,
} from '@marketplace/domain';
import { centsToInput } from '@marketplace/ui';
import type { offerForm } from '@marketplace/validators';
import type { z } from 'zod';

export type PriceDraft = { vmType: string; onDemandPerHour: string; oneYearPerHour: string };
export type VmDraft = {
  cpuGeneration: string;
  vCpus: string;
  memoryGiB: string;
  performance: PerformanceClass;
};

export type OfferDraft = {
  /** The saved offer this draft edits; none for a new one. */
  id?: string;
  type: OfferType;
  title: Text;
  description: Text;
  target: OfferTarget;
  recommendedVms: VmDraft[];
  licenceUrl: string;
  price: string;
  commitmentMonths: string;
  billingFrequency: 'monthly' | 'yearly';
  prices: PriceDraft[];
};

export type OfferInput = OfferTerms & {
  id?: string;
  title?: Text;
  description?: Text;
  target?: OfferTarget;
  recommendedVms?: RecommendedVm[];
};

export const emptyPrice = (): PriceDraft => ({ vmType: '', onDemandPerHour: '', oneYearPerHour: '' });
export const emptyVm = (): VmDraft => ({
  cpuGeneration: 'v6',
  vCpus: '2',
  memoryGiB: '4',
  performance: 'high',
});

export function emptyOffer(type: OfferType): OfferDraft {
  return {
    type,
    title: { en: '', fr: '' },
    description: { en: '', fr: '' },
    target: 'all',
    recommendedVms: [],
    licenceUrl: '',
    price: '',
    commitmentMonths: '12',
    billingFrequency: 'monthly',
    prices: [emptyPrice()],
  };
}

/** Nuage public (UGAP) offers: subscriptions or yearly per-VM-type offers (SPEC §7b). */
export const mayTargetNuagePublic = (type: OfferType) => type === 'subscription' || type === 'hourly';

/** A new target: a Nuage public subscription gets that market's preset commitment (shown, not typed). */
export const withTarget = (draft: OfferDraft, target: OfferTarget): OfferDraft =>
  target === 'nuage_public' && draft.type === 'subscription'
    ? {
        ...draft,
        target,
        commitmentMonths: String(NUAGE_PUBLIC_COMMITMENT.commitmentMonths),
        billingFrequency: NUAGE_PUBLIC_COMMITMENT.billingFrequency,
      }
    : { ...draft, target };

type SavedOffer = { id: string; type: OfferType; title: Text } & Partial<{
  description: Text;
  target: OfferTarget;
  recommendedVms: readonly RecommendedVm[];
}> &
  Record<string, unknown>;

/** An offer the API gave back, ready to edit. */
export function offerDraftFrom(offer: SavedOffer): OfferDraft {
  const draft: OfferDraft = {
    ...emptyOffer(offer.type),
    id: offer.id,
    title: { en: offer.title.en, fr: offer.title.fr },
    description: { en: offer.description?.en ?? '', fr: offer.description?.fr ?? '' },
    target: offer.target ?? 'all',
    recommendedVms: (offer.recommendedVms ?? []).map((vm) => ({
      cpuGeneration: vm.cpuGeneration,
      vCpus: String(vm.vCpus),
      memoryGiB: String(vm.memoryGiB),
      performance: vm.performance,
    })),
  };
  const terms = offer as unknown as OfferTerms;
  switch (terms.type) {
    case 'hourly':
      draft.prices = terms.prices.map((p) => ({
        vmType: p.vmType,
        onDemandPerHour: centsToInput(p.onDemandPerHour.amount),
        oneYearPerHour: p.oneYearPerHour ? centsToInput(p.oneYearPerHour.amount) : '',
      }));
      break;
    case 'byol':
      draft.licenceUrl = terms.licenceUrl;
      break;
    case 'subscription':
      draft.price = centsToInput(terms.price.amount);
      draft.commitmentMonths = String(terms.commitmentMonths);
      draft.billingFrequency = terms.billingFrequency;
      break;
    case 'free':
      break;
    default: {
      const unknown: never = terms;
      throw new Error(`unknown offer type ${String(unknown)}`);
    }
  }
  return draft;
}

/** The API's offer from the form's checked output: a title only when one is given. */
export function offerInputOf(offer: z.output<typeof offerForm>): OfferInput {
  const { title, ...rest } = offer;
  const titled = title && (title.en.trim() !== '' || title.fr.trim() !== '');
  return { ...rest, ...(titled ? { title } : {}) } as OfferInput;
}
