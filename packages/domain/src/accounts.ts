import { preconditionFailed } from './errors.ts';
import type { Role } from './vocabulary.ts';

/** The first admin is admin and user; secondary admins are admins only unless given both (SPEC §1). */
export const FIRST_ADMIN_ROLES: readonly Role[] = ['admin', 'user'];

type Member = { id: string; roles: readonly Role[] };

/**
 * An organization always keeps at least one admin: refuses the change (a deletion when `roles` is
 * null, else new roles) that would leave none.
 */
export function assertKeepsAnAdmin(
  members: readonly Member[],
  changedId: string,
  roles: readonly Role[] | null,
): void {
  const adminsAfter = members.filter((m) =>
    m.id === changedId ? (roles?.includes('admin') ?? false) : m.roles.includes('admin'),
  );
  if (adminsAfter.length === 0) {
    throw preconditionFailed({
      en: 'Your organization needs at least one administrator: make someone else an administrator first.',
      fr: "Votre organisation doit garder au moins un administrateur : nommez d'abord quelqu'un d'autre administrateur.",
    });
  }
}

/** `j***@example.com`: enough for a person to recognise their address, not to harvest it. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

/** The EIM user backing a Marketplace account: prefixed, as the marketplace's objects must be. */
export function eimUserName(accountId: string): string {
  return `marketplace_${accountId.replace(/-/g, '').slice(0, 24)}`;
}
