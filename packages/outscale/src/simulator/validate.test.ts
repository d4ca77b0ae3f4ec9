import { describe, expect, it } from 'vitest';
import { validateRequest } from './validate.ts';

describe('validateRequest (official request schemas)', () => {
  it('accepts valid bodies, including dates and nested filters', () => {
    expect(
      validateRequest('ReadImages', {
        Filters: { ImageIds: ['ami-1'], PermissionsToLaunchGlobalPermission: true },
      }),
    ).toBeUndefined();
    expect(
      validateRequest('ReadConsumptionAccount', { FromDate: '2026-01-01', ToDate: '2026-02-01T00:00:00Z' }),
    ).toBeUndefined();
    expect(validateRequest('ReadAccounts', {})).toBeUndefined();
  });

  it('names the faulty field', () => {
    expect(validateRequest('ReadImages', { Filter: {} })?.details).toContain("'Filter'");
    expect(validateRequest('ReadImages', { Filters: { ImageIds: [1] } })?.details).toContain(
      'Filters.ImageIds[0]',
    );
    expect(
      validateRequest('UpdateImage', {
        ImageId: 'ami-1',
        PermissionsToLaunch: { Additions: { AccountId: [] } },
      })?.details,
    ).toContain('PermissionsToLaunch.Additions.AccountId');
    expect(validateRequest('CreateUser', {})?.details).toContain('UserName');
    expect(
      validateRequest('ReadConsumptionAccount', { FromDate: 'yesterday', ToDate: '2026-01-01' })?.details,
    ).toContain('FromDate');
    expect(validateRequest('ReadPolicies', { Filters: { Scope: 'ALL' } })?.details).toContain(
      'Filters.Scope',
    );
  });

  it('answers 400 with a 4xxx code', () => {
    const error = validateRequest('DeleteImage', { ImageId: 'ami-1', Force: true });
    expect(error).toMatchObject({ status: 400 });
    expect(error?.code).toMatch(/^4\d{3}$/);
  });
});
