import { formatDay, type Language, type OfferType, type Text } from '@marketplace/domain';
import type { MailTemplate } from './render.ts';

/** What a cancellation e-mail tells, each text in both languages (the e-mail shows both). */
export type Cancellation = {
  product: Text;
  /** The offer's title; its type when it has none. */
  offer: Text;
  region: string;
  accounts: string;
  /** ISO 8601: now when the subscription ended at once, else the end of its current commitment. */
  endsAt: string;
  atOnce: boolean;
};

const OFFER_TYPES: Record<OfferType, Text> = {
  hourly: { en: 'hourly', fr: 'à l’heure' },
  free: { en: 'free', fr: 'gratuite' },
  byol: { en: 'bring your own licence', fr: 'licence apportée' },
  subscription: { en: 'subscription', fr: 'abonnement' },
};

/** The offer as the e-mails name it: its title, or its type. */
export const offerName = (title: Text, type: OfferType): Text => ({
  en: title.en || OFFER_TYPES[type].en,
  fr: title.fr || title.en || OFFER_TYPES[type].fr,
});

const day = (p: Cancellation, language: Language) => formatDay(new Date(p.endsAt), language);
const of = (text: Text, language: Language) => text[language] || text.en;

/** To the buyer's admins (and whoever cancelled): what happens, and when. */
export const buyerCancellationMail: MailTemplate<Cancellation & { cancelledBy: string; url: string }> = {
  subject: {
    en: (p) =>
      p.atOnce
        ? `Your subscription to ${of(p.product, 'en')} is cancelled`
        : `Your subscription to ${of(p.product, 'en')} ends on ${day(p, 'en')}`,
    fr: (p) =>
      p.atOnce
        ? `Votre abonnement à ${of(p.product, 'fr')} est résilié`
        : `Votre abonnement à ${of(p.product, 'fr')} prend fin le ${day(p, 'fr')}`,
  },
  paragraphs: {
    en: (p) => [
      `${p.cancelledBy} cancelled your organization’s subscription to ${of(p.product, 'en')} (${p.offer.en}) in ${p.region}, for the OUTSCALE accounts ${p.accounts}.`,
      p.atOnce
        ? 'It ended at once: its OMIs can no longer be launched from these accounts, unless another subscription of your organization still grants them. VMs already running keep running.'
        : `It runs until the end of its current commitment, on ${day(p, 'en')}: until then nothing changes. Then its OMIs can no longer be launched from these accounts, unless another subscription of your organization still grants them; VMs already running keep running.`,
    ],
    fr: (p) => [
      `${p.cancelledBy} a résilié l’abonnement de votre organisation à ${of(p.product, 'fr')} (${p.offer.fr}) dans ${p.region}, pour les comptes OUTSCALE ${p.accounts}.`,
      p.atOnce
        ? 'Il a pris fin immédiatement : ses OMI ne peuvent plus être lancées depuis ces comptes, sauf si un autre abonnement de votre organisation les y autorise encore. Les VM déjà lancées continuent de tourner.'
        : `Il court jusqu’à la fin de son engagement en cours, le ${day(p, 'fr')} : d’ici là, rien ne change. Ensuite, ses OMI ne pourront plus être lancées depuis ces comptes, sauf si un autre abonnement de votre organisation les y autorise encore ; les VM déjà lancées continuent de tourner.`,
    ],
  },
  action: { label: { en: 'My subscriptions', fr: 'Mes abonnements' }, url: (p) => p.url },
};

/** To the seller organization's users: which buyer cancelled what, and when it stops. */
export const sellerCancellationMail: MailTemplate<Cancellation & { buyer: string }> = {
  subject: {
    en: (p) => `${p.buyer} cancelled its subscription to ${of(p.product, 'en')}`,
    fr: (p) => `${p.buyer} a résilié son abonnement à ${of(p.product, 'fr')}`,
  },
  paragraphs: {
    en: (p) => [
      `${p.buyer} cancelled its subscription to ${of(p.product, 'en')} (${p.offer.en}) in ${p.region}, for the OUTSCALE accounts ${p.accounts}.`,
      p.atOnce
        ? 'It ended at once: the marketplace removes the launch permissions of your OMIs from these accounts. VMs already running keep running.'
        : `It ends at the end of its current commitment, on ${day(p, 'en')}: the buyer keeps access until then.`,
      'My sales shows it.',
    ],
    fr: (p) => [
      `${p.buyer} a résilié son abonnement à ${of(p.product, 'fr')} (${p.offer.fr}) dans ${p.region}, pour les comptes OUTSCALE ${p.accounts}.`,
      p.atOnce
        ? 'Il a pris fin immédiatement : la marketplace retire à ces comptes les droits de lancement de vos OMI. Les VM déjà lancées continuent de tourner.'
        : `Il prend fin à la fin de son engagement en cours, le ${day(p, 'fr')} : l’acheteur garde l’accès d’ici là.`,
      'Mes ventes le montrent.',
    ],
  },
};
