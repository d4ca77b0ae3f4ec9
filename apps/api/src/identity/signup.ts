import { encryptSecret } from '@marketplace/auth';
import {
  type EntityManager,
  MarketplaceAccount,
  Organization,
  UniqueConstraintViolationException,
} from '@marketplace/db';
import {
  conflict,
  eimUserName,
  FIRST_ADMIN_ROLES,
  type Language,
  maskEmail,
  type OrganizationType,
  type Region,
  type Text,
} from '@marketplace/domain';
import type { Cloud } from '../cloud.ts';
import type { JobDefinition, JobQueue } from '../jobs/queue.ts';
import type { MailOutbox } from '../mail/email-job.ts';
import { newOrganizationMail } from '../mail/identity-mails.ts';
import { issueLink } from './one-time-links.ts';
import { proveOutscaleAccount } from './outscale-keys.ts';

export type SignupInput = {
  organizationName: string;
  types: OrganizationType[];
  region: Region;
  accessKey: string;
  secretKey: string;
  language: Language;
  portal: 'buyer' | 'seller';
};

const ACCOUNT_TAKEN: Text = {
  en: 'This OUTSCALE account already belongs to an organization on the marketplace. Ask its administrators to add you, or use another OUTSCALE account.',
  fr: 'Ce compte OUTSCALE appartient déjà à une organisation de la Marketplace. Demandez à ses administrateurs de vous ajouter, ou utilisez un autre compte OUTSCALE.',
};
const EMAIL_TAKEN: Text = {
  en: "The e-mail of this OUTSCALE account already has a Marketplace account. Sign in with it, or use 'Forgot password?'.",
  fr: "L'e-mail de ce compte OUTSCALE a déjà un compte Marketplace. Connectez-vous avec, ou utilisez « Mot de passe oublié ? ».",
};

/**
 * Creates an organization, pending validation, and its first admin from an OUTSCALE account proved
 * by its keys; e-mails the account's address a set-password link. All or nothing.
 */
export async function signup(
  em: EntityManager,
  deps: {
    cloud: Cloud;
    outbox: MailOutbox;
    jobs: JobQueue;
    provisionEim: JobDefinition<{ accountId: string }>;
    secretKey: Buffer;
    publicUrl: string;
  },
  input: SignupInput,
  now: Date,
): Promise<{ id: string; emailSentTo: string }> {
  const outscale = await proveOutscaleAccount(deps.cloud, input.region, input.accessKey, input.secretKey);
  if (await em.count(Organization, { outscaleAccountId: outscale.accountId })) throw conflict(ACCOUNT_TAKEN);
  const email = outscale.email.toLowerCase();
  if (await em.count(MarketplaceAccount, { email })) throw conflict(EMAIL_TAKEN);

  try {
    return await em.transactional(async (tx) => {
      const organization = tx.create(Organization, {
        name: input.organizationName.trim(),
        types: [...new Set(input.types)],
        region: input.region,
        language: input.language,
        outscaleAccountId: outscale.accountId,
        outscaleEmail: email,
        accessKey: input.accessKey.trim(),
        secretKeyEncrypted: encryptSecret(deps.secretKey, input.secretKey.trim()),
      });
      const adminId = crypto.randomUUID();
      const admin = tx.create(MarketplaceAccount, {
        id: adminId,
        eimUserName: eimUserName(adminId),
        eimState: 'pending',
        organization,
        email,
        firstName: outscale.firstName ?? '',
        lastName: outscale.lastName ?? '',
        roles: [...FIRST_ADMIN_ROLES],
        language: input.language,
      });
      const portalUrl = `${deps.publicUrl}${input.portal === 'seller' ? '/seller' : ''}`;
      const url = issueLink(tx, admin, 'set_password', portalUrl, now);
      await tx.flush();
      await deps.outbox.send(
        tx,
        email,
        newOrganizationMail,
        { url, organizationName: organization.name },
        input.language,
      );
      await deps.jobs.enqueue(deps.provisionEim, { accountId: adminId }, { em: tx, singletonKey: adminId });
      return { id: organization.id, emailSentTo: maskEmail(email) };
    });
  } catch (error) {
    // Two sign-ups of one account at once: the second meets the unique constraint.
    if (error instanceof UniqueConstraintViolationException) throw conflict(ACCOUNT_TAKEN);
    throw error;
  }
}
