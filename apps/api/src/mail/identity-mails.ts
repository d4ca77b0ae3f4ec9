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
      "L'équipe de la marketplace validera bientôt votre organisation ; vous pouvez tout préparer en attendant.",
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
