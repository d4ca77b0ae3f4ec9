// The monthly statement as a PDF (pdfkit): a pure renderer from a month's report, the organization it
// is for and a language to the file's bytes. Nothing here reads the database or the clock: the caller
// gives the issue date, so the same inputs give the same statement.
import { formatDay, type Language, type Money, type Text } from '@marketplace/domain';
import PDFDocument from 'pdfkit';
import type { RevenueReport, SpendReport } from './shapes.ts';

export type StatementParty = { organizationId: string; organizationName: string };

export type StatementInput =
  | {
      kind: 'spend';
      month: string;
      report: SpendReport;
      party: StatementParty;
      issuedAt: Date;
      language: Language;
    }
  | {
      kind: 'revenue';
      month: string;
      report: RevenueReport;
      party: StatementParty;
      issuedAt: Date;
      language: Language;
    };

const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };

/** Deterministic: the kind, the organization's short id and the month ("SP-1A2B3C4D-202611"). */
export function statementNumber(kind: StatementInput['kind'], organizationId: string, month: string): string {
  const short = organizationId.replaceAll('-', '').slice(0, 8).toUpperCase();
  return `${kind === 'spend' ? 'SP' : 'RV'}-${short}-${month.replace('-', '')}`;
}

// The standard Helvetica of PDF readers is encoded in WinAnsi: Latin-1 (French accents, « », the
// no-break space) plus these. Intl puts a narrow no-break space between thousands in French, which
// WinAnsi lacks: it becomes a no-break space; any other character outside it, a question mark.
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
export function winAnsi(text: string): string {
  return text
    .replace(/[\u202f\u2009]/g, '\u00a0')
    .replace(/[^\n\x20-\x7e\u00a0-\u00ff]/gu, (c) => (WIN_ANSI_EXTRA.includes(c) ? c : '?'));
}

export const formatAmount = (amount: Money, language: Language) =>
  new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: amount.currency }).format(
    amount.amount / 100,
  );
const formatHours = (hours: number, language: Language) =>
  new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 3 }).format(hours);
export const formatMonth = (month: string, language: Language) =>
  new Intl.DateTimeFormat(LOCALES[language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
const inLanguage = (text: Text, language: Language) => text[language] || text.en || text.fr;

const WORDS = {
  en: {
    spendTitle: 'Monthly spend statement',
    revenueTitle: 'Monthly revenue statement',
    number: 'Statement number',
    issued: 'Date issued',
    month: 'Month',
    buyer: 'Buyer organization',
    seller: 'Seller organization',
    product: 'Product / offer',
    productOnly: 'Product',
    offer: 'Offer',
    account: 'OUTSCALE account',
    buyerColumn: 'Buyer',
    vmHours: 'VM-hours',
    software: 'Software',
    vm: 'VMs',
    total: 'Total',
    revenue: 'Revenue',
    monthTotal: 'Total for the month',
    none: 'No usage was metered this month.',
    prices: 'VM costs from OUTSCALE’s public price catalogue of',
    binding:
      'This statement sums up the usage metered by OUTSCALE Marketplace for information. It is not an invoice: OUTSCALE’s invoice is the binding document.',
  },
  fr: {
    spendTitle: 'Relevé mensuel des dépenses',
    revenueTitle: 'Relevé mensuel des revenus',
    number: 'Numéro du relevé',
    issued: 'Date d’émission',
    month: 'Mois',
    buyer: 'Organisation acheteuse',
    seller: 'Organisation vendeur',
    product: 'Produit / offre',
    productOnly: 'Produit',
    offer: 'Offre',
    account: 'Compte OUTSCALE',
    buyerColumn: 'Acheteur',
    vmHours: 'Heures de VM',
    software: 'Logiciel',
    vm: 'VM',
    total: 'Total',
    revenue: 'Revenu',
    monthTotal: 'Total du mois',
    none: 'Aucune consommation n’a été mesurée ce mois-ci.',
    prices: 'Coûts des VM selon le catalogue public des prix d’OUTSCALE du',
    binding:
      'Ce relevé récapitule, pour information, la consommation mesurée par OUTSCALE Marketplace. Ce n’est pas une facture : la facture d’OUTSCALE fait foi.',
  },
} as const;

type Column = { title: string; width: number; align: 'left' | 'right' };
type Table = { columns: Column[]; rows: string[][]; total: string };

function spendTable(report: SpendReport, language: Language): Table {
  const w = WORDS[language];
  return {
    columns: [
      { title: w.product, width: 150, align: 'left' },
      { title: w.account, width: 100, align: 'left' },
      { title: w.vmHours, width: 55, align: 'right' },
      { title: w.software, width: 63, align: 'right' },
      { title: w.vm, width: 63, align: 'right' },
      { title: w.total, width: 64, align: 'right' },
    ],
    rows: report.rows.map((row) => [
      `${inLanguage(row.productName, language)}\n${inLanguage(row.offerName, language)} · ${row.sellerName}`,
      `${row.outscaleAccountId}\n${row.region}`,
      formatHours(row.vmHours, language),
      formatAmount(row.software, language),
      formatAmount(row.vm, language),
      formatAmount(row.total, language),
    ]),
    total: formatAmount(report.total, language),
  };
}

function revenueTable(report: RevenueReport, language: Language): Table {
  const w = WORDS[language];
  return {
    columns: [
      { title: w.productOnly, width: 135, align: 'left' },
      { title: w.offer, width: 105, align: 'left' },
      { title: w.buyerColumn, width: 115, align: 'left' },
      { title: w.vmHours, width: 60, align: 'right' },
      { title: w.revenue, width: 80, align: 'right' },
    ],
    rows: report.rows.map((row) => [
      inLanguage(row.productName, language),
      inLanguage(row.offerName, language),
      row.buyerName,
      formatHours(row.vmHours, language),
      formatAmount(row.revenue, language),
    ]),
    total: formatAmount(report.total, language),
  };
}

const MARGIN = 50;
const CELL_PAD = 4;
const INK = '#1a1a2e';
const MUTED = '#5a5f73';
const RULE = '#c9ccd6';

/** The statement's PDF bytes. */
export function renderStatement(input: StatementInput): Promise<Buffer> {
  const { language, party, month } = input;
  const w = WORDS[language];
  const title = input.kind === 'spend' ? w.spendTitle : w.revenueTitle;
  const number = statementNumber(input.kind, party.organizationId, month);
  const table =
    input.kind === 'spend' ? spendTable(input.report, language) : revenueTable(input.report, language);

  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: language,
    // Dates fixed from the inputs: the same statement gives the same file.
    info: {
      Title: winAnsi(`${title} ${number}`),
      Author: 'OUTSCALE Marketplace',
      CreationDate: input.issuedAt,
      ModDate: input.issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const text = (value: string) => winAnsi(value);
  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;

  doc.fillColor(MUTED).font('Helvetica').fontSize(10).text('OUTSCALE Marketplace', left, MARGIN);
  doc.moveDown(0.5);
  doc.fillColor(INK).font('Helvetica-Bold').fontSize(20).text(text(title));
  doc.moveDown(0.8);

  const facts: [string, string][] = [
    [w.number, number],
    [w.issued, formatDay(input.issuedAt, language)],
    [w.month, formatMonth(month, language)],
    [input.kind === 'spend' ? w.buyer : w.seller, party.organizationName],
  ];
  doc.fontSize(10);
  for (const [label, value] of facts) {
    const y = doc.y;
    doc.font('Helvetica').fillColor(MUTED).text(text(label), left, y, { width: 140 });
    doc
      .font('Helvetica-Bold')
      .fillColor(INK)
      .text(text(value), left + 150, y, { width: width - 150 });
    doc.moveDown(0.2);
  }
  doc.moveDown(1);

  const bottom = () => doc.page.height - MARGIN;
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    const heights = cells.map((cell, i) =>
      doc.heightOfString(text(cell), { width: (table.columns[i]?.width ?? 0) - 2 * CELL_PAD }),
    );
    const height = Math.max(...heights) + 2 * CELL_PAD;
    if (doc.y + height > bottom()) doc.addPage();
    const y = doc.y;
    let x = left;
    cells.forEach((cell, i) => {
      const column = table.columns[i];
      if (!column) return;
      doc.fillColor(INK).text(text(cell), x + CELL_PAD, y + CELL_PAD, {
        width: column.width - 2 * CELL_PAD,
        align: column.align,
      });
      x += column.width;
    });
    doc
      .moveTo(left, y + height)
      .lineTo(left + width, y + height)
      .strokeColor(RULE)
      .lineWidth(0.5)
      .stroke();
    doc.x = left;
    doc.y = y + height;
  };

  drawRow(
    table.columns.map((c) => c.title),
    true,
  );
  if (table.rows.length === 0) {
    doc.moveDown(0.5);
    doc.font('Helvetica').fontSize(10).fillColor(MUTED).text(text(w.none), left, doc.y, { width });
  }
  for (const row of table.rows) drawRow(row, false);

  doc.moveDown(1);
  if (doc.y + 40 > bottom()) doc.addPage();
  const totalY = doc.y;
  doc.font('Helvetica-Bold').fontSize(12).fillColor(INK);
  doc.text(text(w.monthTotal), left, totalY, { width: width / 2 });
  doc.text(text(table.total), left + width / 2, totalY, { width: width / 2, align: 'right' });
  doc.moveDown(1.5);

  doc.font('Helvetica').fontSize(9).fillColor(MUTED);
  if (input.kind === 'spend' && input.report.prices.length > 0) {
    const prices = input.report.prices
      .map((p) => `${formatDay(new Date(`${p.asOf}T00:00:00Z`), language)} (${p.region})`)
      .join(', ');
    doc.text(text(`${w.prices} ${prices}.`), left, doc.y, { width });
    doc.moveDown(0.5);
  }
  doc.text(text(w.binding), left, doc.y, { width });

  doc.end();
  return done;
}
