import type { EntityManager, Organization } from '@marketplace/db';
import { money } from '@marketplace/domain';
import type { RevenueReport, RevenueSummary, SellerTotals, SpendReport } from './shapes.ts';

export type MonthRange = { from: string; to: string };

// The reports behind the usage procedures, the CSV exports and the monthly statements. The metering
// work fills them in; until then they answer empty reports of the right shape.

export async function spendReport(
  _em: EntityManager,
  _buyer: Organization,
  range: MonthRange,
): Promise<SpendReport> {
  return { ...range, rows: [], total: money(0), prices: [] };
}

export async function revenueReport(
  _em: EntityManager,
  _seller: Organization,
  range: MonthRange,
): Promise<RevenueReport> {
  return { ...range, rows: [], total: money(0) };
}

export async function revenueSummary(
  _em: EntityManager,
  _seller: Organization,
  _now: Date,
): Promise<RevenueSummary> {
  return { thisMonth: money(0), lastMonth: money(0), activeSubscriptions: 0 };
}

export async function sellerTotals(_em: EntityManager, range: MonthRange): Promise<SellerTotals> {
  return { ...range, rows: [] };
}
