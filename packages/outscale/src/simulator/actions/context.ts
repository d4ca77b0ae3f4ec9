import type { Request, Response } from '../../client.ts';
import type { ActionName } from '../../generated/api.gen.ts';
import { errors } from '../api-error.ts';
import type { SimAccessKey, SimAccount, SimulatorState } from '../state.ts';

export interface SimulatorLimits {
  imageCopyDelayMs: number;
  imagesPerAccount: number;
  accessKeysPerUser: number;
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

/** FirstItem pagination, as the EIM reads do it. */
export function pageByFirstItem<T>(
  all: T[],
  body: { FirstItem?: number; ResultsPerPage?: number },
): { page: T[]; HasMoreItems: boolean; MaxResultsLimit: number; MaxResultsTruncated: boolean } {
  const size = resultsPerPage(body.ResultsPerPage, 100);
  const first = body.FirstItem ?? 0;
  if (first < 0) throw errors.invalidValue('FirstItem', 'it must be 0 or more');
  const page = all.slice(first, first + size);
  const more = first + size < all.length;
  return { page, HasMoreItems: more, MaxResultsLimit: size, MaxResultsTruncated: more };
}

function resultsPerPage(value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (value < 1 || value > 1000) throw errors.invalidValue('ResultsPerPage', 'it must be between 1 and 1000');
  return value;
}

/** Rejects filters the simulator does not implement, rather than ignoring them and answering wrongly. */
export function onlyFilters(filters: object | undefined, supported: string[]): void {
  for (const key of Object.keys(filters ?? {})) {
    if (!supported.includes(key)) throw errors.notSimulated(`The filter Filters.${key}`);
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
