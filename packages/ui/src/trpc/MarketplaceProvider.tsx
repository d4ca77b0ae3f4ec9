import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, TRPCClientError } from '@trpc/client';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { I18nProvider, useI18n } from '../i18n/I18nProvider.tsx';
import { type AppRouter, TRPCProvider } from './context.ts';
import { apiLinks } from './links.ts';

/** A 4xx answer will not change by asking again; network failures and 5xx get one more try. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof TRPCClientError) {
    const status = (error.data as { httpStatus?: unknown } | undefined)?.httpStatus;
    if (typeof status === 'number' && status >= 400 && status < 500) return false;
  }
  return failureCount < 1;
}

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}

function ApiProviders({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  // The client is created once; its header reads the language of the moment through this ref.
  const languageRef = useRef(language);

  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: apiLinks({
        url: '/trpc',
        headers: () => ({ 'x-language': languageRef.current }),
        fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
      }),
    }),
  );

  // Server messages (errors, later translated content) come in the request's language: ask again.
  useEffect(() => {
    if (languageRef.current === language) return;
    languageRef.current = language;
    void queryClient.invalidateQueries();
  }, [language, queryClient]);

  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}

/** Everything a portal needs around its pages: the language, React Query, and the typed API client. */
export function MarketplaceProvider({ children }: { children: ReactNode }) {
  return (
    <I18nProvider>
      <ApiProviders>{children}</ApiProviders>
    </I18nProvider>
  );
}
