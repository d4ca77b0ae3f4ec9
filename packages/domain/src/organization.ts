import { preconditionFailed } from './errors.ts';
import type { OrganizationType, Text } from './vocabulary.ts';

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

/** The states as messages name them (an organization is feminine in French). */
export const ORGANIZATION_STATE_NAMES: Record<OrganizationState, Text> = {
  pending_validation: { en: 'pending validation', fr: 'en attente de validation' },
  validated: { en: 'validated', fr: 'validée' },
  rejected: { en: 'rejected', fr: 'refusée' },
};

export function canTransitionOrganization(from: OrganizationState, to: OrganizationState): boolean {
  return TRANSITIONS[from].includes(to);
}

export function transitionOrganization(from: OrganizationState, to: OrganizationState): OrganizationState {
  if (!canTransitionOrganization(from, to)) {
    throw preconditionFailed({
      en: `An organization that is ${ORGANIZATION_STATE_NAMES[from].en} cannot become ${ORGANIZATION_STATE_NAMES[to].en}.`,
      fr: `Une organisation ${ORGANIZATION_STATE_NAMES[from].fr} ne peut pas devenir ${ORGANIZATION_STATE_NAMES[to].fr}.`,
    });
  }
  return to;
}

/** Publishing and subscribing wait for validation; preparing (showcase, drafts, accounts) does not. */
export function assertMayTrade(
  organization: { state: OrganizationState; types: readonly OrganizationType[] },
  as: OrganizationType,
): void {
  if (!organization.types.includes(as)) {
    throw preconditionFailed({
      en: `Your organization is not registered as a ${as}.`,
      fr: `Votre organisation n'est pas inscrite comme ${as === 'buyer' ? 'acheteur' : 'vendeur'}.`,
    });
  }
  if (organization.state !== 'validated') {
    throw preconditionFailed({
      en: 'Your organization is waiting for validation by the OUTSCALE Marketplace team. You can prepare, but not publish or subscribe yet.',
      fr: "Votre organisation attend sa validation par l'équipe OUTSCALE Marketplace. Vous pouvez tout préparer, mais pas encore publier ni souscrire.",
    });
  }
}

/**
 * The types an organization becomes when its admin changes them: a type may be added (a buyer starts
 * selling, a seller starts buying), never removed, since its products or subscriptions depend on it.
 * *(ours)* The operator's validation is of the company, not of a type: a validated organization stays
 * validated, and a pending one still waits before it may publish or subscribe (`assertMayTrade`).
 */
export function changeOrganizationTypes(
  current: readonly OrganizationType[],
  requested: readonly OrganizationType[],
): OrganizationType[] {
  const removed = current.filter((type) => !requested.includes(type));
  if (removed.length > 0) {
    throw preconditionFailed({
      en: 'An organization keeps its types: a type can be added, not removed.',
      fr: 'Une organisation garde ses types : un type peut être ajouté, pas retiré.',
    });
  }
  return (['buyer', 'seller'] as const).filter((type) => requested.includes(type));
}
