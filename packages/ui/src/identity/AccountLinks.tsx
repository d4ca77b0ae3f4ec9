import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useTRPC } from '../trpc/context.ts';
import { IDENTITY_ROUTES, usePortal } from './portal.tsx';
import { displayName, isAdmin, type Me, useSessionChanged } from './useMe.ts';

/** The account's pages, as the menu and the phone navigation both list them. */
export function useAccountLinks(me: Me) {
  const { t } = useI18n();
  const portal = usePortal();
  const admin = isAdmin(me);
  return [
    { to: IDENTITY_ROUTES.profile, label: t('menu.profile') },
    ...(me.organization ? [{ to: IDENTITY_ROUTES.organization, label: t('menu.organization') }] : []),
    ...(admin
      ? [
          { to: IDENTITY_ROUTES.accounts, label: t('menu.accounts') },
          { to: IDENTITY_ROUTES.outscaleAccounts, label: t('menu.outscaleAccounts') },
        ]
      : []),
    ...(portal === 'seller' && me.account.operator
      ? [{ to: IDENTITY_ROUTES.operator, label: t('menu.operator') }]
      : []),
  ];
}

export function useSignOut() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const logout = useMutation(trpc.auth.logout.mutationOptions());
  const signOut = async () => {
    try {
      await logout.mutateAsync();
    } catch {
      // Already signed out (session expired): the same place to go.
    }
    await sessionChanged();
    await navigate({ to: '/' });
  };
  return { signOut, pending: logout.isPending };
}

/** The same pages as a plain list of links (the phone navigation), with sign-out at the end. */
export function AccountLinks({ me }: { me: Me }) {
  const { t } = useI18n();
  const links = useAccountLinks(me);
  const { signOut, pending } = useSignOut();
  const name = displayName(me);
  return (
    <div className="mk-phone-nav__account">
      <p className="mk-account-menu__who">
        <strong>{name}</strong>
        <span>{me.account.email}</span>
      </p>
      <ul className="mk-phone-nav__list">
        {links.map((link) => (
          <li key={link.to}>
            {/* The operator's page is a route of the seller portal only; the links are this portal's. */}
            <Link className="mk-phone-nav__link" to={link.to as typeof IDENTITY_ROUTES.profile}>
              {link.label}
            </Link>
          </li>
        ))}
        <li>
          <button type="button" className="mk-phone-nav__link" onClick={signOut} disabled={pending}>
            {t('menu.signOut')}
          </button>
        </li>
      </ul>
    </div>
  );
}
