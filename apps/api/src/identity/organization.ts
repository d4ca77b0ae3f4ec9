import { type EntityManager, MarketplaceAccount, Organization } from '@marketplace/db';
import { changeOrganizationTypes, type Language, type OrganizationType } from '@marketplace/domain';

export function describeOrganization(organization: Organization) {
  return {
    id: organization.id,
    name: organization.name,
    types: organization.types,
    region: organization.region,
    language: organization.language,
    state: organization.state,
    rejectionReason: organization.rejectionReason ?? null,
    outscaleAccountId: organization.outscaleAccountId,
    outscaleEmail: organization.outscaleEmail,
    createdAt: organization.createdAt.toISOString(),
    validatedAt: organization.validatedAt?.toISOString() ?? null,
  };
}

export async function updateOrganization(
  em: EntityManager,
  id: string,
  input: {
    name?: string | undefined;
    language?: Language | undefined;
    types?: readonly OrganizationType[] | undefined;
  },
) {
  const organization = await em.findOneOrFail(Organization, { id });
  if (input.name !== undefined) organization.name = input.name.trim();
  if (input.types !== undefined)
    organization.types = changeOrganizationTypes(organization.types, input.types);
  if (input.language !== undefined) organization.language = input.language;
  await em.flush();
  return describeOrganization(organization);
}

/**
 * Who administers the organization, for its members to know whom to ask (adding a type, an account or a
 * role is an admin's); names and e-mails only, the first admins first.
 */
export async function organizationAdmins(em: EntityManager, organizationId: string) {
  const admins = await em.find(
    MarketplaceAccount,
    { organization: organizationId, roles: { $contains: ['admin'] } },
    { orderBy: { createdAt: 'asc', id: 'asc' }, limit: 10 },
  );
  return admins.map((a) => ({ name: `${a.firstName} ${a.lastName}`.trim(), email: a.email }));
}
