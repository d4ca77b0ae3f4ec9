// The company directory the marketplace starts: the embedded Sirene simulator by default, INSEE's API
// (here a simulator standing in for it, with its own key) when SIRENE_ENDPOINT is set.
import { startSireneSimulator } from '@marketplace/sirene';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { startDirectory } from './directory.ts';

const log = pino({ level: 'silent' });

describe('the company directory', () => {
  it('is the embedded simulator when SIRENE_ENDPOINT is unset, and finds the demo companies', async () => {
    const directory = await startDirectory(loadConfig({}), log);
    try {
      expect(directory.simulator?.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api-sirene\/3\.11$/);
      expect(await directory.client.establishment('90876543100014')).toMatchObject({
        name: 'HELIX DEVOPS',
        address: { city: 'PARIS' },
        active: true,
      });
    } finally {
      await directory.close();
    }
  });

  it('is the directory SIRENE_ENDPOINT names, called with SIRENE_API_KEY', async () => {
    const insee = await startSireneSimulator({ apiKey: 'the-key-insee-gave' });
    try {
      const config = loadConfig({ SIRENE_ENDPOINT: insee.endpoint, SIRENE_API_KEY: 'the-key-insee-gave' });
      const directory = await startDirectory(config, log);
      expect(directory.simulator).toBeUndefined();
      expect((await directory.client.establishment('91122334500016'))?.name).toBe('NIMBUS LINUX');
      const wrong = await startDirectory(
        loadConfig({ SIRENE_ENDPOINT: insee.endpoint, SIRENE_API_KEY: 'not-the-key-of-insee' }),
        log,
      );
      await expect(wrong.client.establishment('91122334500016')).rejects.toThrow(/refused the API key/);
    } finally {
      await insee.close();
    }
  });
});
