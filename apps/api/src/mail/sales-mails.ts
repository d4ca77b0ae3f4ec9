import type { Text } from '@marketplace/domain';
import { dayIn, nameIn } from './format.ts';
import type { MailTemplate } from './render.ts';

type KeyRequest = {
  product: Text;
  offer: Text;
  buyerName: string;
  region: string;
  /** The first day of use (ISO 8601). */
  startsOn: string;
  /** My sales, filtered on the subscriptions awaiting their key. */
  url: string;
};

/** To every account of the seller organization: a subscription waits for its licence key. */
export const licenceKeyToAllocateMail: MailTemplate<KeyRequest> = {
  subject: {
    en: (p) => `Licence key to allocate: ${nameIn(p.product, 'en')} for ${p.buyerName}`,
    fr: (p) => `Clé de licence à attribuer : ${nameIn(p.product, 'fr')} pour ${p.buyerName}`,
  },
  paragraphs: {
    en: (p) => [
      `${p.buyerName} subscribed to ${nameIn(p.product, 'en')} (${nameIn(p.offer, 'en')}) in ${p.region}, from ${dayIn(p.startsOn, 'en')}.`,
      'The subscription waits for its licence key: the buyer cannot use the product until you allocate it. Add the key, a text or a file of up to 4 MB, from My sales.',
    ],
    fr: (p) => [
      `${p.buyerName} a souscrit à ${nameIn(p.product, 'fr')} (${nameIn(p.offer, 'fr')}) dans ${p.region}, à partir du ${dayIn(p.startsOn, 'fr')}.`,
      "La souscription attend sa clé de licence : l'acheteur ne peut pas utiliser le produit avant que vous l'ayez attribuée. Ajoutez la clé, un texte ou un fichier de 4 Mo au plus, depuis Mes ventes.",
    ],
  },
  action: { label: { en: 'Open My sales', fr: 'Ouvrir Mes ventes' }, url: (p) => p.url },
};

type KeyAllocated = {
  product: Text;
  region: string;
  /** Whether this version replaces an earlier key. */
  replaced: boolean;
  /** Usable now (OMIs being shared), or from this day (ISO 8601) on. */
  usableFrom: string | null;
  /** My subscriptions. */
  url: string;
};

/** To the subscriber and the buyer organization's admins: the key is there (never the key itself). */
export const licenceKeyAllocatedMail: MailTemplate<KeyAllocated> = {
  subject: {
    en: (p) =>
      p.replaced
        ? `Your licence key for ${nameIn(p.product, 'en')} was replaced`
        : `Your licence key for ${nameIn(p.product, 'en')} is allocated`,
    fr: (p) =>
      p.replaced
        ? `Votre clé de licence pour ${nameIn(p.product, 'fr')} a été remplacée`
        : `Votre clé de licence pour ${nameIn(p.product, 'fr')} est attribuée`,
  },
  paragraphs: {
    en: (p) => [
      p.replaced
        ? `The seller replaced the licence key of your subscription to ${nameIn(p.product, 'en')} in ${p.region}: use the new one from now on.`
        : `The seller allocated the licence key of your subscription to ${nameIn(p.product, 'en')} in ${p.region}.`,
      p.usableFrom
        ? `The subscription starts on ${dayIn(p.usableFrom, 'en')}: its OMIs will be shared with your OUTSCALE accounts that day, and the key shown in My subscriptions.`
        : 'The product is usable now: its OMIs are shared with the OUTSCALE accounts you chose, and the key is in My subscriptions (copy or download it there).',
    ],
    fr: (p) => [
      p.replaced
        ? `Le vendeur a remplacé la clé de licence de votre souscription à ${nameIn(p.product, 'fr')} dans ${p.region} : utilisez désormais la nouvelle.`
        : `Le vendeur a attribué la clé de licence de votre souscription à ${nameIn(p.product, 'fr')} dans ${p.region}.`,
      p.usableFrom
        ? `La souscription commence le ${dayIn(p.usableFrom, 'fr')} : ses OMI seront partagées ce jour-là avec vos comptes OUTSCALE, et la clé affichée dans Mes souscriptions.`
        : 'Le produit est utilisable dès maintenant : ses OMI sont partagées avec les comptes OUTSCALE choisis, et la clé est dans Mes souscriptions (copiez-la ou téléchargez-la depuis cette page).',
    ],
  },
  action: {
    label: { en: 'Open My subscriptions', fr: 'Ouvrir Mes souscriptions' },
    url: (p) => p.url,
  },
};
