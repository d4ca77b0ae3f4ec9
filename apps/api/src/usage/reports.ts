// The reports behind the usage procedures, the CSV exports and the monthly statements: the metered usage
// (packages/db `monthlyUsage`) charged by `monthCharge` (packages/domain), month by month.
import {
  type EntityManager,
  type FilterQuery,
  type MonthlyUsage,
  monthlyUsage,
  type Organization,
  Subscription,
} from '@marketplace/db';
import {
  badRequest,
  forbidden,
  type MonthCharge,
  money,
  monthBounds,
  monthCharge,
  monthOf,
  monthsBetween,
  type Text,
  type UsageLine,
  type VmRateSource,
} from '@marketplace/domain';
import { loadVmRates } from '../prices/index.ts';
import { inForceWindow } from './metering.ts';
import type {
  RevenueReport,
  RevenueRow,
  RevenueSummary,
  SellerTotalRow,
  SellerTotals,
  SpendReport,
  SpendRow,
} from './shapes.ts';

export type MonthRange = { from: string; to: string };

/** The longest range a report covers. */
export const MAX_REPORT_MONTHS = 24;

/** From ≤ to, at most 24 months: otherwise BAD_REQUEST in both languages. */
export function checkRange(range: MonthRange): void {
  if (range.from > range.to) {
    const text: Text = {
      en: 'The range starts after it ends: choose a first month before the last.',
      fr: 'La période commence après sa fin : choisissez un premier mois avant le dernier.',
    };
    throw badRequest(text, { from: text });
  }
  if (monthsBetween(range.from, range.to).length > MAX_REPORT_MONTHS) {
    const text: Text = {
      en: `A report covers at most ${MAX_REPORT_MONTHS} months: choose a shorter range.`,
      fr: `Un rapport couvre au plus ${MAX_REPORT_MONTHS} mois : choisissez une période plus courte.`,
    };
    throw badRequest(text, { to: text });
  }
}

type Charged = { subscription: Subscription; month: string; charge: MonthCharge };

/** Each subscription's charge for each month of the range it was in force, with the VM rates used. */
async function chargesOf(
  em: EntityManager,
  where: FilterQuery<Subscription>,
  range: MonthRange,
  now: Date,
): Promise<{ charged: Charged[]; rates: VmRateSource[] }> {
  const start = monthBounds(range.from).start;
  const end = monthBounds(range.to).end;
  const subscriptions = (
    await em.find(
      Subscription,
      {
        $and: [
          where,
          { state: { $in: ['active', 'ending', 'ended'] }, activatesAt: { $lt: end } },
          { $or: [{ endsAt: null }, { endsAt: { $gt: start } }] },
        ],
      },
      { populate: ['offer', 'product', 'organization', 'seller'], orderBy: { createdAt: 'asc', id: 'asc' } },
    )
  ).filter((s) => inForceWindow(s) !== null);
  const usage = await monthlyUsage(
    em,
    subscriptions.map((s) => s.id),
    start,
    end,
  );
  const usageOf = new Map<string, MonthlyUsage[]>();
  for (const row of usage) {
    const key = `${row.subscriptionId} ${row.month}`;
    usageOf.set(key, [...(usageOf.get(key) ?? []), row]);
  }
  const rates = new Map<string, VmRateSource>();
  const charged: Charged[] = [];
  for (const subscription of subscriptions) {
    const window = inForceWindow(subscription);
    if (!window) continue;
    let vmRates = rates.get(subscription.region);
    if (!vmRates) {
      vmRates = await loadVmRates(em, subscription.region);
      rates.set(subscription.region, vmRates);
    }
    const price = subscription.price ?? null;
    const subscriptionOffer = subscription.offer.type === 'subscription';
    for (const month of monthsBetween(range.from, range.to)) {
      const bounds = monthBounds(month);
      if (window.from >= bounds.end || (window.to && window.to <= bounds.start)) continue;
      if (bounds.start > now) continue;
      const lines: UsageLine[] = (usageOf.get(`${subscription.id} ${month}`) ?? []).map((u) => ({
        key: u.outscaleAccountId,
        vmType: u.vmType,
        milliHours: u.milliHours,
      }));
      const charge = monthCharge({
        terms: subscription.offer.terms,
        commitment: price?.commitment ?? 'on_demand',
        licences: price?.licences ?? (subscriptionOffer ? 1 : (price?.vmCount ?? 1)),
        reservedVmType: price?.vmType ?? null,
        month,
        usableFrom: window.from,
        endsAt: window.to,
        until: now,
        usage: lines,
        vmRates,
      });
      if (charge.total.amount === 0 && charge.milliHours === 0) continue;
      charged.push({ subscription, month, charge });
    }
  }
  return { charged, rates: [...rates.values()] };
}

const hoursOf = (milliHours: number) => milliHours / 1000;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** The buyer organization's spend per product, OUTSCALE account and month (software and VM cost). */
export async function spendReport(
  em: EntityManager,
  buyer: Organization,
  range: MonthRange,
  now: Date = new Date(),
): Promise<SpendReport> {
  if (!buyer.types.includes('buyer')) {
    throw forbidden({
      en: 'Your organization is not registered as a buyer.',
      fr: "Votre organisation n'est pas inscrite comme acheteur.",
    });
  }
  checkRange(range);
  const { charged, rates } = await chargesOf(em, { organization: buyer.id }, range, now);
  const rows = new Map<string, SpendRow & { milliHours: number }>();
  const rowFor = (c: Charged, account: string) => {
    const key = `${c.month} ${c.subscription.product.id} ${c.subscription.offer.id} ${account}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        month: c.month,
        productId: c.subscription.product.id,
        productName: c.subscription.product.name,
        sellerName: c.subscription.seller.name,
        offerId: c.subscription.offer.id,
        offerName: c.subscription.offer.title,
        outscaleAccountId: account,
        region: c.subscription.region,
        vmHours: 0,
        milliHours: 0,
        software: money(0),
        vm: money(0),
        total: money(0),
      };
      rows.set(key, row);
    }
    return row;
  };
  for (const c of charged) {
    // What is owed whatever the usage (licences, subscription periods) goes to the first account.
    if (c.charge.fixed.amount > 0 || c.charge.lines.length === 0) {
      const row = rowFor(c, c.subscription.outscaleAccountIds[0] ?? '');
      row.software = money(row.software.amount + c.charge.fixed.amount);
    }
    for (const line of c.charge.lines) {
      const row = rowFor(c, line.key);
      row.milliHours += line.milliHours;
      row.software = money(row.software.amount + line.software.amount);
      row.vm = money(row.vm.amount + line.vm.amount);
    }
  }
  const out: SpendRow[] = [...rows.values()].map(({ milliHours, ...row }) => ({
    ...row,
    vmHours: hoursOf(milliHours),
    total: money(row.software.amount + row.vm.amount),
  }));
  out.sort(
    (a, b) =>
      a.month.localeCompare(b.month) ||
      a.productName.en.localeCompare(b.productName.en) ||
      a.outscaleAccountId.localeCompare(b.outscaleAccountId),
  );
  return {
    ...range,
    rows: out,
    total: money(sum(out.map((r) => r.total.amount))),
    prices: rates.map((r) => ({ region: r.region, asOf: r.asOf })),
  };
}

/** The seller organization's revenue (the software charges) per product, offer, buyer and month. */
export async function revenueReport(
  em: EntityManager,
  seller: Organization,
  range: MonthRange,
  now: Date = new Date(),
): Promise<RevenueReport> {
  checkRange(range);
  const { charged } = await chargesOf(em, { seller: seller.id }, range, now);
  const rows = new Map<string, RevenueRow & { milliHours: number }>();
  for (const c of charged) {
    const key = `${c.month} ${c.subscription.product.id} ${c.subscription.offer.id} ${c.subscription.organization.id}`;
    const row = rows.get(key) ?? {
      month: c.month,
      productId: c.subscription.product.id,
      productName: c.subscription.product.name,
      offerId: c.subscription.offer.id,
      offerName: c.subscription.offer.title,
      buyerOrganizationId: c.subscription.organization.id,
      buyerName: c.subscription.organization.name,
      vmHours: 0,
      milliHours: 0,
      revenue: money(0),
    };
    row.milliHours += c.charge.milliHours;
    row.revenue = money(row.revenue.amount + c.charge.software.amount);
    rows.set(key, row);
  }
  const out: RevenueRow[] = [...rows.values()].map(({ milliHours, ...row }) => ({
    ...row,
    vmHours: hoursOf(milliHours),
  }));
  out.sort(
    (a, b) =>
      a.month.localeCompare(b.month) ||
      a.productName.en.localeCompare(b.productName.en) ||
      a.buyerName.localeCompare(b.buyerName),
  );
  return { ...range, rows: out, total: money(sum(out.map((r) => r.revenue.amount))) };
}

/** The seller dashboard's tiles: this month's and last month's revenue, active subscriptions. */
export async function revenueSummary(
  em: EntityManager,
  seller: Organization,
  now: Date,
): Promise<RevenueSummary> {
  const thisMonth = monthOf(now);
  const lastMonth = monthOf(new Date(monthBounds(thisMonth).start.getTime() - 1));
  const report = await revenueReport(em, seller, { from: lastMonth, to: thisMonth }, now);
  const of = (month: string) =>
    money(sum(report.rows.filter((r) => r.month === month).map((r) => r.revenue.amount)));
  const activeSubscriptions = await em.count(Subscription, {
    seller: seller.id,
    state: { $in: ['active', 'ending'] },
  });
  return { thisMonth: of(thisMonth), lastMonth: of(lastMonth), activeSubscriptions };
}

/** The operator's view: every seller's revenue and VM-hours per month. */
export async function sellerTotals(
  em: EntityManager,
  range: MonthRange,
  now: Date = new Date(),
): Promise<SellerTotals> {
  checkRange(range);
  const { charged } = await chargesOf(em, {}, range, now);
  const rows = new Map<string, SellerTotalRow & { milliHours: number }>();
  for (const c of charged) {
    const key = `${c.month} ${c.subscription.seller.id}`;
    const row = rows.get(key) ?? {
      month: c.month,
      sellerOrganizationId: c.subscription.seller.id,
      sellerName: c.subscription.seller.name,
      vmHours: 0,
      milliHours: 0,
      revenue: money(0),
    };
    row.milliHours += c.charge.milliHours;
    row.revenue = money(row.revenue.amount + c.charge.software.amount);
    rows.set(key, row);
  }
  const out = [...rows.values()].map(({ milliHours, ...row }) => ({ ...row, vmHours: hoursOf(milliHours) }));
  out.sort((a, b) => a.month.localeCompare(b.month) || a.sellerName.localeCompare(b.sellerName));
  return { ...range, rows: out };
}
