import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { AppShell } from '../shell/AppShell.tsx';
import { LazyAccountMenu } from '../shell/lazy.tsx';
import { AccountLinks } from './AccountLinks.tsx';
import { OrganizationBanner } from './OrganizationBanner.tsx';
import { IDENTITY_ROUTES } from './portal.tsx';
import { useMe } from './useMe.ts';

/**
 * The frame of a portal with the signed-in state: the account menu at the top right (or the sign-in
 * and sign-up links), and the organization's validation banner above the page.
 */
export function PortalShell({
  portalLabel,
  nav,
  children,
}: {
  portalLabel: string;
  /** The portal's own links, before the account's. */
  nav?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const me = useMe();
  const account = me.data ? (
    <LazyAccountMenu me={me.data} />
  ) : me.isSuccess ? (
    <>
      <Link className="mk-nav-link" to={IDENTITY_ROUTES.signIn}>
        {t('nav.signIn')}
      </Link>
      <Link className="mk-button mk-button--primary mk-button--small" to={IDENTITY_ROUTES.signUp}>
        {t('nav.signUp')}
      </Link>
    </>
  ) : null;
  const accountLinks = me.data ? (
    <AccountLinks me={me.data} />
  ) : me.isSuccess ? (
    <ul className="mk-phone-nav__list">
      <li>
        <Link className="mk-phone-nav__link" to={IDENTITY_ROUTES.signIn}>
          {t('nav.signIn')}
        </Link>
      </li>
      <li>
        <Link className="mk-phone-nav__link" to={IDENTITY_ROUTES.signUp}>
          {t('nav.signUp')}
        </Link>
      </li>
    </ul>
  ) : null;
  return (
    <AppShell
      portalLabel={portalLabel}
      nav={nav}
      account={account}
      accountLinks={accountLinks}
      banner={<OrganizationBanner me={me.data} />}
    >
      {children}
    </AppShell>
  );
}
