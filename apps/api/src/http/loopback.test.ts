import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, isLoopbackHostHeader } from './loopback.ts';

describe('loopback addresses', () => {
  it('are localhost, 127.0.0.0/8 and ::1, never every interface or another name', () => {
    for (const host of [
      'localhost',
      'LOCALHOST',
      '127.0.0.1',
      '127.10.0.3',
      '::1',
      '[::1]',
      '::ffff:127.0.0.1',
    ]) {
      expect(isLoopbackAddress(host), host).toBe(true);
    }
    for (const host of [
      '0.0.0.0',
      '::',
      '10.0.0.1',
      '128.0.0.1',
      'localhost.',
      'localhost.evil.example',
      '127.evil.example',
      '',
    ]) {
      expect(isLoopbackAddress(host), host).toBe(false);
    }
  });

  it('in a Host header, with or without a port, and nothing else around them', () => {
    for (const host of ['localhost:3000', '127.0.0.1', '127.0.0.1:8080', '[::1]:3000', '[::1]']) {
      expect(isLoopbackHostHeader(host), host).toBe(true);
    }
    for (const host of [
      undefined,
      '',
      'evil.example',
      'evil.example:3000',
      'evil.example@127.0.0.1',
      '127.0.0.1/x',
      '::1',
      '127.0.0.1:3000:1',
    ]) {
      expect(isLoopbackHostHeader(host), String(host)).toBe(false);
    }
  });
});
