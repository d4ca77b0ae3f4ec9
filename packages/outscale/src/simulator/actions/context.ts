import type { Request, Response } from '../../client.ts';
import type { ActionName } from '../../generated/api.gen.ts';
import { errors } from '../api-error.ts';
import type { SimAccessKey, SimAccount, SimulatorState } from '../state.ts';

export interface SimulatorLimits {
  imageCopyDelayMs: number;
  /** How long VMs stay pending, stopping or shutting-down. */
  vmStateDelayMs: number;
  imagesPerAccount: number;
  accessKeysPerUser: number;
  /** VMs not terminated per account. */
  vmsPerAccount: number;
  flexibleGpusPerAccount: number;
}

export interface ActionContext {
  state: SimulatorState;
  limits: SimulatorLimits;
  /** The caller's account; undefined only for an unsigned call to a public action. */
  account: SimAccount | undefined;
  key: SimAccessKey | undefined;
  /** The Region named in the endpoint's path (`/{region}/api/v1/...`), if any. */
  region?: string | undefined;
  /** Set by fault injection: the image this call creates will fail. */
  failImage: boolean;
}

export type Payload<A extends ActionName> = Omit<Response<A>, 'ResponseContext'>;
export type Handlers = { [A in ActionName]?: (ctx: ActionContext, body: Request<A>) => Payload<A> };

export function callerAccount(ctx: ActionContext): SimAccount {
  if (!ctx.account) throw errors.authenticationFailed('This call needs a signed request.');
  return ctx.account;
}

/** NextPageToken pagination: the token is the base64 offset, as opaque to callers as the real one. */
export function pageByToken<T>(
  all: T[],
  body: { NextPageToken?: string; ResultsPerPage?: number },
): { page: T[]; NextPageToken?: string } {
  const size = resultsPerPage(body.ResultsPerPage, 100);
  let offset = 0;
  if (body.NextPageToken) {
    offset = Number(Buffer.from(body.NextPageToken, 'base64').toString('utf8'));
    if (!Number.isInteger(offset) || offset < 0) throw errors.invalidValue('NextPageToken', 'unknown token');
  }
  const page = all.slice(offset, offset + size);
  const next = offset + size;
  return next < all.length ? { page, NextPageToken: Buffer.from(String(next)).toString('base64') } : { page };
}

/** The most items an EIM read (ReadUsers, ReadUserGroups, ReadPolicies) answers in one page. */
export const FIRST_ITEM_MAX_RESULTS = 100;

/**
 * FirstItem pagination, as the EIM reads do it. As the official file describes the answer:
 * `MaxResultsLimit` is the most the operation answers in a page, `MaxResultsTruncated` says whether the
 * page size asked for (`ResultsPerPage`) was more than that (the page is then cut to the limit), and
 * `HasMoreItems` whether items remain after this page.
 */
export function pageByFirstItem<T>(
  all: T[],
  body: { FirstItem?: number; ResultsPerPage?: number },
): { page: T[]; HasMoreItems: boolean; MaxResultsLimit: number; MaxResultsTruncated: boolean } {
  const asked = body.ResultsPerPage ?? FIRST_ITEM_MAX_RESULTS;
  if (asked < 1) throw errors.invalidValue('ResultsPerPage', 'it must be 1 or more');
  const size = Math.min(asked, FIRST_ITEM_MAX_RESULTS);
  const first = body.FirstItem ?? 0;
  if (first < 0) throw errors.invalidValue('FirstItem', 'it must be 0 or more');
  const page = all.slice(first, first + size);
  return {
    page,
    HasMoreItems: first + size < all.length,
    MaxResultsLimit: FIRST_ITEM_MAX_RESULTS,
    MaxResultsTruncated: asked > FIRST_ITEM_MAX_RESULTS,
  };
}

function resultsPerPage(value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (value < 1 || value > 1000) throw errors.invalidValue('ResultsPerPage', 'it must be between 1 and 1000');
  return value;
}

/** Rejects filters the simulator does not implement, rather than ignoring them and answering wrongly. */
export function onlyFilters(filters: object | undefined, supported: string[]): void {
  for (const key of Object.keys(filters ?? {})) {
    if (!supported.includes(key)) throw errors.unsupportedFilter(key);
  }
}

/** `*` and `?` wildcards, as name filters accept them. */
export function wildcardMatch(pattern: string, value: string): boolean {
  const regex = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${regex}$`).test(value);
}
