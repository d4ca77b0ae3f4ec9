import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember } from '../testing/fixtures.ts';
import { startTestMarketplace, type TestMarketplace } from '../testing/marketplace.ts';
import { rawRequest } from '../testing/raw-request.ts';

const JSON_BODY = { 'content-type': 'application/json' };

/** A sign-in as a browser sends it: its page's origin, the host it connected to by name. */
function signIn(marketplace: TestMarketplace, headers: Record<string, string>, credentials: object) {
  return rawRequest(`${marketplace.url}/trpc/auth.login`, {
    method: 'POST',
    headers: { ...JSON_BODY, ...headers },
    body: JSON.stringify(credentials),
  });
}

describe('the same-origin check without PUBLIC_URL (the server on its own loopback address)', () => {
  let marketplace: TestMarketplace;
  let member: Awaited<ReturnType<typeof createMember>>;
  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    member = await createMember(marketplace.services.orm);
  });
  afterAll(() => marketplace.stop());

  it('refuses a DNS-rebinding page (its name as Host and as Origin), not the pages of this server', async () => {
    const answer = await signIn(
      marketplace,
      { host: 'evil.example', origin: 'http://evil.example' },
      { email: member.email, password: member.password },
    );
    expect(answer.status).toBe(403);
    // As tRPC answers, so the portals' client shows the message.
    expect(JSON.parse(answer.body)).toEqual({
      error: {
        message: 'This request came from another site and was refused.',
        code: -32003,
        data: { code: 'FORBIDDEN', httpStatus: 403 },
      },
    });
    expect(answer.headers['set-cookie']).toBeUndefined();

    // This server's own pages, by whichever loopback name they were opened.
    const { port } = new URL(marketplace.url);
    for (const origin of [`http://localhost:${port}`, `http://127.0.0.1:${port}`]) {
      const own = await signIn(
        marketplace,
        { host: new URL(origin).host, origin },
        { email: member.email, password: member.password },
      );
      expect(own.status, origin).toBe(200);
    }
  });

  it('says so in the language of the caller', async () => {
    const answer = await signIn(
      marketplace,
      {
        host: `evil.example:${new URL(marketplace.url).port}`,
        origin: 'http://evil.example',
        'accept-language': 'fr-FR,fr;q=0.9',
      },
      { email: member.email, password: member.password },
    );
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body).error.message).toBe(
      "Cette requête venait d'un autre site et a été refusée.",
    );
  });

  it('in the language the page chose (its x-language header, or its language cookie) over the browser’s', async () => {
    const host = `evil.example:${new URL(marketplace.url).port}`;
    const refused = (headers: Record<string, string>) =>
      signIn(
        marketplace,
        { host, origin: 'http://evil.example', 'accept-language': 'en-GB,en;q=0.9', ...headers },
        { email: member.email, password: member.password },
      ).then((answer) => JSON.parse(answer.body).error.message as string);
    const french = "Cette requête venait d'un autre site et a été refusée.";
    expect(await refused({ 'x-language': 'fr' })).toBe(french);
    expect(await refused({ cookie: 'other=1; language=fr' })).toBe(french);
    expect(await refused({ cookie: 'language=fr', 'x-language': 'en' })).toBe(
      'This request came from another site and was refused.',
    );
    expect(await refused({ cookie: 'language=de' })).toBe(
      'This request came from another site and was refused.',
    );
  });
});

describe('an address with nothing behind it', () => {
  let marketplace: TestMarketplace;
  beforeAll(async () => {
    marketplace = await startTestMarketplace();
  });
  afterAll(() => marketplace.stop());

  it('answers a 404 in the caller’s language, shaped as the plain routes’ refusals', async () => {
    const french =
      'Il n’y a rien à cette adresse : vérifiez le lien, ou repartez de la page d’accueil de la Marketplace.';
    for (const path of ['/_dev/nothing', '/files', '/files/a/b', '/usage/nothing.csv']) {
      const inFrench = await fetch(`${marketplace.url}${path}`, {
        headers: { 'accept-language': 'fr-FR,fr' },
      });
      expect(inFrench.status, path).toBe(404);
      expect(await inFrench.json(), path).toEqual({ error: { message: french, code: 'NOT_FOUND' } });
      const headerFirst = await fetch(`${marketplace.url}${path}?language=en`, {
        headers: { 'x-language': 'fr' },
      });
      expect(((await headerFirst.json()) as { error: { message: string } }).error.message).toBe(french);
    }
    const byQuery = await fetch(`${marketplace.url}/files/a/b?language=fr`);
    expect(((await byQuery.json()) as { error: { message: string } }).error.message).toBe(french);
    const english = await fetch(`${marketplace.url}/files/a/b`);
    expect(((await english.json()) as { error: { message: string } }).error.message).toMatch(
      /^There is nothing at this address/,
    );
    const posted = await fetch(`${marketplace.url}/nothing`, {
      method: 'POST',
      headers: { 'x-language': 'fr' },
    });
    expect(posted.status).toBe(404);
    expect(((await posted.json()) as { error: { message: string } }).error.message).toBe(french);
  });
});

describe('the same-origin check with PUBLIC_URL', () => {
  let marketplace: TestMarketplace;
  let member: Awaited<ReturnType<typeof createMember>>;
  beforeAll(async () => {
    marketplace = await startTestMarketplace({ PUBLIC_URL: 'https://marketplace.example' });
    member = await createMember(marketplace.services.orm);
  });
  afterAll(() => marketplace.stop());

  it('accepts only the pages of the public address, and leaves requests without Origin (programs) be', async () => {
    const fromPublicPage = await signIn(
      marketplace,
      { host: 'marketplace.example', origin: 'https://marketplace.example' },
      { email: member.email, password: member.password },
    );
    expect(fromPublicPage.status).toBe(200);

    // Whatever name the request was sent to: the Host header proves nothing.
    for (const origin of ['http://marketplace.example', marketplace.url, 'https://evil.example']) {
      const answer = await signIn(
        marketplace,
        { host: new URL(origin).host, origin },
        { email: member.email, password: member.password },
      );
      expect(answer.status, origin).toBe(403);
    }

    // No Origin: not a page, so not a forged request with someone's cookie; the other checks apply.
    const fromProgram = await signIn(marketplace, {}, { email: member.email, password: member.password });
    expect(fromProgram.status).toBe(200);
  });
});
