import { describe, expect, it } from 'vitest';
import { evaluateApiAccessRules, MARKETPLACE_IP } from './api-access-rules.ts';
import { ipInRange } from './cidr.ts';

describe('ipInRange', () => {
  it('matches CIDR ranges and bare addresses', () => {
    expect(ipInRange('148.253.98.37', '148.253.98.37/32')).toBe(true);
    expect(ipInRange('148.253.98.37', '148.253.98.0/24')).toBe(true);
    expect(ipInRange('148.253.99.1', '148.253.98.0/24')).toBe(false);
    expect(ipInRange('10.0.0.1', '0.0.0.0/0')).toBe(true);
    expect(ipInRange('148.253.98.37', '148.253.98.37')).toBe(true);
    expect(ipInRange('::ffff:127.0.0.1', '127.0.0.0/8')).toBe(true);
    expect(ipInRange('not-an-ip', '0.0.0.0/0')).toBe(false);
    expect(ipInRange('1.2.3.4', '1.2.3.0/33')).toBe(false);
  });
});

describe('evaluateApiAccessRules', () => {
  it('allows the marketplace when an IP-only rule covers it', () => {
    const verdict = evaluateApiAccessRules([{ IpRanges: ['148.253.98.0/24'] }], MARKETPLACE_IP);
    expect(verdict).toMatchObject({ allowed: true, ipCovered: true, certificateRequired: false });
  });

  it('refuses it when no rule covers its address', () => {
    const verdict = evaluateApiAccessRules([{ IpRanges: ['203.0.113.0/24'] }], MARKETPLACE_IP);
    expect(verdict).toMatchObject({ allowed: false, ipCovered: false, certificateRequired: false });
  });

  it('detects a CA rule that would lock the marketplace out', () => {
    const rules = [
      { IpRanges: ['0.0.0.0/0'], CaIds: ['ca-1'] },
      { CaIds: ['ca-2'], Cns: ['ops'] },
    ];
    expect(evaluateApiAccessRules(rules, MARKETPLACE_IP)).toMatchObject({
      allowed: false,
      ipCovered: true,
      certificateRequired: true,
    });
    const withOpenRule = [...rules, { IpRanges: [`${MARKETPLACE_IP}/32`] }];
    expect(evaluateApiAccessRules(withOpenRule, MARKETPLACE_IP).allowed).toBe(true);
  });
});
