import type { MailTemplate } from './render.ts';

type Confirmation = { productName: string; offer: string; region: string; images: string; startDate: string };

export const subscriptionConfirmedMail: MailTemplate<Confirmation> = {
  subject: {
    en: (p) => `Your subscription to ${p.productName} is confirmed`,
    fr: (p) => `Votre souscription à ${p.productName} est confirmée`,
  },
  paragraphs: {
    en: (p) => [
      `Your organization subscribed to ${p.productName} (${p.offer}) in ${p.region}, from ${p.startDate}.`,
      p.images ? `OMIs to launch your VMs from:\n${p.images}` : 'The OMIs are listed in My subscriptions.',
    ],
    fr: (p) => [
      `Votre organisation a souscrit à ${p.productName} (${p.offer}) dans ${p.region}, à partir du ${p.startDate}.`,
      p.images
        ? `OMI depuis lesquelles lancer vos VM :\n${p.images}`
        : 'Les OMI sont listées dans Mes souscriptions.',
    ],
  },
};

export const subscriptionActivatedMail: MailTemplate<{ productName: string; region: string }> = {
  subject: {
    en: (p) => `Your subscription to ${p.productName} is active`,
    fr: (p) => `Votre souscription à ${p.productName} est active`,
  },
  paragraphs: {
    en: (p) => [
      `Your subscription to ${p.productName} in ${p.region} started today: its OMIs are now shared with the OUTSCALE accounts you chose.`,
    ],
    fr: (p) => [
      `Votre souscription à ${p.productName} dans ${p.region} a commencé aujourd'hui : ses OMI sont désormais partagées avec les comptes OUTSCALE choisis.`,
    ],
  },
};
