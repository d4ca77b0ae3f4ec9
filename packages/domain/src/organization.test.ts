import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.ts';
import {
  assertMayTrade,
  canTransitionOrganization,
  changeOrganizationTypes,
  transitionOrganization,
} from './organization.ts';

describe('organization validation', () => {
  it('lets the operator validate or reject a pending organization', () => {
    expect(transitionOrganization('pending_validation', 'validated')).toBe('validated');
    expect(transitionOrganization('pending_validation', 'rejected')).toBe('rejected');
  });

  it('lets a rejected organization be validated later, but never sends a validated one back', () => {
    expect(canTransitionOrganization('rejected', 'validated')).toBe(true);
    expect(canTransitionOrganization('validated', 'pending_validation')).toBe(false);
    expect(() => transitionOrganization('validated', 'rejected')).toThrow(DomainError);
  });

  it('refuses trading until validated, and as a type the organization does not have', () => {
    const pending = { state: 'pending_validation' as const, types: ['buyer' as const] };
    expect(() => assertMayTrade(pending, 'buyer')).toThrow(/waiting for validation/);
    const validatedBuyer = { state: 'validated' as const, types: ['buyer' as const] };
    expect(() => assertMayTrade(validatedBuyer, 'buyer')).not.toThrow();
    expect(() => assertMayTrade(validatedBuyer, 'seller')).toThrow(/not registered as a seller/);
  });

  it('lets an organization add a type, never drop one', () => {
    expect(changeOrganizationTypes(['buyer'], ['seller', 'buyer'])).toEqual(['buyer', 'seller']);
    expect(changeOrganizationTypes(['seller'], ['seller'])).toEqual(['seller']);
    expect(() => changeOrganizationTypes(['buyer', 'seller'], ['seller'])).toThrow(/not removed/);
  });
});
