import type { OrganizationState, OrganizationType, Role } from '@marketplace/domain';

// The message keys of the marketplace's words, from the API's values (which may carry type brands).
export const stateLabel = (state: OrganizationState) => `organization.state.${state}` as const;
export const typeLabel = (type: OrganizationType) => `organization.type.${type}` as const;
export const roleLabel = (role: Role) => `role.${role}` as const;
