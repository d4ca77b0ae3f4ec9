import { type EntityManager, keysetPage, MarketplaceAccount, Organization } from '@marketplace/db';
import { conflict, notFound, type OrganizationState, transitionOrganization } from '@marketplace/domain';
import type { MailOutbox } from '../mail/email-job.ts';
import {
  operatorInvitationMail,
  organizationRejectedMail,
  organizationValidatedMail,
} from '../mail/identity-mails.ts';
import { PAGE_SIZE, type PageRequest } from '../paging.ts';
import { issueLink } from './one-time-links.ts';

const ORGANIZATION = { en: 'This organization', fr: 'Cette organisation' };

/** A page of the organizations (in one state, or all), oldest first: the longest waiting on top. */
export async function listOrganizations(
  em: EntityManager,
  state: OrganizationState | undefined,
  page: PageRequest,
) {
  const { items, nextCursor } = await keysetPage(em, Organization, {
    where: state ? { state } : {},
    sortBy: 'createdAt',
    direction: 'asc',
    cursor: page.cursor,
    limit: page.limit ?? PAGE_SIZE,
  });
  const organizations = items.map((o) => ({
    id: o.id,
    name: o.name,
    types: o.types,
    region: o.region,
    state: o.state,
    outscaleAccountId: o.outscaleAccountId,
    outscaleEmail: o.outscaleEmail,
    rejectionReason: o.rejectionReason ?? null,
    createdAt: o.createdAt.toISOString(),
    validatedAt: o.validatedAt?.toISOString() ?? null,
  }));
  return { items: organizations, nextCursor };
}

/** Validates or rejects, and e-mails the organization's admins in its language. */
export async function decideOrganization(
  em: EntityManager,
  outbox: MailOutbox,
  id: string,
  decision: { to: 'validated' } | { to: 'rejected'; reason: string },
  publicUrl: string,
  now: Date,
) {
  await em.transactional(async (tx) => {
    const organization = await tx.findOne(Organization, { id }, { lockMode: 4 /* pessimistic write */ });
    if (!organization) throw notFound(ORGANIZATION);
    organization.state = transitionOrganization(organization.state, decision.to);
    if (decision.to === 'validated') {
      organization.validatedAt = now;
      organization.rejectionReason = null;
    } else {
      organization.rejectionReason = decision.reason;
    }
    await tx.flush();
    const admins = await tx.find(MarketplaceAccount, { organization, roles: { $contains: ['admin'] } });
    for (const admin of admins) {
      if (decision.to === 'validated') {
        await outbox.send(
          tx,
          admin.email,
          organizationValidatedMail,
          { organizationName: organization.name, url: `${publicUrl}/` },
          organization.language,
        );
      } else {
        await outbox.send(
          tx,
          admin.email,
          organizationRejectedMail,
          { organizationName: organization.name, reason: decision.reason },
          organization.language,
        );
      }
    }
  });
}

/** A platform operator: an account outside organizations, invited by e-mail. */
export async function createOperator(
  em: EntityManager,
  outbox: MailOutbox,
  email: string,
  publicUrl: string,
  now: Date,
) {
  const address = email.trim().toLowerCase();
  return em.transactional(async (tx) => {
    if (await tx.count(MarketplaceAccount, { email: address })) {
      throw conflict({ en: 'This e-mail already has an account.', fr: 'Cet e-mail a déjà un compte.' });
    }
    const operator = tx.create(MarketplaceAccount, {
      organization: null,
      email: address,
      firstName: '',
      lastName: '',
      roles: [],
      operator: true,
      language: 'en',
    });
    const url = issueLink(tx, operator, 'set_password', `${publicUrl}/seller`, now);
    await tx.flush();
    await outbox.send(tx, address, operatorInvitationMail, { url }, 'en');
    return { id: operator.id, email: address };
  });
}
