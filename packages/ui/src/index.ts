// The shared front end of both portals: i18n, the typed API client, routing, the common components
// and the identity pages (sign-up, sign-in, passwords, profile, organization, accounts, operator).
// Pages import from here and `@marketplace/ui/styles.css`; never from the server's packages.

export { Link } from '@tanstack/react-router';
export {
  ComboBox,
  type ComboBoxProps,
  Dialog,
  type DialogProps,
  FigureSkeleton,
  FilePicker,
  type FilePickerProps,
  FiltersPanel,
  labelCells,
  MenuButton,
  type MenuButtonProps,
  MenuItem,
  type Option,
  ResponsiveTable,
  Select,
  type SelectProps,
  Skeleton,
  type SkeletonShape,
  type TabItem,
  Tabs,
  type TabsProps,
  Toasts,
  type ToastTone,
  toast,
  toastQueue,
  useToastWhile,
} from './components/index.ts';
export { type ApiProblem, apiProblem } from './form/api-problem.ts';
export { CheckboxGroup, SelectField } from './form/Choices.tsx';
export { FieldErrorList, TextField } from './form/Field.tsx';
export { FormProblem } from './form/FormProblem.tsx';
export { schemaResolver } from './form/resolver.ts';
export { type FieldName, type Form, useSchemaForm } from './form/schema-form.ts';
export { HealthStatus } from './health/HealthStatus.tsx';
export { type HealthOutput, type HealthState, healthState } from './health/health-state.ts';
export {
  calendarDay,
  detectLanguage,
  type English,
  FORMATS,
  formatIcu,
  LANGUAGE_STORAGE_KEY,
  LOCALES,
  type MessageKey,
  type Messages,
  type MessageValues,
  type PlainMessageKey,
  type Translate,
} from './i18n/catalogue.ts';
export { type I18n, I18nProvider, useI18n } from './i18n/I18nProvider.tsx';
export { LanguageSwitch } from './i18n/LanguageSwitch.tsx';
export { formatDate } from './identity/dates.ts';
export { PortalShell } from './identity/PortalShell.tsx';
export {
  IDENTITY_ROUTES,
  type IdentityRoute,
  PORTAL_BASE,
  Portal,
  type PortalName,
  usePortal,
} from './identity/portal.tsx';
export { RequireAccount } from './identity/RequireAccount.tsx';
export { SignInForm } from './identity/SignInForm.tsx';
export { displayName, isAdmin, type Me, personName, useMe } from './identity/useMe.ts';
export { centsToInput, formatMoney, parseEuros } from './money/money-input.ts';
export { ConfirmDialog } from './pages/ConfirmDialog.tsx';
export { CardPage, ContentPage, Loading, Section } from './pages/layout.tsx';
export { MessagePage, NotFoundPage } from './pages/MessagePage.tsx';
export { nextCursor, pagedItems, ShowMore } from './pages/ShowMore.tsx';
export { WithCode } from './pages/WithCode.tsx';
export { identityRoutes, operatorRoute } from './router/identity-routes.tsx';
export { type BasePath, portalHref, returnPath } from './router/paths.ts';
export {
  loadQuery,
  PendingPage,
  PortalRouter,
  portalRouterOptions,
  RouteErrorPage,
  type RouterContext,
  requireSignedIn,
} from './router/router.tsx';
export { parseSearch, stringifySearch } from './router/search-params.ts';
export { AppShell, type AppShellProps } from './shell/AppShell.tsx';
export { BrandMark } from './shell/BrandMark.tsx';
export { useDocumentTitle } from './shell/useDocumentTitle.ts';
export { type AppRouter, useTRPC, useTRPCClient } from './trpc/context.ts';
export { MarketplaceProvider } from './trpc/MarketplaceProvider.tsx';
export { MonthRangePicker } from './usage/MonthRangePicker.tsx';
export {
  defaultRange,
  formatMonthLong,
  formatMonthShort,
  formatUtcDay,
  type MonthRange,
  monthOf,
  monthsOf,
  readMonthRange,
  statementHref,
  usageCsvHref,
} from './usage/months.ts';
export { StatementLinks } from './usage/Statements.tsx';
export { formatVmHours, monthValues, sum, topKeys } from './usage/series.ts';
export { UsageReport, useMonthRange } from './usage/UsageReport.tsx';
export { UsageTableHead } from './usage/UsageTableHead.tsx';
