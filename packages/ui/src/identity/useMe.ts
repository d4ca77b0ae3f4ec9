import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useCallback } from 'react';
import { type AppRouter, useTRPC } from '../trpc/context.ts';
import { mayOpen } from './audience.ts';

type Outputs = inferRouterOutputs<AppRouter>;
/** The signed-in person and their organization, as `auth.me` describes them. */
export type Me = NonNullable<Outputs['auth']['me']>;
export type MeOrganization = NonNullable<Me['organization']>;

export function useMe() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 60_000 }));
}

/**
 * After signing in or out every answer may differ: forget the pages' data (another person's list
 * must never show for a moment) and ask `me` again.
 */
export function useSessionChanged(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    queryClient.removeQueries({ type: 'inactive' });
    await queryClient.invalidateQueries();
  }, [queryClient]);
}

export const isAdmin = (me: Me) => mayOpen(me, 'admin');
/** The person's name, or null when the account has none yet (a first admin before anyone named them). */
export const personName = (me: Me): string | null =>
  `${me.account.firstName} ${me.account.lastName}`.trim() || null;
export const displayName = (me: Me) => personName(me) ?? me.account.email;
