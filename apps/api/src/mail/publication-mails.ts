import type { MailTemplate } from './render.ts';

export const versionUnpublishedMail: MailTemplate<{
  productName: string;
  versionName: string;
  regions: string;
}> = {
  subject: {
    en: (p) => `${p.productName} ${p.versionName} is no longer available`,
    fr: (p) => `${p.productName} ${p.versionName} n'est plus disponible`,
  },
  paragraphs: {
    en: (p) => [
      `The publisher unpublished version ${p.versionName} of ${p.productName}, to which your organization subscribed, in ${p.regions}.`,
      'Its OMIs were removed: no new VM can be created from them. VMs already running keep working.',
      'Plan the move to a newer version from My subscriptions.',
    ],
    fr: (p) => [
      `L'éditeur a dépublié la version ${p.versionName} de ${p.productName}, à laquelle votre organisation a souscrit, dans ${p.regions}.`,
      'Ses OMI ont été supprimées : aucune nouvelle VM ne peut en être créée. Les VM déjà lancées continuent de fonctionner.',
      'Prévoyez le passage à une version plus récente depuis Mes souscriptions.',
    ],
  },
};

export const productUnpublishedMail: MailTemplate<{ productName: string }> = {
  subject: {
    en: (p) => `${p.productName} was unpublished`,
    fr: (p) => `${p.productName} a été dépublié`,
  },
  paragraphs: {
    en: (p) => [
      `The publisher unpublished ${p.productName}, to which your organization subscribed.`,
      'Its OMIs were removed: no new VM can be created from them. VMs already running keep working.',
    ],
    fr: (p) => [
      `L'éditeur a dépublié ${p.productName}, auquel votre organisation a souscrit.`,
      'Ses OMI ont été supprimées : aucune nouvelle VM ne peut en être créée. Les VM déjà lancées continuent de fonctionner.',
    ],
  },
};
