import type { OfferType, Text } from '@marketplace/domain';
import { dayIn, nameIn } from './format.ts';
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
  hourly: { en: 'hourly offer', fr: 'offre à l’heure' },
  free: { en: 'free offer', fr: 'offre gratuite' },
  byol: { en: 'bring-your-own-licence offer', fr: 'offre licence apportée' },
  subscription: { en: 'subscription offer', fr: 'offre abonnement' },
};

/** The offer as the e-mails name it: its title (French when it has one), or its type. */
export const offerName = (title: Text, type: OfferType): Text => ({
  en: title.en || OFFER_TYPES[type].en,
  fr: title.fr || title.en || OFFER_TYPES[type].fr,
});

const day = (p: Cancellation, language: 'en' | 'fr') => dayIn(p.endsAt, language);

/** To the buyer's admins (and whoever cancelled): what happens, and when. */
export const buyerCancellationMail: MailTemplate<Cancellation & { cancelledBy: string; url: string }> = {
  subject: {
    en: (p) =>
      p.atOnce
        ? `Your subscription to ${nameIn(p.product, 'en')} is cancelled`
        : `Your subscription to ${nameIn(p.product, 'en')} ends on ${day(p, 'en')}`,
    fr: (p) =>
      p.atOnce
        ? `Votre souscription à ${nameIn(p.product, 'fr')} est résiliée`
        : `Votre souscription à ${nameIn(p.product, 'fr')} prend fin le ${day(p, 'fr')}`,
  },
  paragraphs: {
    en: (p) => [
      `${p.cancelledBy} cancelled your organization’s subscription to ${nameIn(p.product, 'en')} (${nameIn(p.offer, 'en')}) in ${p.region}, for the OUTSCALE accounts ${p.accounts}.`,
      p.atOnce
        ? 'It ended at once: its OMIs can no longer be launched from these accounts, unless another subscription of your organization still grants them. VMs already running keep running.'
        : `It runs until the end of its current commitment, on ${day(p, 'en')}: until then nothing changes. Then its OMIs can no longer be launched from these accounts, unless another subscription of your organization still grants them; VMs already running keep running.`,
    ],
    fr: (p) => [
      `${p.cancelledBy} a résilié la souscription de votre organisation à ${nameIn(p.product, 'fr')} (${nameIn(p.offer, 'fr')}) dans ${p.region}, pour les comptes OUTSCALE ${p.accounts}.`,
      p.atOnce
        ? 'Elle a pris fin immédiatement : ses OMI ne peuvent plus être lancées depuis ces comptes, sauf si une autre souscription de votre organisation les y autorise encore. Les VM déjà lancées continuent de tourner.'
        : `Elle court jusqu’à la fin de son engagement en cours, le ${day(p, 'fr')} : d’ici là, rien ne change. Ensuite, ses OMI ne pourront plus être lancées depuis ces comptes, sauf si une autre souscription de votre organisation les y autorise encore ; les VM déjà lancées continuent de tourner.`,
    ],
  },
  action: { label: { en: 'My subscriptions', fr: 'Mes souscriptions' }, url: (p) => p.url },
};

/** To the seller organization's users: which buyer cancelled what, and when it stops. */
export const sellerCancellationMail: MailTemplate<Cancellation & { buyer: string }> = {
  subject: {
    en: (p) => `${p.buyer} cancelled its subscription to ${nameIn(p.product, 'en')}`,
    fr: (p) => `${p.buyer} a résilié sa souscription à ${nameIn(p.product, 'fr')}`,
  },
  paragraphs: {
    en: (p) => [
      `${p.buyer} cancelled its subscription to ${nameIn(p.product, 'en')} (${nameIn(p.offer, 'en')}) in ${p.region}, for the OUTSCALE accounts ${p.accounts}.`,
      p.atOnce
        ? 'It ended at once: the Marketplace removes the launch permissions of your OMIs from these accounts. VMs already running keep running.'
        : `It ends at the end of its current commitment, on ${day(p, 'en')}: the buyer keeps access until then.`,
      'My sales shows it.',
    ],
    fr: (p) => [
      `${p.buyer} a résilié sa souscription à ${nameIn(p.product, 'fr')} (${nameIn(p.offer, 'fr')}) dans ${p.region}, pour les comptes OUTSCALE ${p.accounts}.`,
      p.atOnce
        ? 'Elle a pris fin immédiatement : la Marketplace retire à ces comptes les droits de lancement de vos OMI. Les VM déjà lancées continuent de tourner.'
        : `Elle prend fin à la fin de son engagement en cours, le ${day(p, 'fr')} : l’acheteur garde l’accès d’ici là.`,
      'Mes ventes la montrent.',
    ],
  },
};
