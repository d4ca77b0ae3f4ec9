import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('settings', () => {
  it('fall back to the embedded defaults when nothing is set', () => {
    const config = loadConfig({}, '1.2.3');
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      publicUrl: undefined,
      databaseUrl: undefined,
      smtpUrl: undefined,
      outscaleEndpoint: undefined,
      marketplaceIp: '148.253.98.37/32',
      mailFrom: 'OUTSCALE Marketplace <no-reply@marketplace.localhost>',
      demoData: false,
      version: '1.2.3',
    });
    expect(config.dataDir).toMatch(/\/\.data$/);
  });

  it('take INSEE’s Sirene endpoint with its key, and refuse one without the other', () => {
    expect(loadConfig({}).sirene).toBeUndefined();
    expect(
      loadConfig({
        SIRENE_ENDPOINT: 'https://api.insee.fr/api-sirene/3.11/',
        SIRENE_API_KEY: 'a-key-of-insee',
      }).sirene,
    ).toEqual({ endpoint: 'https://api.insee.fr/api-sirene/3.11', apiKey: 'a-key-of-insee' });
    expect(() => loadConfig({ SIRENE_ENDPOINT: 'https://api.insee.fr/api-sirene/3.11' })).toThrow(
      /SIRENE_API_KEY: must be set with SIRENE_ENDPOINT/,
    );
    expect(() => loadConfig({ SIRENE_API_KEY: 'a-key-of-insee' })).toThrow(
      /SIRENE_ENDPOINT: must be set with SIRENE_API_KEY/,
    );
    expect(() => loadConfig({ SIRENE_ENDPOINT: 'insee', SIRENE_API_KEY: 'a-key-of-insee' })).toThrow(
      /SIRENE_ENDPOINT="insee": must be a URL such as https:\/\/api.insee.fr/,
    );
  });

  it('treat an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).databaseUrl).toBeUndefined();
  });

  it('name every wrong value with what is expected, at once', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        SMTP_URL: 'mail.example.com',
        MARKETPLACE_IP: '148.253.98.37',
        DEMO_DATA: 'maybe',
        OUTSCALE_SIMULATOR_SEED: '/no/such/seed.json',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(6);
    expect(problems).toEqual(
      expect.arrayContaining([
        'PORT="eighty": must be a number',
        expect.stringMatching(/^DATABASE_URL="mysql:\/\/x": must be a URL such as postgres:/),
        expect.stringMatching(/^SMTP_URL=.*must be a URL such as smtp:/),
        expect.stringMatching(/^MARKETPLACE_IP=.*IPv4 range/),
        'DEMO_DATA="maybe": must be true or false',
        'OUTSCALE_SIMULATOR_SEED="/no/such/seed.json": must name an existing JSON file',
      ]),
    );
    expect((error as ConfigError).message).toContain('The marketplace cannot start');
  });

  it('accept real values', () => {
    const config = loadConfig({
      PORT: '8080',
      PUBLIC_URL: 'https://marketplace.example.com/',
      DATABASE_URL: 'postgres://mp:secret@db:5432/mp',
      SMTP_URL: 'smtp://user:pass@mail:587',
      DEMO_DATA: 'true',
      DATA_DIR: '/var/lib/marketplace',
    });
    expect(config).toMatchObject({
      port: 8080,
      publicUrl: 'https://marketplace.example.com',
      databaseUrl: 'postgres://mp:secret@db:5432/mp',
      demoData: true,
      dataDir: '/var/lib/marketplace',
    });
  });

  it('trust no proxy by default, and only named proxy addresses or ranges', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16,fd00::/8' }).trustProxy).toEqual([
      '10.0.0.1',
      '192.168.0.0/16',
      'fd00::/8',
    ]);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toEqual(['loopback']);
    for (const wrong of ['true', '2', 'proxy.example.com', '10.0.0.0/33', '10.0.0.1/8/8']) {
      expect(() => loadConfig({ TRUST_PROXY: wrong })).toThrow(
        /TRUST_PROXY=.*must be false, or the proxies’ addresses or ranges, such as 10\.0\.0\.1,192\.168\.0\.0\/16/,
      );
    }
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/any client choose its address/);
  });
});
