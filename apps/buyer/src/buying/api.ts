// The shapes the buying pages receive, read from the router's type (never from server code).
import type { AppRouter } from '@marketplace/ui';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;
export type SearchResult = Outputs['catalog']['search'];
export type CatalogItem = SearchResult['items'][number];
export type SearchInput = Inputs['catalog']['search'];
export type ProductPage = Outputs['catalog']['product'];
export type ProductOffer = ProductPage['offers'][number];
export type Estimate = Outputs['catalog']['estimate'];
export type MySubscription = Outputs['subscriptions']['list']['items'][number];
export type Spend = Outputs['usage']['spend'];
export type JobStatus = NonNullable<MySubscription['sharing']>;

/** Jobs the page keeps following until they end. */
export const jobInProgress = (job: Pick<JobStatus, 'state'> | null) =>
  job !== null && (job.state === 'queued' || job.state === 'running' || job.state === 'retrying');

export const SHARING_REFRESH_MS = 2000;

/** A licence is either a link (a page, or an uploaded file) or the agreement's text itself. */
export const licenceLink = (licence: string): string | null =>
  /^(https?:\/\/|\/files\/)\S+$/.test(licence.trim()) ? licence.trim() : null;
