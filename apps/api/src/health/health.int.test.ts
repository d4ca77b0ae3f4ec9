import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestMarketplace, type TestMarketplace } from '../testing/marketplace.ts';

describe('health over real HTTP', () => {
  let marketplace: TestMarketplace;
  beforeAll(async () => {
    marketplace = await startTestMarketplace();
  });
  afterAll(() => marketplace.stop());

  it('reports the marketplace up with its database and migrations', async () => {
    const response = await fetch(`${marketplace.url}/trpc/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { data: unknown } };
    expect(body.result.data).toEqual({
      ok: true,
      version: 'test',
      db: { state: 'up', latencyMs: expect.any(Number), migrations: expect.any(Number) },
    });
  });

  it('reports the database down, without failing the request, when PostgreSQL is gone', async () => {
    const other = await startTestMarketplace();
    await other.services.orm.close(true);
    const response = await fetch(`${other.url}/trpc/health`);
    const body = (await response.json()) as { result: { data: { ok: boolean; db: { state: string } } } };
    expect(response.status).toBe(200);
    expect(body.result.data.ok).toBe(false);
    expect(body.result.data.db.state).toBe('down');
    await other.stop();
  });

  it('answers an unknown procedure with NOT_FOUND, not a server error', async () => {
    const response = await fetch(`${marketplace.url}/trpc/nope`);
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { data: { code: string } } };
    expect(body.error.data.code).toBe('NOT_FOUND');
    // In the caller's language, never tRPC's English; a batch gets one answer per call.
    const french = await fetch(`${marketplace.url}/trpc/nope`, { headers: { 'x-language': 'fr' } });
    expect(await french.json()).toEqual({
      error: {
        message:
          'Il n’y a rien à cette adresse : vérifiez le lien, ou repartez de la page d’accueil de la Marketplace.',
        code: -32004,
        data: { code: 'NOT_FOUND', httpStatus: 404, path: 'nope' },
      },
    });
    const batch = await fetch(`${marketplace.url}/trpc/health,nope?batch=1`, {
      headers: { 'x-language': 'fr' },
    });
    expect(batch.status).toBe(404);
    expect(
      ((await batch.json()) as { error: { data: { path: string } } }[]).map((r) => r.error.data.path),
    ).toEqual(['health', 'nope']);
    expect((await fetch(`${marketplace.url}/trpc/health`)).status).toBe(200);
  });

  it('refuses a state-changing request sent by another site', async () => {
    const response = await fetch(`${marketplace.url}/trpc/health`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(403);
    const own = await fetch(`${marketplace.url}/trpc/health`, {
      method: 'POST',
      headers: { origin: marketplace.url, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(own.status).not.toBe(403);
  });
});
