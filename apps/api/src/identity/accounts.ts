import { type EntityManager, keysetPage, MarketplaceAccount, type Organization } from '@marketplace/db';
import { assertKeepsAnAdmin, conflict, eimUserName, notFound, type Role } from '@marketplace/domain';
import type { JobDefinition, JobQueue } from '../jobs/queue.ts';
import type { MailOutbox } from '../mail/email-job.ts';
import { accountChangedMail, accountDeletedMail, newAccountMail } from '../mail/identity-mails.ts';
import { PAGE_SIZE, type PageRequest } from '../paging.ts';
import { issueLink } from './one-time-links.ts';

export type AccountsDeps = {
  outbox: MailOutbox;
  jobs: JobQueue;
  provisionEim: JobDefinition<{ accountId: string }>;
  deprovisionEim: JobDefinition<{ organizationId: string; userName: string }>;
  portalUrl: string;
  now: Date;
};

const ACCOUNT = { en: 'This account', fr: 'Ce compte' };
const fullName = (a: MarketplaceAccount) => `${a.firstName} ${a.lastName}`.trim() || a.email;

/** A page of the organization's Marketplace accounts, oldest first. */
export async function listAccounts(em: EntityManager, organization: Organization, page: PageRequest) {
  const { items, nextCursor } = await keysetPage(em, MarketplaceAccount, {
    where: { organization },
    sortBy: 'createdAt',
    direction: 'asc',
    cursor: page.cursor,
    limit: page.limit ?? PAGE_SIZE,
    populate: ['passwordHash'],
  });
  const accounts = items.map((a) => ({
    id: a.id,
    email: a.email,
    firstName: a.firstName,
    lastName: a.lastName,
    roles: a.roles,
    passwordSet: Boolean(a.passwordHash),
    eim: { userName: a.eimUserName ?? null, state: a.eimState ?? null },
    createdAt: a.createdAt.toISOString(),
  }));
  return { items: accounts, nextCursor };
}

export async function createAccount(
  em: EntityManager,
  deps: AccountsDeps,
  organization: Organization,
  by: MarketplaceAccount,
  input: { email: string; firstName: string; lastName: string; roles: Role[] },
) {
  const email = input.email.trim().toLowerCase();
  return em.transactional(async (tx) => {
    if (await tx.count(MarketplaceAccount, { email })) {
      throw conflict({
        en: 'This e-mail already has a Marketplace account.',
        fr: 'Cet e-mail a déjà un compte Marketplace.',
      });
    }
    const id = crypto.randomUUID();
    const account = tx.create(MarketplaceAccount, {
      id,
      organization,
      email,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      roles: [...new Set(input.roles)],
      language: organization.language,
      eimUserName: eimUserName(id),
      eimState: 'pending',
    });
    const url = issueLink(tx, account, 'set_password', deps.portalUrl, deps.now);
    await tx.flush();
    await deps.outbox.send(
      tx,
      email,
      newAccountMail,
      { url, organizationName: organization.name, invitedBy: fullName(by) },
      organization.language,
    );
    await deps.jobs.enqueue(deps.provisionEim, { accountId: id }, { em: tx, singletonKey: id });
    return { id };
  });
}

export async function updateAccount(
  em: EntityManager,
  deps: AccountsDeps,
  organization: Organization,
  by: MarketplaceAccount,
  input: {
    id: string;
    firstName?: string | undefined;
    lastName?: string | undefined;
    roles?: Role[] | undefined;
  },
) {
  await em.transactional(async (tx) => {
    const members = await tx.find(MarketplaceAccount, { organization }, { lockMode: 4 });
    const account = members.find((m) => m.id === input.id);
    if (!account) throw notFound(ACCOUNT);
    if (input.roles) assertKeepsAnAdmin(members, account.id, input.roles);
    if (input.firstName !== undefined) account.firstName = input.firstName.trim();
    if (input.lastName !== undefined) account.lastName = input.lastName.trim();
    if (input.roles) account.roles = [...new Set(input.roles)];
    await tx.flush();
    await deps.outbox.send(
      tx,
      account.email,
      accountChangedMail,
      {
        organizationName: organization.name,
        roles: account.roles,
        changedBy: fullName(by),
      },
      account.language,
    );
  });
}

/** Deletes the account at once (it can no longer sign in), then removes its EIM user as a job. */
export async function deleteAccount(
  em: EntityManager,
  deps: AccountsDeps,
  organization: Organization,
  by: MarketplaceAccount,
  id: string,
) {
  await em.transactional(async (tx) => {
    const members = await tx.find(MarketplaceAccount, { organization }, { lockMode: 4 });
    const account = members.find((m) => m.id === id);
    if (!account) throw notFound(ACCOUNT);
    assertKeepsAnAdmin(members, account.id, null);
    const { email, language, eimUserName: userName } = account;
    tx.remove(account);
    await tx.flush();
    await deps.outbox.send(
      tx,
      email,
      accountDeletedMail,
      { organizationName: organization.name, deletedBy: fullName(by) },
      language,
    );
    if (userName) {
      await deps.jobs.enqueue(deps.deprovisionEim, { organizationId: organization.id, userName }, { em: tx });
    }
  });
}
