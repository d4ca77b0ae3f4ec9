import { describe, expect, it } from 'vitest';
import { demoSeed, distributionAccounts, marketplaceRegions, parseSeed } from './seed.ts';

describe('the demo seed', () => {
  const seed = demoSeed();

  it('has well-formed keys and account IDs', () => {
    for (const account of seed.accounts) {
      expect(account.AccessKey).toHaveLength(20);
      expect(account.SecretKey).toHaveLength(40);
      expect(account.AccountId).toMatch(/^\d{12}$/);
    }
  });

  it('gives the marketplace a distribution account per region, in the MARKETPLACE_ACCOUNTS shape', () => {
    const accounts = distributionAccounts(seed);
    expect(Object.keys(accounts).sort()).toEqual([...marketplaceRegions].sort());
    for (const region of marketplaceRegions) {
      expect(Object.keys(accounts[region]).sort()).toEqual(['AccessKey', 'AccountId', 'SecretKey']);
    }
  });

  it('has sellers with source OMIs in both regions, buyers, and the two locked-out cases', () => {
    const byRole = (role: string) => seed.accounts.filter((a) => a.Role === role);
    const sellers = byRole('seller');
    expect(new Set(sellers.map((a) => a.CompanyName)).size).toBeGreaterThanOrEqual(2);
    for (const region of marketplaceRegions) {
      expect(sellers.filter((a) => a.Region === region && a.Images?.length).length).toBeGreaterThanOrEqual(2);
    }
    expect(byRole('buyer').length).toBeGreaterThanOrEqual(2);
    expect(byRole('seller-ip-restricted')[0]?.ApiAccessRules?.[0]?.IpRanges).not.toContain('0.0.0.0/0');
    expect(byRole('seller-ca-required')[0]?.ApiAccessRules?.[0]?.CaIds?.length).toBeGreaterThan(0);
  });
});

describe('parseSeed', () => {
  it('explains what is wrong', () => {
    expect(() => parseSeed({})).toThrow(/accounts/);
    expect(() => parseSeed({ accounts: [{ AccountId: '1' }] })).toThrow(/Email/);
    const account = {
      AccountId: '123',
      Email: 'a@b.c',
      CompanyName: 'C',
      Region: 'eu-west-2',
      AccessKey: 'AK',
      SecretKey: 'SK',
    };
    expect(() => parseSeed({ accounts: [account] })).toThrow(/12 digits/);
  });
});
