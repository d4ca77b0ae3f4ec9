import { preconditionFailed } from './errors.ts';
import type { OrganizationType } from './vocabulary.ts';

/**
 * An organization is created pending; the platform operator validates or rejects it.
 * A rejected organization may be validated later (after the operator hears from it); a validated one
 * cannot go back to pending.
 */
export const ORGANIZATION_STATES = ['pending_validation', 'validated', 'rejected'] as const;
export type OrganizationState = (typeof ORGANIZATION_STATES)[number];

const TRANSITIONS: Record<OrganizationState, readonly OrganizationState[]> = {
  pending_validation: ['validated', 'rejected'],
  rejected: ['validated'],
  validated: [],
};

export function canTransitionOrganization(from: OrganizationState, to: OrganizationState): boolean {
  return TRANSITIONS[from].includes(to);
}

export function transitionOrganization(from: OrganizationState, to: OrganizationState): OrganizationState {
  if (!canTransitionOrganization(from, to)) {
    throw preconditionFailed(`An organization that is ${from.replace('_', ' ')} cannot become ${to}.`);
  }
  return to;
}

/** Publishing and subscribing wait for validation; preparing (showcase, drafts, accounts) does not. */
export function assertMayTrade(
  organization: { state: OrganizationState; types: readonly OrganizationType[] },
  as: OrganizationType,
): void {
  if (!organization.types.includes(as)) {
    throw preconditionFailed(`This organization is not registered as a ${as}.`);
  }
  if (organization.state !== 'validated') {
    throw preconditionFailed(
      'Your organization is waiting for validation by the OUTSCALE Marketplace team. You can prepare, but not publish or subscribe yet.',
    );
  }
}
