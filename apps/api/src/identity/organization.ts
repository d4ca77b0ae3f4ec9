import { type EntityManager, Organization } from '@marketplace/db';
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
