import type { Money, Text } from '@marketplace/domain';

/** The shapes of the usage procedures (API.md: usage.spend, usage.revenue); the pages rely on them. */

/** One buyer row: a product, an OUTSCALE account, a month. */
export type SpendRow = {
  month: string; // YYYY-MM
  productId: string;
  productName: Text;
  sellerName: string;
  offerId: string;
  offerName: Text;
  outscaleAccountId: string;
  region: string;
  /** VM-hours metered (thousandths of an hour kept). */
  vmHours: number;
  software: Money;
  vm: Money;
  total: Money;
};

/** One seller row: a product, an offer, a buyer, a month. */
export type RevenueRow = {
  month: string;
  productId: string;
  productName: Text;
  offerId: string;
  offerName: Text;
  buyerOrganizationId: string;
  buyerName: string;
  vmHours: number;
  revenue: Money;
};

/** The operator's row: one seller, one month. */
export type SellerTotalRow = {
  month: string;
  sellerOrganizationId: string;
  sellerName: string;
  vmHours: number;
  revenue: Money;
};

/** Which OUTSCALE price catalogue the VM costs used, per region (its date, YYYY-MM-DD). */
export type PricesUsed = { region: string; asOf: string }[];

export type SpendReport = { from: string; to: string; rows: SpendRow[]; total: Money; prices: PricesUsed };
export type RevenueReport = { from: string; to: string; rows: RevenueRow[]; total: Money };
export type RevenueSummary = { thisMonth: Money; lastMonth: Money; activeSubscriptions: number };
export type SellerTotals = { from: string; to: string; rows: SellerTotalRow[] };
