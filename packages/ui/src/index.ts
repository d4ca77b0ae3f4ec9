// The shared front end of both portals: i18n, the typed API client, and the common components.
// Pages import from here and `@marketplace/ui/styles.css`; never from the server's packages.

export { HealthStatus } from './health/HealthStatus.tsx';
export { type HealthOutput, type HealthState, healthState } from './health/health-state.ts';
export {
  catalogues,
  detectLanguage,
  interpolate,
  LANGUAGE_STORAGE_KEY,
  type MessageKey,
  type Messages,
  type PlainMessageKey,
  type Translate,
  translate,
} from './i18n/catalogue.ts';
export { type I18n, I18nProvider, useI18n } from './i18n/I18nProvider.tsx';
export { LanguageSwitch } from './i18n/LanguageSwitch.tsx';
export { AppShell, type AppShellProps } from './shell/AppShell.tsx';
export { BrandMark } from './shell/BrandMark.tsx';
export { useDocumentTitle } from './shell/useDocumentTitle.ts';
export { type AppRouter, useTRPC, useTRPCClient } from './trpc/context.ts';
export { MarketplaceProvider } from './trpc/MarketplaceProvider.tsx';
