import { describe, expect, it } from 'vitest';
import { mayOpen } from './audience.ts';

const organization = { id: 'o1' };
const admin = { account: { roles: ['admin'], operator: false }, organization };
const user = { account: { roles: ['user'], operator: false }, organization };
const operator = { account: { roles: [], operator: true }, organization: null };

describe('mayOpen', () => {
  it('lets every signed-in person open their profile', () => {
    for (const person of [admin, user, operator]) expect(mayOpen(person, 'signedIn')).toBe(true);
  });

  it('keeps the organization pages for its members, and account management for its admins', () => {
    expect(mayOpen(user, 'member')).toBe(true);
    expect(mayOpen(operator, 'member')).toBe(false);
    expect(mayOpen(admin, 'admin')).toBe(true);
    expect(mayOpen(user, 'admin')).toBe(false);
  });

  it('keeps the operator page for platform operators', () => {
    expect(mayOpen(operator, 'operator')).toBe(true);
    expect(mayOpen(admin, 'operator')).toBe(false);
  });
});
