import type { Role } from '@marketplace/domain';
import { listIn, ROLE_NAMES } from './format.ts';
import type { MailTemplate } from './render.ts';

type Link = { url: string };

export const newOrganizationMail: MailTemplate<Link & { organizationName: string }> = {
  subject: {
    en: (p) => `Set your password for ${p.organizationName} on OUTSCALE Marketplace`,
    fr: (p) => `Définissez votre mot de passe pour ${p.organizationName} sur OUTSCALE Marketplace`,
  },
  paragraphs: {
    en: (p) => [
      `Your organization ${p.organizationName} was created on OUTSCALE Marketplace, with you as its first administrator.`,
      'Set your password to sign in. The link works once and expires in 24 hours.',
      'The marketplace team will validate your organization shortly; you can prepare everything meanwhile.',
    ],
    fr: (p) => [
      `Votre organisation ${p.organizationName} a été créée sur OUTSCALE Marketplace, et vous en êtes le premier administrateur.`,
      "Définissez votre mot de passe pour vous connecter. Le lien ne sert qu'une fois et expire dans 24 heures.",
      "L'équipe de la Marketplace validera bientôt votre organisation ; vous pouvez tout préparer en attendant.",
    ],
  },
  action: { label: { en: 'Set my password', fr: 'Définir mon mot de passe' }, url: (p) => p.url },
};

export const newAccountMail: MailTemplate<Link & { organizationName: string; invitedBy: string }> = {
  subject: {
    en: (p) => `Your account for ${p.organizationName} on OUTSCALE Marketplace`,
    fr: (p) => `Votre compte pour ${p.organizationName} sur OUTSCALE Marketplace`,
  },
  paragraphs: {
    en: (p) => [
      `${p.invitedBy} created an account for you in ${p.organizationName} on OUTSCALE Marketplace.`,
      'Set your password to sign in. The link works once and expires in 24 hours.',
    ],
    fr: (p) => [
      `${p.invitedBy} vous a créé un compte dans ${p.organizationName} sur OUTSCALE Marketplace.`,
      "Définissez votre mot de passe pour vous connecter. Le lien ne sert qu'une fois et expire dans 24 heures.",
    ],
  },
  action: { label: { en: 'Set my password', fr: 'Définir mon mot de passe' }, url: (p) => p.url },
};

export const passwordResetMail: MailTemplate<Link> = {
  subject: {
    en: () => 'Reset your OUTSCALE Marketplace password',
    fr: () => 'Réinitialisez votre mot de passe OUTSCALE Marketplace',
  },
  paragraphs: {
    en: () => [
      'Someone, probably you, asked to reset the password of your OUTSCALE Marketplace account.',
      'The link works once and expires in 5 minutes. If you did not ask, ignore this e-mail: your password stays as it is.',
    ],
    fr: () => [
      'Quelqu’un, sans doute vous, a demandé à réinitialiser le mot de passe de votre compte OUTSCALE Marketplace.',
      "Le lien ne sert qu'une fois et expire dans 5 minutes. Si vous n'avez rien demandé, ignorez cet e-mail : votre mot de passe reste inchangé.",
    ],
  },
  action: {
    label: { en: 'Choose a new password', fr: 'Choisir un nouveau mot de passe' },
    url: (p) => p.url,
  },
};

export const organizationValidatedMail: MailTemplate<{ organizationName: string; url: string }> = {
  subject: {
    en: (p) => `${p.organizationName} is validated on OUTSCALE Marketplace`,
    fr: (p) => `${p.organizationName} est validée sur OUTSCALE Marketplace`,
  },
  paragraphs: {
    en: (p) => [
      `Good news: the OUTSCALE Marketplace team validated ${p.organizationName}.`,
      'Your organization can now publish and subscribe, as its types allow.',
    ],
    fr: (p) => [
      `Bonne nouvelle : l'équipe OUTSCALE Marketplace a validé ${p.organizationName}.`,
      'Votre organisation peut désormais publier et souscrire, selon ses types.',
    ],
  },
  action: { label: { en: 'Open the marketplace', fr: 'Ouvrir la Marketplace' }, url: (p) => p.url },
};

export const organizationRejectedMail: MailTemplate<{ organizationName: string; reason: string }> = {
  subject: {
    en: (p) => `${p.organizationName} was not validated on OUTSCALE Marketplace`,
    fr: (p) => `${p.organizationName} n'a pas été validée sur OUTSCALE Marketplace`,
  },
  paragraphs: {
    en: (p) => [
      `The OUTSCALE Marketplace team could not validate ${p.organizationName}, for this reason:`,
      p.reason,
      'Reply to this e-mail or contact the marketplace support to have it reviewed again.',
    ],
    fr: (p) => [
      `L'équipe OUTSCALE Marketplace n'a pas pu valider ${p.organizationName}, pour la raison suivante :`,
      p.reason,
      'Répondez à cet e-mail ou contactez le support de la Marketplace pour un nouvel examen.',
    ],
  },
};

export const accountChangedMail: MailTemplate<{
  organizationName: string;
  roles: Role[];
  changedBy: string;
}> = {
  subject: {
    en: () => 'Your OUTSCALE Marketplace account was changed',
    fr: () => 'Votre compte OUTSCALE Marketplace a été modifié',
  },
  paragraphs: {
    en: (p) => [
      `${p.changedBy} changed your account in ${p.organizationName}.`,
      `Your roles are now: ${listIn(
        p.roles.map((r) => ROLE_NAMES[r].en),
        'en',
      )}.`,
    ],
    fr: (p) => [
      `${p.changedBy} a modifié votre compte dans ${p.organizationName}.`,
      `Vos rôles sont désormais : ${listIn(
        p.roles.map((r) => ROLE_NAMES[r].fr),
        'fr',
      )}.`,
    ],
  },
};

export const accountDeletedMail: MailTemplate<{ organizationName: string; deletedBy: string }> = {
  subject: {
    en: () => 'Your OUTSCALE Marketplace account was deleted',
    fr: () => 'Votre compte OUTSCALE Marketplace a été supprimé',
  },
  paragraphs: {
    en: (p) => [
      `${p.deletedBy} deleted your account in ${p.organizationName}. You can no longer sign in with it.`,
    ],
    fr: (p) => [
      `${p.deletedBy} a supprimé votre compte dans ${p.organizationName}. Vous ne pouvez plus vous connecter avec.`,
    ],
  },
};

export const operatorInvitationMail: MailTemplate<Link> = {
  subject: {
    en: () => 'Your OUTSCALE Marketplace operator account',
    fr: () => "Votre compte d'opérateur OUTSCALE Marketplace",
  },
  paragraphs: {
    en: () => [
      'An operator account was created for you on OUTSCALE Marketplace.',
      'Set your password to sign in. The link works once and expires in 24 hours.',
    ],
    fr: () => [
      "Un compte d'opérateur vous a été créé sur OUTSCALE Marketplace.",
      "Définissez votre mot de passe pour vous connecter. Le lien ne sert qu'une fois et expire dans 24 heures.",
    ],
  },
  action: { label: { en: 'Set my password', fr: 'Définir mon mot de passe' }, url: (p) => p.url },
};
