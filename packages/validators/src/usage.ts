import './no-eval.ts';
// Spend, revenue and the operator's totals: a range of months, in the procedures and the downloads.
import { z } from 'zod';
import { month } from './text.ts';

export const monthRange = z.object({ from: month(), to: month() });
export const usageSpendInput = monthRange;
export const usageRevenueInput = monthRange;
export const operatorUsageTotalsInput = monthRange;

/** GET /usage/spend.csv and /usage/revenue.csv (the route answers its own messages for bad months). */
export const usageCsvQuery = z.object({ from: month(), to: month() });
/** GET /usage/spend-statement.pdf and /usage/revenue-statement.pdf. */
export const usageStatementQuery = z.object({ month: month() });
