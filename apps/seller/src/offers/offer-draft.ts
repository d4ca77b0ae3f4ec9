// An offer as the seller types it (text fields, euros) and as the API takes it (integer cents). Pure, so
// the conversion and its checks are unit-tested; the server applies the same rules again (the VM type
// and recommended VM rules are the domain's own, with their messages in both languages).
import {
  NUAGE_PUBLIC_COMMITMENT,
  type OfferTarget,
  type OfferTerms,
  type OfferType,
  type PerformanceClass,
  type RecommendedVm,
  recommendedVmProblems,
  type Text,
  VM_TYPE_PROBLEMS,
  vmTypeProblem,
} from '@marketplace/domain';
import { centsToInput, type PlainMessageKey, parseEuros } from '@marketplace/ui';

export type PriceDraft = { vmType: string; onDemand: string; oneYear: string };
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
  titleEn: string;
  titleFr: string;
  descriptionEn: string;
  descriptionFr: string;
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

/**
 * Errors by the API's own field paths (`offers.0.prices.1.onDemandPerHour`), as the server names them:
 * a message key of ours, or a domain rule's message in both languages.
 */
export type OfferErrors = Record<string, PlainMessageKey | Text>;

export const emptyPrice = (): PriceDraft => ({ vmType: '', onDemand: '', oneYear: '' });
export const emptyVm = (): VmDraft => ({
  cpuGeneration: 'v6',
  vCpus: '2',
  memoryGiB: '4',
  performance: 'high',
});

export function emptyOffer(type: OfferType): OfferDraft {
  return {
    type,
    titleEn: '',
    titleFr: '',
    descriptionEn: '',
    descriptionFr: '',
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
    titleEn: offer.title.en,
    titleFr: offer.title.fr,
    descriptionEn: offer.description?.en ?? '',
    descriptionFr: offer.description?.fr ?? '',
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
        onDemand: centsToInput(p.onDemandPerHour.amount),
        oneYear: p.oneYearPerHour ? centsToInput(p.oneYearPerHour.amount) : '',
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

export const isWebAddress = (text: string) => {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

const euros = (amount: number) => ({ amount, currency: 'EUR' as const });
const wholeNumber = (text: string) => (/^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** What a Nuage public subscription is committed to, whatever was typed: preset for that market. */
export const presetCommitment = (draft: OfferDraft) =>
  draft.target === 'nuage_public' && draft.type === 'subscription'
    ? {
        commitmentMonths: String(NUAGE_PUBLIC_COMMITMENT.commitmentMonths),
        billingFrequency: NUAGE_PUBLIC_COMMITMENT.billingFrequency,
      }
    : { commitmentMonths: draft.commitmentMonths, billingFrequency: draft.billingFrequency };

/** The recommended VMs typed, or their errors (OUTSCALE's limits, by the domain's rule). */
function recommendedVmsFrom(draft: OfferDraft, at: (field: string) => string, errors: OfferErrors) {
  return draft.recommendedVms.map((row, index) => {
    const vm: RecommendedVm = {
      cpuGeneration: row.cpuGeneration,
      vCpus: wholeNumber(row.vCpus),
      memoryGiB: wholeNumber(row.memoryGiB),
      performance: row.performance,
    };
    for (const [field, text] of Object.entries(recommendedVmProblems(vm))) {
      errors[at(`recommendedVms.${index}.${field}`)] = text;
    }
    return vm;
  });
}

/** The API's offer for a draft, or the errors that keep it from being one. */
export function offerFromDraft(
  draft: OfferDraft,
  index: number,
): { offer: OfferInput; errors: OfferErrors } | { offer: null; errors: OfferErrors } {
  const errors: OfferErrors = {};
  const at = (field: string) => `offers.${index}.${field}`;
  const title =
    draft.titleEn.trim() || draft.titleFr.trim() ? { en: draft.titleEn, fr: draft.titleFr } : null;
  const description = { en: draft.descriptionEn, fr: draft.descriptionFr };
  const base = {
    ...(draft.id ? { id: draft.id } : {}),
    ...(title ? { title } : {}),
    description,
    target: draft.target,
    recommendedVms: recommendedVmsFrom(draft, at, errors),
  };
  let offer: OfferInput | null = null;
  switch (draft.type) {
    case 'free':
      offer = { type: 'free', ...base };
      break;
    case 'byol':
      if (!isWebAddress(draft.licenceUrl)) errors[at('licenceUrl')] = 'seller.error.url';
      offer = { type: 'byol', licenceUrl: draft.licenceUrl.trim(), ...base };
      break;
    case 'subscription': {
      const commitment = presetCommitment(draft);
      const price = parseEuros(draft.price);
      const months = Number(commitment.commitmentMonths);
      if (price === null) errors[at('price')] = 'seller.error.amount';
      if (!/^\d+$/.test(commitment.commitmentMonths.trim()) || months < 1 || months > 60) {
        errors[at('commitmentMonths')] = 'seller.error.months';
      }
      offer = {
        type: 'subscription',
        price: euros(price ?? 0),
        commitmentMonths: months,
        billingFrequency: commitment.billingFrequency,
        ...base,
      };
      break;
    }
    case 'hourly': {
      const prices = draft.prices.map((row, row_) => {
        const onDemand = parseEuros(row.onDemand);
        const oneYear = row.oneYear.trim() === '' ? undefined : parseEuros(row.oneYear);
        const vmType = row.vmType.trim();
        const problem = vmType === '' ? null : vmTypeProblem(vmType);
        if (vmType === '') errors[at(`prices.${row_}.vmType`)] = 'seller.error.vmType';
        else if (problem) errors[at(`prices.${row_}.vmType`)] = VM_TYPE_PROBLEMS[problem];
        if (onDemand === null) errors[at(`prices.${row_}.onDemandPerHour`)] = 'seller.error.amount';
        if (oneYear === null) errors[at(`prices.${row_}.oneYearPerHour`)] = 'seller.error.amount';
        if (oneYear === undefined && draft.target === 'nuage_public') {
          errors[at(`prices.${row_}.oneYearPerHour`)] = 'seller.error.nuageYearly';
        }
        return {
          vmType,
          onDemandPerHour: euros(onDemand ?? 0),
          ...(oneYear != null ? { oneYearPerHour: euros(oneYear) } : {}),
        };
      });
      offer = { type: 'hourly', prices, ...base };
      break;
    }
    default: {
      const unknown: never = draft.type;
      throw new Error(`unknown offer type ${String(unknown)}`);
    }
  }
  return Object.keys(errors).length > 0 ? { offer: null, errors } : { offer, errors };
}

/** All the offers, or every error found in them. */
export function offersFromDrafts(drafts: readonly OfferDraft[]): {
  offers: OfferInput[];
  errors: OfferErrors;
} {
  const offers: OfferInput[] = [];
  let errors: OfferErrors = {};
  drafts.forEach((draft, index) => {
    const result = offerFromDraft(draft, index);
    if (result.offer) offers.push(result.offer);
    errors = { ...errors, ...result.errors };
  });
  return { offers, errors };
}
