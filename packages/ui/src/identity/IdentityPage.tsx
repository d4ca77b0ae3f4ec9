import type { ReactNode } from 'react';
import { matchRoute } from '../router/paths.ts';
import { AccountsPage } from './AccountsPage.tsx';
import { ForgotPasswordPage } from './ForgotPasswordPage.tsx';
import { OperatorPage } from './OperatorPage.tsx';
import { OrganizationPage } from './OrganizationPage.tsx';
import { OutscaleAccountsPage } from './OutscaleAccountsPage.tsx';
import { PasswordLinkPage } from './PasswordLinkPage.tsx';
import { ProfilePage } from './ProfilePage.tsx';
import { IDENTITY_ROUTES, type IdentityRoute, type PortalName } from './portal.tsx';
import { SignInPage } from './SignInPage.tsx';
import { SignUpPage } from './SignUpPage.tsx';

/**
 * The identity page at a path of the portal, or null when the path is none of them. A portal may
 * pass its own sign-in page; the operator page exists in the seller portal only.
 */
export function identityPage(
  path: string | null,
  portal: PortalName,
  overrides: { signIn?: ReactNode } = {},
): ReactNode | null {
  const route: IdentityRoute | null = path === null ? null : matchRoute(IDENTITY_ROUTES, path);
  switch (route) {
    case null:
      return null;
    case 'signIn':
      return overrides.signIn ?? <SignInPage />;
    case 'signUp':
      return <SignUpPage />;
    case 'forgotPassword':
      return <ForgotPasswordPage />;
    case 'setPassword':
      return <PasswordLinkPage key="set" purpose="set" />;
    case 'resetPassword':
      return <PasswordLinkPage key="reset" purpose="reset" />;
    case 'profile':
      return <ProfilePage />;
    case 'organization':
      return <OrganizationPage />;
    case 'accounts':
      return <AccountsPage />;
    case 'outscaleAccounts':
      return <OutscaleAccountsPage />;
    case 'operator':
      return portal === 'seller' ? <OperatorPage /> : null;
    default: {
      const unknown: never = route;
      throw new Error(`unknown identity route ${String(unknown)}`);
    }
  }
}
