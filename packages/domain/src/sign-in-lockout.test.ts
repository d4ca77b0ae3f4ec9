import { describe, expect, it } from 'vitest';
import { ipLockoutMs, lockoutMs, lockoutScheduleMs, signInAllowedFrom } from './sign-in-lockout.ts';

describe('sign-in lockout', () => {
  it('starts after 4 failures with one minute, one more minute per 4 more failures', () => {
    expect(lockoutMs(3)).toBe(0);
    expect(lockoutMs(4)).toBe(60_000);
    expect(lockoutMs(7)).toBe(60_000);
    expect(lockoutMs(8)).toBe(120_000);
    expect(lockoutMs(12)).toBe(180_000);
  });

  it('never locks for more than 10 minutes', () => {
    expect(lockoutMs(40)).toBe(600_000);
    expect(lockoutMs(400)).toBe(600_000);
  });

  it('locks an address five times later than an account', () => {
    expect(ipLockoutMs(19)).toBe(0);
    expect(ipLockoutMs(20)).toBe(60_000);
  });

  it('says when the next attempt is allowed', () => {
    const last = new Date('2026-11-25T10:00:00Z');
    expect(signInAllowedFrom(2, last)).toBeNull();
    expect(signInAllowedFrom(8, last)).toEqual(new Date('2026-11-25T10:02:00Z'));
  });

  it('lists the lock for each count of failures until it stops growing', () => {
    const account = lockoutScheduleMs('account');
    expect(account).toHaveLength(40);
    expect(account.slice(0, 5)).toEqual([0, 0, 0, 60_000, 60_000]);
    expect(account.at(-1)).toBe(600_000);
    const ip = lockoutScheduleMs('ip');
    expect(ip).toHaveLength(200);
    expect(ip[18]).toBe(0);
    expect(ip[19]).toBe(60_000);
    expect(ip.every((ms, i) => ms === ipLockoutMs(i + 1))).toBe(true);
  });
});
