import { hashPassword, verifyPassword } from '@marketplace/auth';
import { type EntityManager, MarketplaceAccount, OneTimeToken, type Orm } from '@marketplace/db';
import {
  badRequest,
  isPasswordAcceptable,
  type Language,
  type Text,
  unmetPasswordRules,
} from '@marketplace/domain';
import type { JobDefinition, JobQueue } from '../jobs/queue.ts';
import type { MailOutbox } from '../mail/email-job.ts';
import { passwordResetMail } from '../mail/identity-mails.ts';
import { consumeLink, issueLink } from './one-time-links.ts';
import { endOtherSessions } from './sessions.ts';
import { clearAttempts, reserveAttempt } from './throttle.ts';

const RESET_EMAIL_INTERVAL_MS = 60_000;

const RULE_TEXT: Record<string, Text> = {
  length: { en: 'at least 12 characters', fr: 'au moins 12 caractères' },
  lower: { en: 'a lower-case letter', fr: 'une lettre minuscule' },
  upper: { en: 'an upper-case letter', fr: 'une lettre majuscule' },
  digit: { en: 'a digit', fr: 'un chiffre' },
  special: { en: 'a special character', fr: 'un caractère spécial' },
};

/** Refuses a password outside the policy, naming what it lacks, on the given field. */
export function assertPasswordPolicy(password: string, field: string): void {
  if (isPasswordAcceptable(password)) return;
  const missing = unmetPasswordRules(password).map((rule) => RULE_TEXT[rule] ?? { en: rule, fr: rule });
  const text: Text = {
    en: `The password needs ${missing.map((m) => m.en).join(', ')}.`,
    fr: `Le mot de passe doit contenir ${missing.map((m) => m.fr).join(', ')}.`,
  };
  throw badRequest(text, { [field]: text });
}

/** From a set-password or reset link: sets the password and signs out every session of the account. */
export async function setPasswordWithLink(em: EntityManager, token: string, password: string, now: Date) {
  assertPasswordPolicy(password, 'password');
  await em.transactional(async (tx) => {
    const account = await consumeLink(tx, token, ['set_password', 'reset_password'], now);
    account.passwordHash = await hashPassword(password);
    await endOtherSessions(tx, account, null);
  });
}

const WRONG_CURRENT: Text = {
  en: 'Your current password is not correct.',
  fr: "Votre mot de passe actuel n'est pas correct.",
};

export async function changePassword(
  em: EntityManager,
  accountId: string,
  sessionId: string,
  input: { currentPassword: string; newPassword: string },
  now: Date,
) {
  const account = await em.findOneOrFail(
    MarketplaceAccount,
    { id: accountId },
    { populate: ['passwordHash'] },
  );
  // Counted like sign-ins, so that a stolen session cannot guess its way to the password.
  await reserveAttempt(em, 'password', account.id, now);
  if (!account.passwordHash || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw badRequest(WRONG_CURRENT, { currentPassword: WRONG_CURRENT });
  }
  await clearAttempts(em, 'password', account.id);
  assertPasswordPolicy(input.newPassword, 'newPassword');
  account.passwordHash = await hashPassword(input.newPassword);
  await em.flush();
  await endOtherSessions(em, account, sessionId);
}

export type PasswordResetRequest = {
  email: string;
  portalUrl: string;
  /** The language of the page that asked, for an account without one. */
  language: Language;
  /** When it was asked: the link's lifetime and the one-a-minute rule count from it. */
  requestedAt: string;
};

/**
 * Asks for a reset link: only enqueues the request, the same way for every e-mail, so that neither the
 * answer nor its timing tells who has an account. The job looks the e-mail up and sends the link.
 */
export async function requestPasswordReset(
  jobs: JobQueue,
  job: JobDefinition<PasswordResetRequest>,
  email: string,
  portalUrl: string,
  now: Date,
  language: Language,
): Promise<void> {
  await jobs.enqueue(job, {
    email: email.trim().toLowerCase(),
    portalUrl,
    language,
    requestedAt: now.toISOString(),
  });
}

/** E-mails a reset link when the e-mail has an account; nothing otherwise. */
export function passwordResetJob(deps: {
  orm: Orm;
  outbox: MailOutbox;
}): JobDefinition<PasswordResetRequest> {
  return {
    name: 'identity.password-reset',
    retryLimit: 3,
    retryDelaySeconds: 10,
    run: (request) => sendPasswordReset(deps.orm.em.fork(), deps.outbox, request),
  };
}

async function sendPasswordReset(em: EntityManager, outbox: MailOutbox, request: PasswordResetRequest) {
  const now = new Date(request.requestedAt);
  await em.transactional(async (tx) => {
    const account = await tx.findOne(MarketplaceAccount, { email: request.email });
    if (!account) return;
    // One e-mail a minute at most, so that the form cannot be used to flood someone's mailbox; this
    // also makes a job run again after a crash send nothing more.
    const recent = await tx.count(OneTimeToken, {
      account,
      purpose: 'reset_password',
      createdAt: { $gt: new Date(now.getTime() - RESET_EMAIL_INTERVAL_MS) },
    });
    if (recent > 0) return;
    const url = issueLink(tx, account, 'reset_password', request.portalUrl, now);
    await tx.flush();
    await outbox.send(tx, account.email, passwordResetMail, { url }, account.language ?? request.language);
  });
}
