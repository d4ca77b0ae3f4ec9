// The monthly statement read back as a reader would: its text extracted from the PDF (unpdf).
import { money } from '@marketplace/domain';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { RevenueReport, SpendReport } from './shapes.ts';
import { renderStatement, statementNumber, winAnsi } from './statement-pdf.ts';

const BUYER = {
  organizationId: '1a2b3c4d-0000-4000-8000-000000000001',
  organizationName: 'Société Générale d’Études',
};
const SELLER = {
  organizationId: '9f8e7d6c-0000-4000-8000-000000000002',
  organizationName: 'Nimbus Software',
};
const issuedAt = new Date('2026-12-02T08:00:00Z');

const spend: SpendReport = {
  from: '2026-11',
  to: '2026-11',
  rows: [
    {
      month: '2026-11',
      productId: 'p1',
      productName: { en: 'Hardened Debian', fr: 'Debian durcie' },
      sellerName: 'Nimbus Software',
      offerId: 'o1',
      offerName: { en: 'Hourly', fr: 'À l’heure' },
      outscaleAccountId: '123456789012',
      region: 'eu-west-2',
      vmHours: 720.5,
      software: money(123456),
      vm: money(54321),
      total: money(177777),
    },
    {
      month: '2026-11',
      productId: 'p2',
      productName: { en: 'Open Wiki', fr: 'Wiki ouvert' },
      sellerName: 'Nimbus Software',
      offerId: 'o2',
      offerName: { en: 'Free', fr: 'Gratuit' },
      outscaleAccountId: '210987654321',
      region: 'cloudgouv-eu-west-1',
      vmHours: 6,
      software: money(0),
      vm: money(223),
      total: money(223),
    },
  ],
  total: money(178000),
  prices: [{ region: 'eu-west-2', asOf: '2026-11-30' }],
};

const revenue: RevenueReport = {
  from: '2026-11',
  to: '2026-11',
  rows: [
    {
      month: '2026-11',
      productId: 'p1',
      productName: { en: 'Hardened Debian', fr: 'Debian durcie' },
      offerId: 'o1',
      offerName: { en: 'Hourly', fr: 'À l’heure' },
      buyerOrganizationId: BUYER.organizationId,
      buyerName: BUYER.organizationName,
      vmHours: 720.5,
      revenue: money(123456),
    },
  ],
  total: money(123456),
};

async function textOf(pdf: Buffer): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: true });
  // Readers split lines and spaces their own way: compare with single spaces.
  return text.replace(/\s+/g, ' ');
}

describe('the monthly statement PDF', () => {
  it('states the spend of the month in English: number, date, organization, lines, total, the binding invoice', async () => {
    const pdf = await renderStatement({
      kind: 'spend',
      month: '2026-11',
      report: spend,
      party: BUYER,
      issuedAt,
      language: 'en',
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await textOf(pdf);
    expect(text).toContain('Monthly spend statement');
    expect(text).toContain('SP-1A2B3C4D-202611');
    expect(text).toContain('2 December 2026');
    expect(text).toContain('November 2026');
    expect(text).toContain('Société Générale d’Études');
    expect(text).toContain('Hardened Debian');
    expect(text).toContain('123456789012');
    expect(text).toContain('€1,234.56');
    expect(text).toContain('€543.21');
    expect(text).toContain('€1,777.77');
    expect(text).toMatch(/Total for the month €1,780.00/);
    expect(text).toContain('30 November 2026 (eu-west-2)');
    expect(text).toContain('OUTSCALE’s invoice is the binding document');
  });

  it('states it in French, accents and amounts as French readers write them', async () => {
    const text = await textOf(
      await renderStatement({
        kind: 'spend',
        month: '2026-11',
        report: spend,
        party: BUYER,
        issuedAt,
        language: 'fr',
      }),
    );
    expect(text).toContain('Relevé mensuel des dépenses');
    expect(text).toContain('Date d’émission');
    expect(text).toContain('2 décembre 2026');
    expect(text).toContain('novembre 2026');
    expect(text).toContain('Debian durcie');
    expect(text).toContain('À l’heure');
    expect(text).toContain('720,5');
    expect(text).toMatch(/Total du mois 1 780,00 €/);
    expect(text).toContain('la facture d’OUTSCALE fait foi');
  });

  it('states a seller’s revenue per product, offer and buyer, in both languages', async () => {
    for (const [language, title, total] of [
      ['en', 'Monthly revenue statement', 'Total for the month €1,234.56'],
      ['fr', 'Relevé mensuel des revenus', 'Total du mois 1 234,56 €'],
    ] as const) {
      const text = await textOf(
        await renderStatement({
          kind: 'revenue',
          month: '2026-11',
          report: revenue,
          party: SELLER,
          issuedAt,
          language,
        }),
      );
      expect(text).toContain(title);
      expect(text).toContain('RV-9F8E7D6C-202611');
      expect(text).toContain('Nimbus Software');
      expect(text).toContain(BUYER.organizationName);
      expect(text).toContain(total);
    }
  });

  it('says so when nothing was metered, with a zero total', async () => {
    const text = await textOf(
      await renderStatement({
        kind: 'spend',
        month: '2026-10',
        report: { from: '2026-10', to: '2026-10', rows: [], total: money(0), prices: [] },
        party: BUYER,
        issuedAt,
        language: 'en',
      }),
    );
    expect(text).toContain('No usage was metered this month.');
    expect(text).toContain('Total for the month €0.00');
  });

  it('keeps many lines on as many pages as they need', async () => {
    const first = spend.rows[0];
    if (!first) throw new Error('the made-up report has rows');
    const rows = Array.from({ length: 80 }, (_, i) => ({
      ...first,
      outscaleAccountId: String(100000000000 + i),
    }));
    const document = await getDocumentProxy(
      new Uint8Array(
        await renderStatement({
          kind: 'spend',
          month: '2026-11',
          report: { ...spend, rows },
          party: BUYER,
          issuedAt,
          language: 'en',
        }),
      ),
    );
    expect(document.numPages).toBeGreaterThan(1);
    const { text } = await extractText(document, { mergePages: true });
    expect(text).toContain('100000000079');
  });

  it('numbers statements from the organization and the month, and writes what Helvetica can show', () => {
    expect(statementNumber('spend', BUYER.organizationId, '2026-01')).toBe('SP-1A2B3C4D-202601');
    expect(winAnsi('1\u202f234,56\u00a0€ « é » 東')).toBe('1\u00a0234,56\u00a0€ « é » ?');
  });
});
