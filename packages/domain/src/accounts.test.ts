import { describe, expect, it } from 'vitest';
import { assertKeepsAnAdmin, eimUserName, maskEmail } from './accounts.ts';

const members = [
  { id: 'a', roles: ['admin', 'user'] as const },
  { id: 'b', roles: ['user'] as const },
];

describe('organization accounts', () => {
  it('refuse removing or demoting the last admin', () => {
    expect(() => assertKeepsAnAdmin(members, 'a', null)).toThrow(/at least one administrator/);
    expect(() => assertKeepsAnAdmin(members, 'a', ['user'])).toThrow(/at least one administrator/);
    expect(() => assertKeepsAnAdmin(members, 'b', null)).not.toThrow();
  });

  it('allow it once someone else is admin', () => {
    const two = [...members, { id: 'c', roles: ['admin'] as const }];
    expect(() => assertKeepsAnAdmin(two, 'a', null)).not.toThrow();
  });

  it('mask e-mails and name EIM users with the marketplace prefix', () => {
    expect(maskEmail('jane.doe@example.com')).toBe('j***@example.com');
    expect(eimUserName('0f8e4a2c-1b3d-4e5f-9a7b-123456789abc')).toBe('marketplace_0f8e4a2c1b3d4e5f9a7b1234');
  });
});
