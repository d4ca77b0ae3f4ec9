// The shapes My sales receives, read from the router's type (never from server code).
import type { AppRouter } from '@marketplace/ui';
import type { inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;
export type Sale = Outputs['sales']['list']['items'][number];
export type KeyVersion = Outputs['sales']['keyHistory']['items'][number];

/** A date of a sale (UTC midnight for activation dates): the day only, as the seller's calendar says. */
export function day(iso: string | null, language: 'en' | 'fr'): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(iso));
}
