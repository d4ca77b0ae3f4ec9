import type { Money } from '../money.ts';
import type { OfferedVmTypes, PerformanceClass, VmParts } from '../pricing/vm-types.ts';
import type { OfferType, ProductKind, Text } from '../vocabulary.ts';
import type { ChecklistItem } from './checklist.ts';

export type HourlyPrice = { vmType: string; onDemandPerHour: Money; oneYearPerHour?: Money | undefined };

/** What a buyer pays under an offer: its type and rates, fixed once the product is published. */
export type OfferTerms =
  | { type: 'hourly'; prices: HourlyPrice[] }
  | { type: 'free' }
  | { type: 'byol'; licenceUrl: string }
  | { type: 'subscription'; price: Money; commitmentMonths: number; billingFrequency: 'monthly' | 'yearly' };

/** Who may buy an offer: every buyer, or only Nuage public (UGAP) buyer organizations (SPEC §7b). */
export const OFFER_TARGETS = ['all', 'nuage_public'] as const;
export type OfferTarget = (typeof OFFER_TARGETS)[number];

export const PERFORMANCE_LEVELS = [
  'medium',
  'high',
  'highest',
] as const satisfies readonly PerformanceClass[];

/** A VM the seller recommends to run the offer on, as OUTSCALE's offer form asks for it. */
export type RecommendedVm = {
  /** The processor generation, `v6`: ReadVmTypes says which exist. */
  cpuGeneration: string;
  vCpus: number;
  memoryGiB: number;
  performance: PerformanceClass;
};

/** An offer as the seller describes it: texts a buyer reads, and its terms. */
export type OfferDraft = {
  title: Text;
  description: Text;
  target: OfferTarget;
  recommendedVms: readonly RecommendedVm[];
  terms: OfferTerms;
};

/** Nuage public offers are committed for 12 months, billed yearly: preset for that market (SPEC §7b). */
export const NUAGE_PUBLIC_COMMITMENT = { commitmentMonths: 12, billingFrequency: 'yearly' } as const;

/**
 * Free and BYOL copies are public (anyone may launch them); hourly and subscription copies stay private
 * and are shared with subscribers (SPEC §4). A product's offers share its pricing mode.
 */
export function imageVisibility(offerTypes: readonly OfferType[]): 'public' | 'private' {
  return offerTypes.some((t) => t === 'hourly' || t === 'subscription') ? 'private' : 'public';
}

/** The pricing mode is chosen once: every offer of a product has the same type. */
export function sharesPricingMode(offerTypes: readonly OfferType[]): boolean {
  return new Set(offerTypes).size <= 1;
}

/** The terms as stored: a Nuage public subscription gets its preset commitment whatever was sent. */
export function presetTerms(terms: OfferTerms, target: OfferTarget): OfferTerms {
  return target === 'nuage_public' && terms.type === 'subscription'
    ? { ...terms, ...NUAGE_PUBLIC_COMMITMENT }
    : terms;
}

const generationOf = (cpuGeneration: string) => {
  const match = /^v(\d{1,2})$/.exec(cpuGeneration.trim());
  return match ? Number(match[1]) : Number.NaN;
};

const POSITIVE_INTEGER = (n: number) => Number.isInteger(n) && n > 0;

/**
 * What is wrong with how a recommended VM is written, by field (the seller's form checks it as typed);
 * whether OUTSCALE has such a VM is ReadVmTypes' to say (`OfferedVmTypes.recommendedProblems`).
 */
export function recommendedVmProblems(vm: RecommendedVm): Partial<Record<keyof RecommendedVm, Text>> {
  const problems: Partial<Record<keyof RecommendedVm, Text>> = {};
  if (Number.isNaN(generationOf(vm.cpuGeneration))) {
    problems.cpuGeneration = {
      en: 'Choose the processor generation, such as v6.',
      fr: 'Choisissez la génération de processeur, par exemple v6.',
    };
  }
  if (!POSITIVE_INTEGER(vm.vCpus)) {
    problems.vCpus = {
      en: 'Enter a whole number of vCores, such as 4.',
      fr: 'Indiquez un nombre entier de vCores, par exemple 4.',
    };
  }
  if (!POSITIVE_INTEGER(vm.memoryGiB)) {
    problems.memoryGiB = {
      en: 'Enter the memory in whole GiB, such as 8.',
      fr: 'Indiquez la mémoire en Gio entiers, par exemple 8.',
    };
  }
  return problems;
}

/** A recommended VM's parts, as ReadVmTypes' checks read them. */
export const vmPartsOf = (vm: RecommendedVm): VmParts => ({
  generation: generationOf(vm.cpuGeneration),
  vCores: vm.vCpus,
  ramGiB: vm.memoryGiB,
  performance: vm.performance,
});

const FLAGS: Record<PerformanceClass, number> = { highest: 1, high: 2, medium: 3 };

/** The OUTSCALE VM type of a recommended VM (`tinav6.c4r8p2`), to estimate the cost of running on it. */
export const vmTypeOf = (vm: RecommendedVm): string =>
  `tina${vm.cpuGeneration.trim()}.c${vm.vCpus}r${vm.memoryGiB}p${FLAGS[vm.performance]}`;

const NUAGE_PUBLIC_KINDS: Text = {
  en: 'A Nuage public offer is a subscription offer or a yearly per-VM-type offer of an OMI product.',
  fr: 'Une offre Nuage public est une offre abonnement ou une offre annuelle par type de VM d’un produit OMI.',
};
const NUAGE_PUBLIC_YEARLY: Text = {
  en: 'A Nuage public offer is sold per year: give the one-year rate of each VM type.',
  fr: 'Une offre Nuage public se vend à l’année : donnez le tarif sur un an de chaque type de VM.',
};

/**
 * What makes an offer impossible to store, by field path inside the offer (`prices.0.vmType`): VM types
 * OUTSCALE does not list in the product's regions (ReadVmTypes, `offered`), a VM type priced twice,
 * recommended VMs that do not exist, a Nuage public offer of a kind that market does not buy. Incomplete
 * texts are not here: drafts may be incomplete.
 */
export function offerStorageProblems(
  offer: Pick<OfferDraft, 'terms' | 'target' | 'recommendedVms'>,
  kind: ProductKind,
  offered: OfferedVmTypes,
): Record<string, Text> {
  const fields: Record<string, Text> = {};
  const { terms } = offer;
  if (terms.type === 'hourly') {
    const seen = new Set<string>();
    terms.prices.forEach((price, row) => {
      const problem = offered.problem(price.vmType);
      if (problem) fields[`prices.${row}.vmType`] = problem;
      else if (seen.has(price.vmType)) {
        fields[`prices.${row}.vmType`] = {
          en: `${price.vmType} is already priced in this offer.`,
          fr: `${price.vmType} a déjà un tarif dans cette offre.`,
        };
      }
      seen.add(price.vmType);
    });
  }
  offer.recommendedVms.forEach((vm, row) => {
    const written = recommendedVmProblems(vm);
    const problems = Object.keys(written).length > 0 ? written : offered.recommendedProblems(vmPartsOf(vm));
    for (const [field, text] of Object.entries(problems)) {
      fields[`recommendedVms.${row}.${field}`] = text;
    }
  });
  if (offer.target === 'nuage_public') {
    if (kind !== 'omi' || (terms.type !== 'subscription' && terms.type !== 'hourly')) {
      fields.target = NUAGE_PUBLIC_KINDS;
    } else if (terms.type === 'hourly') {
      terms.prices.forEach((price, row) => {
        if (!price.oneYearPerHour) fields[`prices.${row}.oneYearPerHour`] = NUAGE_PUBLIC_YEARLY;
      });
    }
  }
  return fields;
}

const bothLanguages = (text: Text) => text.en.trim() !== '' && text.fr.trim() !== '';

/** What one offer lacks before it can be sold, keyed by its field (`title`, `description`, ...). */
export function offerProblems(
  offer: Pick<OfferDraft, 'title' | 'description' | 'recommendedVms'>,
  kind: ProductKind,
): ChecklistItem[] {
  const missing: ChecklistItem[] = [];
  if (!bothLanguages(offer.title)) {
    missing.push({
      key: 'title',
      text: { en: 'its title, in English and in French', fr: 'son titre, en anglais et en français' },
    });
  }
  if (!bothLanguages(offer.description)) {
    missing.push({
      key: 'description',
      text: {
        en: 'its description, in English and in French',
        fr: 'sa description, en anglais et en français',
      },
    });
  }
  if (kind === 'omi' && offer.recommendedVms.length === 0) {
    missing.push({
      key: 'recommendedVms',
      text: { en: 'at least one recommended VM', fr: 'au moins une VM recommandée' },
    });
  }
  return missing;
}

/** "Offer 2 “Gold”", « L’offre 2 « Or » »: how a message names an offer. */
export function offerName(index: number, title: Text): Text {
  const en = title.en.trim();
  const fr = title.fr.trim() || en;
  return {
    en: `Offer ${index + 1}${en ? ` “${en}”` : ''}`,
    fr: `L’offre ${index + 1}${fr ? ` « ${fr} »` : ''}`,
  };
}

/**
 * What a product's offers lack before publication, for the checklist: each offer's own problems (keys
 * such as `offers.0.description`, the API's field paths), and the rule that a product with Nuage public
 * offers also has an offer for all buyers.
 */
export function offersProblems(offers: readonly OfferDraft[], kind: ProductKind): ChecklistItem[] {
  const missing: ChecklistItem[] = offers.flatMap((offer, index) =>
    offerProblems(offer, kind).map(({ key, text }) => {
      const name = offerName(index, offer.title);
      return {
        key: `offers.${index}.${key}`,
        text: { en: `${name.en}: ${text.en}.`, fr: `${name.fr} : ${text.fr}.` },
      };
    }),
  );
  if (offers.some((o) => o.target === 'nuage_public') && !offers.some((o) => o.target === 'all')) {
    missing.push({
      key: 'offers.target',
      text: {
        en: 'An offer for all buyers besides the Nuage public offers.',
        fr: 'Une offre pour tous les acheteurs en plus des offres Nuage public.',
      },
    });
  }
  return missing;
}

const samePrice = (a: Money | undefined, b: Money | undefined) =>
  a?.amount === b?.amount && a?.currency === b?.currency;

/**
 * Whether two versions of an offer have the same fixed terms: type, target, rates, commitment and billing
 * frequency (SPEC §4: fixed once published). Texts, recommended VMs and a BYOL licence page may differ;
 * the order of the VM types does not matter.
 */
export function sameFixedTerms(
  a: { terms: OfferTerms; target: OfferTarget },
  b: { terms: OfferTerms; target: OfferTarget },
): boolean {
  if (a.target !== b.target) return false;
  const [x, y] = [a.terms, b.terms];
  switch (x.type) {
    case 'free':
    case 'byol':
      return y.type === x.type;
    case 'subscription':
      return (
        y.type === 'subscription' &&
        samePrice(x.price, y.price) &&
        x.commitmentMonths === y.commitmentMonths &&
        x.billingFrequency === y.billingFrequency
      );
    case 'hourly': {
      if (y.type !== 'hourly' || x.prices.length !== y.prices.length) return false;
      const byType = new Map(y.prices.map((p) => [p.vmType, p]));
      return x.prices.every((p) => {
        const other = byType.get(p.vmType);
        return (
          other !== undefined &&
          samePrice(p.onDemandPerHour, other.onDemandPerHour) &&
          samePrice(p.oneYearPerHour, other.oneYearPerHour)
        );
      });
    }
    default: {
      const unknown: never = x;
      throw new Error(`unknown offer type ${String(unknown)}`);
    }
  }
}
