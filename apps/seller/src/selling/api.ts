// The shapes the selling pages receive, read from the router's type (never from server code).
import type { AppRouter } from '@marketplace/ui';
import type { inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;
export type Showcase = NonNullable<Outputs['showcase']['get']>;
export type ProductSummary = Outputs['products']['list']['items'][number];
export type Product = Outputs['products']['get'];
export type ProductVersion = Product['versions'][number];
export type Copy = ProductVersion['copies'][number];
export type Revenue = Outputs['usage']['revenue'];
export type Subscriber = Outputs['products']['subscribers']['items'][number];

/** Copies the jobs are still working on: the page refreshes while there are any. */
export const copyInProgress = (copy: Pick<Copy, 'state'>) =>
  copy.state === 'pending' || copy.state === 'copying' || copy.state === 'deleting';

export const PUBLICATION_REFRESH_MS = 2000;

export const productInProgress = (product: Product | undefined) =>
  product?.versions.some(
    (v) => v.state === 'publishing' || v.state === 'unpublishing' || v.copies.some(copyInProgress),
  ) ?? false;

/** A product's name in the page's language, the other one when it is missing. */
export const textIn = (text: { en: string; fr: string }, language: 'en' | 'fr') =>
  text[language].trim() || text[language === 'en' ? 'fr' : 'en'].trim();
