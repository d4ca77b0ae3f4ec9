// The client against the simulator over HTTP, as the marketplace will call INSEE's API.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { siretProblem } from '@marketplace/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SireneClient, SireneRefusedError, SireneUnavailableError } from './client.ts';
import { demoEstablishments } from './simulator/seed.ts';
import { type SireneSimulator, startSireneSimulator } from './simulator/server.ts';

let simulator: SireneSimulator;
let client: SireneClient;

beforeAll(async () => {
  simulator = await startSireneSimulator();
  client = new SireneClient({ endpoint: simulator.endpoint, apiKey: simulator.apiKey });
});
afterAll(() => simulator.close());

describe('looking a SIRET up', () => {
  it('finds a demo organization’s company with its name and address, typed with spaces', async () => {
    expect(await client.establishment('912 345 675 00017')).toEqual({
      siret: '91234567500017',
      siren: '912345675',
      name: 'ACME INDUSTRIES',
      address: { street: '12 RUE DE LA REPUBLIQUE', postalCode: '69002', city: 'LYON' },
      active: true,
    });
  });

  it('says a closed establishment is not active', async () => {
    expect((await client.establishment('90999000400014'))?.active).toBe(false);
  });

  it('answers null for a valid SIRET the directory does not know', async () => {
    expect(await client.establishment('73282932000074')).toBeNull();
  });

  it('refuses a malformed SIRET before asking', async () => {
    await expect(client.establishment('91234567500018')).rejects.toThrow(RangeError);
  });

  it('names a sole trader by first and last name', async () => {
    const [model] = demoEstablishments();
    if (!model) throw new Error('no demo establishment');
    simulator.add({
      ...model,
      siret: '73282932000074',
      siren: '732829320',
      nic: '00074',
      uniteLegale: {
        ...model.uniteLegale,
        denominationUniteLegale: null,
        prenom1UniteLegale: 'ALICE',
        nomUniteLegale: 'MARTIN',
      },
    });
    expect((await client.establishment('73282932000074'))?.name).toBe('ALICE MARTIN');
  });

  it('says a wrong key is refused, and an unreachable directory unavailable', async () => {
    const wrongKey = new SireneClient({ endpoint: simulator.endpoint, apiKey: 'not-the-key' });
    await expect(wrongKey.establishment('91234567500017')).rejects.toThrow(SireneRefusedError);
    const down = new SireneClient({ endpoint: 'http://127.0.0.1:9/api-sirene/3.11', apiKey: 'x' });
    await expect(down.establishment('91234567500017')).rejects.toThrow(SireneUnavailableError);
  });

  it('answers as Sirene does: its statuses and French messages', async () => {
    const get = (path: string, key = simulator.apiKey) =>
      fetch(`${simulator.endpoint}${path}`, { headers: { 'X-INSEE-Api-Key-Integration': key } });
    const notFound = await get('/siret/73282932000082');
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toEqual({
      header: { statut: 404, message: 'Aucun élément trouvé pour le siret 73282932000082' },
    });
    expect((await get('/siret/123')).status).toBe(400);
    // Malformed input: a bad percent-encoding, a NUL, a huge value; each a 400, and the simulator answers on.
    for (const path of ['/siret/%E0%A4%A', '/siret/%00', `/siret/${'9'.repeat(10_000)}`]) {
      expect((await get(path)).status, path.slice(0, 20)).toBe(400);
    }
    // An address longer than Node's header limit is refused before it reaches the route (431).
    expect((await get(`/siret/${'9'.repeat(100_000)}`)).status).toBe(431);
    expect((await get('/siret/91234567500017')).status).toBe(200);
    // The same lookup many times at once: the same answer each time.
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => client.establishment('91234567500017')),
    );
    expect(new Set(answers.map((answer) => answer?.name))).toEqual(new Set(['ACME INDUSTRIES']));
    expect((await get('/siret/91234567500017', 'wrong')).status).toBe(401);
  });
});

describe('the demo companies', () => {
  it('have SIRETs whose check holds, one per company', () => {
    const sirets = demoEstablishments().map((e) => e.siret);
    expect(sirets.filter((siret) => siretProblem(siret) !== null)).toEqual([]);
    expect(new Set(sirets).size).toBe(sirets.length);
  });
});

describe('the simulator alone', () => {
  it('starts from its command, prints its endpoint and key, and answers', async () => {
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const child = spawn(process.execPath, ['--import', tsx, 'src/simulator/main.ts'], {
      cwd: new URL('..', import.meta.url),
      env: { ...process.env, SIRENE_SIMULATOR_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      const endpoint = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const found = /SIRENE_ENDPOINT=(\S+)/.exec(output);
          if (found?.[1] && /SIRENE_API_KEY=\S+/.test(output)) resolve(found[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
      });
      const key = /SIRENE_API_KEY=(\S+)/.exec(output)?.[1] ?? '';
      const company = await new SireneClient({ endpoint, apiKey: key }).establishment('90876543100014');
      expect(company?.name).toBe('HELIX DEVOPS');
    } finally {
      child.kill('SIGTERM');
    }
  }, 30_000);
});
