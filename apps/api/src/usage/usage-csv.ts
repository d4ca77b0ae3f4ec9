// The spend and revenue reports as CSV (the helper of My sales' export): one record per row of the
// report, headings in the person's language, amounts in euros with a dot ("12.34") so that any
// spreadsheet reads them as numbers, VM-hours likewise.
import type { Language, Money, Text } from '@marketplace/domain';
import { CSV_BOM, csvRecord } from '../sales/csv.ts';
import type { RevenueReport, SpendReport } from './shapes.ts';

const SPEND_HEADINGS: Record<Language, string[]> = {
  en: [
    'Month',
    'Product',
    'Seller',
    'Offer',
    'OUTSCALE account',
    'Region',
    'VM-hours',
    'Software cost (EUR)',
    'VM cost (EUR)',
    'Total (EUR)',
  ],
  fr: [
    'Mois',
    'Produit',
    'Vendeur',
    'Offre',
    'Compte OUTSCALE',
    'Région',
    'Heures de VM',
    'Coût logiciel (EUR)',
    'Coût des VM (EUR)',
    'Total (EUR)',
  ],
};

const REVENUE_HEADINGS: Record<Language, string[]> = {
  en: ['Month', 'Product', 'Offer', 'Buyer organization', 'VM-hours', 'Revenue (EUR)'],
  fr: ['Mois', 'Produit', 'Offre', 'Organisation acheteuse', 'Heures de VM', 'Revenu (EUR)'],
};

const inLanguage = (text: Text, language: Language) => text[language] || text.en || text.fr;

/** Cents as euros, exactly: 12345 → "123.45", -5 → "-0.05". */
export function euros(amount: Money): string {
  const sign = amount.amount < 0 ? '-' : '';
  const cents = Math.abs(amount.amount);
  return `${sign}${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

const hours = (value: number) => String(Math.round(value * 1000) / 1000);

export function spendCsv(report: SpendReport, language: Language): string {
  return (
    CSV_BOM +
    csvRecord(SPEND_HEADINGS[language]) +
    report.rows
      .map((row) =>
        csvRecord([
          row.month,
          inLanguage(row.productName, language),
          row.sellerName,
          inLanguage(row.offerName, language),
          row.outscaleAccountId,
          row.region,
          hours(row.vmHours),
          euros(row.software),
          euros(row.vm),
          euros(row.total),
        ]),
      )
      .join('')
  );
}

export function revenueCsv(report: RevenueReport, language: Language): string {
  return (
    CSV_BOM +
    csvRecord(REVENUE_HEADINGS[language]) +
    report.rows
      .map((row) =>
        csvRecord([
          row.month,
          inLanguage(row.productName, language),
          inLanguage(row.offerName, language),
          row.buyerName,
          hours(row.vmHours),
          euros(row.revenue),
        ]),
      )
      .join('')
  );
}
