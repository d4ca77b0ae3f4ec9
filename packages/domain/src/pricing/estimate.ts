import type { OfferTerms } from '../catalog/offers.ts';
import { badRequest } from '../errors.ts';
import { type Money, money } from '../money.ts';
import { formatDay } from '../subscriptions/cancellation.ts';
import type { Region, Text } from '../vocabulary.ts';
import type { Commitment, VmRates } from './catalogue.ts';

export type EstimateRequest = {
  terms: OfferTerms;
  region: Region;
  vmType: string;
  vmCount: number;
  commitment: Commitment;
  /** Licences committed for a year (hourly offers) or bought (subscription offers); defaults to the VMs. */
  licences?: number | undefined;
};

export type EstimateLine = {
  kind: 'software' | 'vm';
  label: Text;
  perHour: Money;
  perMonth: Money;
  perYear: Money;
};

export type CostEstimate = {
  vmType: string;
  vmCount: number;
  commitment: Commitment;
  lines: EstimateLine[];
  total: { perHour: Money; perMonth: Money; perYear: Money };
  currency: 'EUR';
  /** OUTSCALE bills storage (BSU volumes) apart: never in the estimate, and the page says so. */
  storageIncluded: false;
  /** The catalogue the VM rates come from: "OUTSCALE ReadPublicCatalog, <region>" and the day it was read. */
  priceTable: { source: string; asOf: string };
  /** The licences counted (one-year hourly commitments, subscriptions); absent on older estimates. */
  licences?: number | undefined;
};

/** Licences count for a one-year hourly commitment and for subscriptions; elsewhere the VMs do. */
export function countsLicences(offerType: OfferTerms['type'], commitment: Commitment): boolean {
  return offerType === 'subscription' || (offerType === 'hourly' && commitment === 'one_year');
}

/** OUTSCALE's billing month and year, in hours. */
export const HOURS_PER_MONTH = 730;
export const HOURS_PER_YEAR = 8760;

export const MICROS_PER_CENT = 10_000;
const cents = (micros: number) => money(Math.round(micros / MICROS_PER_CENT));

/** A line from an hourly rate in micro-euros: each period is computed from the rate, then rounded once. */
function line(kind: EstimateLine['kind'], label: Text, microsPerHour: number): EstimateLine {
  return {
    kind,
    label,
    perHour: cents(microsPerHour),
    perMonth: cents(microsPerHour * HOURS_PER_MONTH),
    perYear: cents(microsPerHour * HOURS_PER_YEAR),
  };
}

const invalid = (field: string, text: Text) => badRequest(text, { [field]: text });

/**
 * The seller's rate for the VMs, per hour in micro-euros, under the offer's pricing model. The estimate
 * and the charges (billing/charges.ts) both read the seller's rates from here.
 */
export function softwarePerHour(request: EstimateRequest): { micros: number; label: Text } {
  const { terms, vmType, vmCount, commitment } = request;
  switch (terms.type) {
    case 'free':
      return { micros: 0, label: { en: 'Software (free)', fr: 'Logiciel (gratuit)' } };
    case 'byol':
      return {
        micros: 0,
        label: {
          en: 'Software: licence bought from the seller (not included)',
          fr: 'Logiciel : licence achetée auprès du vendeur (non incluse)',
        },
      };
    case 'hourly': {
      const price = terms.prices.find((p) => p.vmType === vmType);
      if (!price) {
        const types = terms.prices.map((p) => p.vmType).join(', ');
        throw invalid('vmType', {
          en: `This offer is priced for these VM types: ${types}.`,
          fr: `Cette offre est tarifée pour ces types de VM : ${types}.`,
        });
      }
      if (commitment === 'one_year') {
        if (!price.oneYearPerHour) {
          throw invalid('commitment', {
            en: `This offer has no one-year price for ${vmType}: choose on demand.`,
            fr: `Cette offre n'a pas de prix sur un an pour ${vmType} : choisissez à la demande.`,
          });
        }
        const licences = request.licences ?? vmCount;
        return {
          micros: price.oneYearPerHour.amount * MICROS_PER_CENT * licences,
          label: {
            en: `Software: ${licences} licences committed for one year`,
            fr: `Logiciel : ${licences} licences engagées sur un an`,
          },
        };
      }
      return {
        micros: price.onDemandPerHour.amount * MICROS_PER_CENT * vmCount,
        label: { en: 'Software, on demand', fr: 'Logiciel, à la demande' },
      };
    }
    case 'subscription': {
      const licences = request.licences ?? 1;
      const perYear =
        (terms.billingFrequency === 'monthly' ? terms.price.amount * 12 : terms.price.amount) *
        MICROS_PER_CENT *
        licences;
      return {
        micros: perYear / HOURS_PER_YEAR,
        label: {
          en: `Software: subscription (${terms.commitmentMonths} months, billed ${terms.billingFrequency === 'monthly' ? 'monthly' : 'yearly'})`,
          fr: `Logiciel : offre abonnement (${terms.commitmentMonths} mois, facturé ${terms.billingFrequency === 'monthly' ? 'mensuellement' : 'annuellement'})`,
        },
      };
    }
  }
}

/**
 * The cost of running an OMI product: the seller's rate under the offer's model plus OUTSCALE's rate for
 * the VMs, per hour, month and year, storage excluded (SPEC §6). The catalog's estimate and the price
 * recorded on a subscription both come from here.
 */
export function estimateCost(rates: VmRates, request: EstimateRequest): CostEstimate {
  const { region, vmType, vmCount, commitment } = request;
  if (!Number.isInteger(vmCount) || vmCount < 1 || vmCount > 1000) {
    throw invalid('vmCount', { en: 'Enter 1 to 1,000 VMs.', fr: 'Indiquez de 1 à 1 000 VM.' });
  }
  if (request.licences !== undefined && (!Number.isInteger(request.licences) || request.licences < 1)) {
    throw invalid('licences', {
      en: 'Enter at least one licence.',
      fr: 'Indiquez au moins une licence.',
    });
  }
  if (rates.region !== region) throw new Error(`VM rates of ${rates.region} given for ${region}`);
  const software = softwarePerHour(request);
  const rate = rates.perHour(vmType, commitment);
  if (rate === null) {
    // The price list read, and when, as each language writes a day.
    const asOf = new Date(`${rates.asOf}T00:00:00Z`);
    const seen = {
      en: `${rates.source}, read on ${formatDay(asOf, 'en')}`,
      fr: `${rates.source}, lu le ${formatDay(asOf, 'fr')}`,
    };
    throw invalid(
      commitment === 'one_year' && rates.perHour(vmType, 'on_demand') !== null ? 'commitment' : 'vmType',
      commitment === 'one_year' && rates.perHour(vmType, 'on_demand') !== null
        ? {
            en: `OUTSCALE's catalogue has no one-year price for ${vmType} in ${region} (${seen.en}): choose on demand.`,
            fr: `Le catalogue d'OUTSCALE n'a pas de prix sur un an pour ${vmType} dans ${region} (${seen.fr}) : choisissez à la demande.`,
          }
        : {
            en: `OUTSCALE has no price for the VM type ${vmType} in ${region} (${seen.en}): choose a VM type it lists, such as tinav6.c4r8p2.`,
            fr: `OUTSCALE n'a pas de prix pour le type de VM ${vmType} dans ${region} (${seen.fr}) : choisissez un type de VM qu'elle liste, comme tinav6.c4r8p2.`,
          },
    );
  }
  const vm = rate * vmCount;
  const vmLabel: Text =
    commitment === 'one_year'
      ? {
          en: `OUTSCALE VMs: ${vmCount} × ${vmType}, reserved for one year`,
          fr: `VM OUTSCALE : ${vmCount} × ${vmType}, réservées un an`,
        }
      : {
          en: `OUTSCALE VMs: ${vmCount} × ${vmType}, on demand`,
          fr: `VM OUTSCALE : ${vmCount} × ${vmType}, à la demande`,
        };
  const lines = [line('software', software.label, software.micros), line('vm', vmLabel, vm)];
  const total = line('vm', vmLabel, software.micros + vm);
  return {
    vmType,
    vmCount,
    commitment,
    lines,
    total: { perHour: total.perHour, perMonth: total.perMonth, perYear: total.perYear },
    currency: 'EUR',
    storageIncluded: false,
    ...(countsLicences(request.terms.type, commitment)
      ? { licences: request.licences ?? (request.terms.type === 'subscription' ? 1 : vmCount) }
      : {}),
    priceTable: { source: rates.source, asOf: rates.asOf },
  };
}
