import type { Text } from '@marketplace/domain';
import { nameIn } from './format.ts';
import type { MailTemplate } from './render.ts';

export const versionUnpublishedMail: MailTemplate<{
  product: Text;
  versionName: string;
  regions: string;
}> = {
  subject: {
    en: (p) => `${nameIn(p.product, 'en')} ${p.versionName} is no longer available`,
    fr: (p) => `${nameIn(p.product, 'fr')} ${p.versionName} n'est plus disponible`,
  },
  paragraphs: {
    en: (p) => [
      `The seller unpublished version ${p.versionName} of ${nameIn(p.product, 'en')}, to which your organization subscribed, in ${p.regions}.`,
      'Its OMIs were removed: no new VM can be created from them. VMs already running keep working.',
      'Plan the move to a newer version from My subscriptions.',
    ],
    fr: (p) => [
      `Le vendeur a dépublié la version ${p.versionName} de ${nameIn(p.product, 'fr')}, à laquelle votre organisation a souscrit, dans ${p.regions}.`,
      'Ses OMI ont été supprimées : aucune nouvelle VM ne peut en être créée. Les VM déjà lancées continuent de fonctionner.',
      'Prévoyez le passage à une version plus récente depuis Mes souscriptions.',
    ],
  },
};

export const productUnpublishedMail: MailTemplate<{ product: Text }> = {
  subject: {
    en: (p) => `${nameIn(p.product, 'en')} was unpublished`,
    fr: (p) => `${nameIn(p.product, 'fr')} a été dépublié`,
  },
  paragraphs: {
    en: (p) => [
      `The seller unpublished ${nameIn(p.product, 'en')}, to which your organization subscribed.`,
      'Its OMIs were removed: no new VM can be created from them. VMs already running keep working.',
    ],
    fr: (p) => [
      `Le vendeur a dépublié ${nameIn(p.product, 'fr')}, auquel votre organisation a souscrit.`,
      'Ses OMI ont été supprimées : aucune nouvelle VM ne peut en être créée. Les VM déjà lancées continuent de fonctionner.',
    ],
  },
};

export const versionPublishedMail: MailTemplate<{
  product: Text;
  versionName: string;
  regions: string;
  /** One line per region: `region: ami-…`. */
  images: string;
}> = {
  subject: {
    en: (p) => `New version of ${nameIn(p.product, 'en')}: ${p.versionName}`,
    fr: (p) => `Nouvelle version de ${nameIn(p.product, 'fr')} : ${p.versionName}`,
  },
  paragraphs: {
    en: (p) => [
      `The seller published version ${p.versionName} of ${nameIn(p.product, 'en')}, to which your organization subscribed. It is available in ${p.regions}.`,
      ...(p.images ? [`Its OMIs:\n${p.images}`] : []),
      'Your subscription gives access to it at once, with the same OUTSCALE accounts. Plan the upgrade of your VMs from My subscriptions; VMs already running keep working.',
    ],
    fr: (p) => [
      `Le vendeur a publié la version ${p.versionName} de ${nameIn(p.product, 'fr')}, auquel votre organisation a souscrit. Elle est disponible dans ${p.regions}.`,
      ...(p.images ? [`Ses OMI :\n${p.images}`] : []),
      'Votre souscription y donne accès dès maintenant, avec les mêmes comptes OUTSCALE. Prévoyez la mise à jour de vos VM depuis Mes souscriptions ; les VM déjà lancées continuent de fonctionner.',
    ],
  },
};

/**
 * A licence agreement changed and binds the recipient's subscriptions. `licenceUrl` is where the
 * agreement is read: its link or file, or My subscriptions for an agreement given as a text.
 */
export const licenceChangedMail: MailTemplate<{
  product: Text;
  /** The new version's number; empty in notices queued before there were versions. */
  version: string;
  licenceUrl: string;
  /** Whether the agreement is a text, read in My subscriptions. */
  inMySubscriptions: boolean;
}> = {
  subject: {
    en: (p) => `The licence agreement of ${nameIn(p.product, 'en')} changed`,
    fr: (p) => `Le contrat de licence de ${nameIn(p.product, 'fr')} a changé`,
  },
  paragraphs: {
    en: (p) => [
      p.version
        ? `The seller changed the licence agreement of ${nameIn(p.product, 'en')}, to which your organization subscribed. Version ${p.version} of the agreement now applies to your subscriptions.`
        : `The seller changed the licence agreement of ${nameIn(p.product, 'en')}, to which your organization subscribed. The new agreement applies to your subscriptions.`,
      p.inMySubscriptions || !p.licenceUrl
        ? 'Read it in My subscriptions before you create new VMs from this product.'
        : 'Read it before you create new VMs from this product.',
    ],
    fr: (p) => [
      p.version
        ? `Le vendeur a modifié le contrat de licence de ${nameIn(p.product, 'fr')}, auquel votre organisation a souscrit. La version ${p.version} du contrat s'applique désormais à vos souscriptions.`
        : `Le vendeur a modifié le contrat de licence de ${nameIn(p.product, 'fr')}, auquel votre organisation a souscrit. Le nouveau contrat s'applique à vos souscriptions.`,
      p.inMySubscriptions || !p.licenceUrl
        ? 'Lisez-le dans Mes souscriptions avant de créer de nouvelles VM depuis ce produit.'
        : 'Lisez-le avant de créer de nouvelles VM depuis ce produit.',
    ],
  },
  action: {
    label: { en: 'Read the licence agreement', fr: 'Lire le contrat de licence' },
    url: (p) => p.licenceUrl,
  },
};
