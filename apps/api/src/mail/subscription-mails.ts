import type { Money, Text } from '@marketplace/domain';
import { dayIn, icu, moneyIn, nameIn } from './format.ts';
import type { MailTemplate } from './render.ts';

export type Confirmation = {
  product: Text;
  /** The offer's title; its type when it has none (`offerName`). */
  offer: Text;
  region: string;
  /** One line per OMI: `- <version> (<region>): ami-…`; empty when none is shared yet. */
  images: string;
  /** The first day of use (ISO 8601). */
  startsOn: string;
  /** The estimate recorded with the subscription, when the buyer gave the VMs it means to run. */
  estimate: { vmCount: number; vmType: string; perMonth: Money } | null;
};

const ESTIMATE: Text = {
  en: 'Estimated cost: {perMonth} per month for {vmCount, plural, one {# {vmType} VM} other {# {vmType} VMs}} (storage billed apart by OUTSCALE).',
  fr: 'Coût estimé : {perMonth} par mois pour {vmCount, plural, one {# VM {vmType}} other {# VM {vmType}}} (stockage facturé à part par OUTSCALE).',
};

const estimateLine = (p: Confirmation, language: 'en' | 'fr') =>
  p.estimate
    ? [
        icu(
          ESTIMATE[language],
          {
            perMonth: moneyIn(p.estimate.perMonth, language),
            vmCount: p.estimate.vmCount,
            vmType: p.estimate.vmType,
          },
          language,
        ),
      ]
    : [];

export const subscriptionConfirmedMail: MailTemplate<Confirmation> = {
  subject: {
    en: (p) => `Your subscription to ${nameIn(p.product, 'en')} is confirmed`,
    fr: (p) => `Votre souscription à ${nameIn(p.product, 'fr')} est confirmée`,
  },
  paragraphs: {
    en: (p) => [
      `Your organization subscribed to ${nameIn(p.product, 'en')} (${nameIn(p.offer, 'en')}) in ${p.region}, from ${dayIn(p.startsOn, 'en')}.`,
      ...estimateLine(p, 'en'),
      p.images ? `OMIs to launch your VMs from:\n${p.images}` : 'The OMIs are listed in My subscriptions.',
    ],
    fr: (p) => [
      `Votre organisation a souscrit à ${nameIn(p.product, 'fr')} (${nameIn(p.offer, 'fr')}) dans ${p.region}, à partir du ${dayIn(p.startsOn, 'fr')}.`,
      ...estimateLine(p, 'fr'),
      p.images
        ? `OMI depuis lesquelles lancer vos VM :\n${p.images}`
        : 'Les OMI sont listées dans Mes souscriptions.',
    ],
  },
};

export const subscriptionActivatedMail: MailTemplate<{ product: Text; region: string }> = {
  subject: {
    en: (p) => `Your subscription to ${nameIn(p.product, 'en')} is active`,
    fr: (p) => `Votre souscription à ${nameIn(p.product, 'fr')} est active`,
  },
  paragraphs: {
    en: (p) => [
      `Your subscription to ${nameIn(p.product, 'en')} in ${p.region} started today: its OMIs are now shared with the OUTSCALE accounts you chose.`,
    ],
    fr: (p) => [
      `Votre souscription à ${nameIn(p.product, 'fr')} dans ${p.region} a commencé aujourd'hui : ses OMI sont désormais partagées avec les comptes OUTSCALE choisis.`,
    ],
  },
};
