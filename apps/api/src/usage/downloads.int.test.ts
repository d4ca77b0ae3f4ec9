// The usage downloads on real parts: who may download what (session, role, organization type), months
// that are not months refused with a clear message, and CSV and PDF in the person's language, each for
// the caller's own organization only.
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, withSession } from '../sales/sales-setup.ts';
import { createMember } from '../testing/fixtures.ts';
import type { HttpClient } from '../testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace } from '../testing/marketplace.ts';

type Refusal = { error: { message: string; code: string } };

const pdfText = async (answer: Response) => {
  const document = await getDocumentProxy(new Uint8Array(await answer.arrayBuffer()));
  return (await extractText(document, { mergePages: true })).text.replace(/\s+/g, ' ');
};

describe('usage downloads', () => {
  let marketplace: TestMarketplace;
  let buyer: HttpClient;
  let seller: HttpClient;
  let adminOnly: HttpClient;
  let buyerName: string;
  let sellerName: string;
  let buyerId: string;

  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    const orm = marketplace.services.orm;
    const buyerMember = await createMember(orm, { types: ['buyer'] });
    const sellerMember = await createMember(orm, { types: ['seller'] });
    buyerName = buyerMember.organization.name;
    sellerName = sellerMember.organization.name;
    buyerId = buyerMember.organization.id;
    [buyer, seller, adminOnly] = await Promise.all([
      signIn(marketplace, buyerMember),
      signIn(marketplace, sellerMember),
      signIn(marketplace, await createMember(orm, { types: ['buyer', 'seller'], roles: ['admin'] })),
    ]);
  });
  afterAll(() => marketplace.stop());

  const get = (as: HttpClient | null, path: string) => withSession(marketplace, as, path);

  it('refuses anyone signed out, an account without the user role, a buyer the revenue, a seller the spend', async () => {
    for (const path of [
      '/usage/spend.csv?from=2026-06&to=2026-11',
      '/usage/revenue.csv?from=2026-06&to=2026-11',
      '/usage/spend-statement.pdf?month=2026-11',
      '/usage/revenue-statement.pdf?month=2026-11',
    ]) {
      expect((await get(null, path)).status).toBe(401);
      expect((await get(adminOnly, path)).status).toBe(403);
    }
    const refused = await get(buyer, '/usage/revenue.csv?from=2026-06&to=2026-11&language=fr');
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as Refusal).error.message).toBe(
      "Seuls les utilisateurs d'une organisation vendeur peuvent télécharger ses revenus.",
    );
    expect((await get(buyer, '/usage/revenue-statement.pdf?month=2026-11')).status).toBe(403);
    // A seller-only organization buys nothing: no spend to download.
    expect((await get(seller, '/usage/spend.csv?from=2026-06&to=2026-11')).status).toBe(403);
    expect((await get(seller, '/usage/spend-statement.pdf?month=2026-11')).status).toBe(403);
  });

  it('answers 400 with a clear message for months that are not months', async () => {
    const message = async (path: string) => {
      const answer = await get(buyer, path);
      expect(answer.status).toBe(400);
      return ((await answer.json()) as Refusal).error.message;
    };
    expect(await message('/usage/spend-statement.pdf?month=2026-13')).toMatch(
      /^The month parameter must be a month written YYYY-MM, for example \d{4}-\d{2}\.$/,
    );
    expect(await message('/usage/spend-statement.pdf')).toMatch(
      /The month parameter must be a month written YYYY-MM/,
    );
    expect(await message('/usage/spend-statement.pdf?month=2026-00&language=fr')).toMatch(
      /^Le paramètre month doit être un mois écrit AAAA-MM, par exemple \d{4}-\d{2}\.$/,
    );
    expect(await message('/usage/spend.csv?from=2026-11&to=2026-06')).toBe(
      'The first month (from) must not come after the last one (to).',
    );
    expect(await message('/usage/spend.csv?from=2026-1&to=2026-06&language=fr')).toMatch(
      /^Le paramètre from doit être un mois écrit AAAA-MM/,
    );
    expect(await message('/usage/spend.csv?from=2000-01&to=2026-06')).toMatch(/at most 24 months/);
    const seller400 = await get(seller, '/usage/revenue-statement.pdf?month=november');
    expect(seller400.status).toBe(400);
  });

  it('exports spend and revenue as CSV, headings in the person’s language', async () => {
    const spend = await get(buyer, '/usage/spend.csv?from=2026-06&to=2026-11');
    expect(spend.status).toBe(200);
    expect(spend.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(spend.headers.get('content-disposition')).toBe('attachment; filename="spend-2026-06-2026-11.csv"');
    expect(spend.headers.get('cache-control')).toBe('private, no-store');
    const bytes = Buffer.from(await spend.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(
      'Month,Product,Seller,Offer,OUTSCALE account,Region,VM-hours,Software cost (EUR),VM cost (EUR),Total (EUR)\r\n',
    );
    const french = await (await get(seller, '/usage/revenue.csv?from=2026-06&to=2026-11&language=fr')).text();
    // (text() drops the byte order mark.)
    expect(french).toBe('Mois,Produit,Offre,Organisation acheteuse,Heures de VM,Revenu (EUR)\r\n');
  });

  it('gives each organization its own monthly statement as PDF, in its language', async () => {
    const statement = await get(buyer, '/usage/spend-statement.pdf?month=2026-11');
    expect(statement.status).toBe(200);
    expect(statement.headers.get('content-type')).toBe('application/pdf');
    const number = `SP-${buyerId.replaceAll('-', '').slice(0, 8).toUpperCase()}-202611`;
    expect(statement.headers.get('content-disposition')).toBe(
      `attachment; filename="statement-${number}.pdf"`,
    );
    const text = await pdfText(statement);
    expect(text).toContain(number);
    expect(text).toContain(buyerName);
    expect(text).toContain('Total for the month €0.00');

    const revenue = await pdfText(
      await get(seller, '/usage/revenue-statement.pdf?month=2026-11&language=fr'),
    );
    expect(revenue).toContain('Relevé mensuel des revenus');
    expect(revenue).toContain(sellerName);
    expect(revenue).not.toContain(buyerName);
    expect(revenue).toContain('Total du mois 0,00 €');
  });
});
