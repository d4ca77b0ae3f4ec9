// An offer as the seller types it (text fields, euros) and as the API takes it (integer cents). Pure, so
// the conversion and its checks are unit-tested; the server applies the same rules again.
import type { OfferTerms, OfferType, Text } from '@marketplace/domain';
import { centsToInput, type PlainMessageKey, parseEuros } from '@marketplace/ui';

export type PriceDraft = { vmType: string; onDemand: string; oneYear: string };

export type OfferDraft = {
  type: OfferType;
  titleEn: string;
  titleFr: string;
  licenceUrl: string;
  price: string;
  commitmentMonths: string;
  billingFrequency: 'monthly' | 'yearly';
  prices: PriceDraft[];
};

export type OfferInput = OfferTerms & { title?: Text };

/** Errors by the API's own field paths (`offers.0.prices.1.onDemandPerHour`), as the server names them. */
export type OfferErrors = Record<string, PlainMessageKey>;

export const emptyPrice = (): PriceDraft => ({ vmType: '', onDemand: '', oneYear: '' });

export function emptyOffer(type: OfferType): OfferDraft {
  return {
    type,
    titleEn: '',
    titleFr: '',
    licenceUrl: '',
    price: '',
    commitmentMonths: '12',
    billingFrequency: 'monthly',
    prices: [emptyPrice()],
  };
}

/** An offer the API gave back, ready to edit. */
export function offerDraftFrom(
  offer: { type: OfferType; title: Text } & Record<string, unknown>,
): OfferDraft {
  const draft: OfferDraft = { ...emptyOffer(offer.type), titleEn: offer.title.en, titleFr: offer.title.fr };
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

/** The API's offer for a draft, or the errors that keep it from being one. */
export function offerFromDraft(
  draft: OfferDraft,
  index: number,
): { offer: OfferInput; errors: OfferErrors } | { offer: null; errors: OfferErrors } {
  const errors: OfferErrors = {};
  const at = (field: string) => `offers.${index}.${field}`;
  const title =
    draft.titleEn.trim() || draft.titleFr.trim() ? { en: draft.titleEn, fr: draft.titleFr } : null;
  const base = title ? { title } : {};
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
      const price = parseEuros(draft.price);
      const months = Number(draft.commitmentMonths);
      if (price === null) errors[at('price')] = 'seller.error.amount';
      if (!/^\d+$/.test(draft.commitmentMonths.trim()) || months < 1 || months > 60) {
        errors[at('commitmentMonths')] = 'seller.error.months';
      }
      offer = {
        type: 'subscription',
        price: euros(price ?? 0),
        commitmentMonths: months,
        billingFrequency: draft.billingFrequency,
        ...base,
      };
      break;
    }
    case 'hourly': {
      const prices = draft.prices.map((row, row_) => {
        const onDemand = parseEuros(row.onDemand);
        const oneYear = row.oneYear.trim() === '' ? undefined : parseEuros(row.oneYear);
        if (row.vmType.trim() === '') errors[at(`prices.${row_}.vmType`)] = 'seller.error.vmType';
        if (onDemand === null) errors[at(`prices.${row_}.onDemandPerHour`)] = 'seller.error.amount';
        if (oneYear === null) errors[at(`prices.${row_}.oneYearPerHour`)] = 'seller.error.amount';
        return {
          vmType: row.vmType.trim(),
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
