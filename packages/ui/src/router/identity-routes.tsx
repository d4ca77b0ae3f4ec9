// The identity pages are the same in both portals: each portal adds these routes to its root route
// (`rootRoute.addChildren([...portalRoutes, ...identityRoutes(rootRoute)])`). Each page's code is
// loaded when it is first opened (or hovered).
import { nextSearch, tokenSearch } from '@marketplace/validators/search';
import {
  type AnyRootRoute,
  createRoute,
  lazyRouteComponent,
  type RouteComponent,
} from '@tanstack/react-router';
import { IDENTITY_ROUTES } from '../identity/portal.tsx';
import { type RouterContext, requireSignedIn } from './router.tsx';

const PasswordLink = lazyRouteComponent(() => import('../identity/PasswordLinkPage.tsx'), 'PasswordLinkPage');
const SetPassword = Object.assign(() => <PasswordLink key="set" purpose="set" />, {
  preload: PasswordLink.preload,
});
const ResetPassword = Object.assign(() => <PasswordLink key="reset" purpose="reset" />, {
  preload: PasswordLink.preload,
});

type GuardOptions = { context: unknown; location: Parameters<typeof requireSignedIn>[0]['location'] };
/** Signed-in people only: a visitor goes to sign-in and comes back. */
const signedIn = ({ context, location }: GuardOptions) =>
  requireSignedIn({ context: context as RouterContext, location });

/**
 * The sign-in, sign-up, password, profile, organization, accounts and OUTSCALE accounts routes below
 * `parent`. A portal may give its own sign-in page.
 */
export function identityRoutes<TParent extends AnyRootRoute>(
  parent: TParent,
  options: { signIn?: RouteComponent } = {},
) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: IDENTITY_ROUTES.signIn,
      validateSearch: nextSearch,
      component:
        options.signIn ?? lazyRouteComponent(() => import('../identity/SignInPage.tsx'), 'SignInPage'),
    }),
    createRoute({
      getParentRoute,
      path: IDENTITY_ROUTES.signUp,
      component: lazyRouteComponent(() => import('../identity/SignUpPage.tsx'), 'SignUpPage'),
    }),
    createRoute({
      getParentRoute,
      path: IDENTITY_ROUTES.forgotPassword,
      component: lazyRouteComponent(() => import('../identity/ForgotPasswordPage.tsx'), 'ForgotPasswordPage'),
    }),
    createRoute({
      getParentRoute,
      path: IDENTITY_ROUTES.setPassword,
      validateSearch: tokenSearch,
      component: SetPassword,
    }),
    createRoute({
      getParentRoute,
      path: IDENTITY_ROUTES.resetPassword,
      validateSearch: tokenSearch,
      component: ResetPassword,
    }),
    createRoute({
      getParentRoute,
      path: IDENTITY_ROUTES.profile,
      beforeLoad: signedIn,
      component: lazyRouteComponent(() => import('../identity/ProfilePage.tsx'), 'ProfilePage'),
    }),
    createRoute({
      getParentRoute,
      path: IDENTITY_ROUTES.organization,
      beforeLoad: signedIn,
      component: lazyRouteComponent(() => import('../identity/OrganizationPage.tsx'), 'OrganizationPage'),
    }),
    createRoute({
      getParentRoute,
      path: IDENTITY_ROUTES.accounts,
      beforeLoad: signedIn,
      component: lazyRouteComponent(() => import('../identity/AccountsPage.tsx'), 'AccountsPage'),
    }),
    createRoute({
      getParentRoute,
      path: IDENTITY_ROUTES.outscaleAccounts,
      beforeLoad: signedIn,
      component: lazyRouteComponent(
        () => import('../identity/OutscaleAccountsPage.tsx'),
        'OutscaleAccountsPage',
      ),
    }),
  ] as const;
}

/** The operator's page (seller portal only): every organization, to validate or reject. */
export function operatorRoute<TParent extends AnyRootRoute>(parent: TParent) {
  return createRoute({
    getParentRoute: () => parent,
    path: IDENTITY_ROUTES.operator,
    beforeLoad: signedIn,
    component: lazyRouteComponent(() => import('../identity/OperatorPage.tsx'), 'OperatorPage'),
  });
}
