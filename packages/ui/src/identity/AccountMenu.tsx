import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { RouterProvider } from 'react-aria-components';
import { MenuButton, MenuItem } from '../components/Menu.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { portalHref } from '../router/paths.ts';
import { useTRPC } from '../trpc/context.ts';
import { IDENTITY_ROUTES, PORTAL_BASE, usePortal } from './portal.tsx';
import { displayName, isAdmin, type Me, useSessionChanged } from './useMe.ts';

/** The account's pages, as the menu and the phone navigation both list them. */
function useAccountLinks(me: Me) {
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

function useSignOut() {
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

/**
 * The signed-in person's menu at the top right: who is signed in, their pages, and sign-out.
 * React Aria's Menu: arrow keys move, Escape closes and the focus returns to the button.
 */
export function AccountMenu({ me }: { me: Me }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const portal = usePortal();
  const links = useAccountLinks(me);
  const { signOut } = useSignOut();
  const name = displayName(me);
  return (
    // The menu's links navigate inside the portal, as <Link> does, without reloading.
    // (`to` is one of IDENTITY_ROUTES, a path of this portal's route tree.)
    <RouterProvider
      navigate={(to) => void navigate({ to: to as typeof IDENTITY_ROUTES.profile })}
      useHref={(to) => portalHref(to, PORTAL_BASE[portal])}
    >
      <MenuButton
        className="mk-account-menu"
        buttonClassName="mk-account-menu__button"
        testId="account-menu"
        label={t('menu.label')}
        button={
          <>
            <span className="mk-account-menu__avatar" aria-hidden="true">
              {name.slice(0, 1).toUpperCase()}
            </span>
            <span className="mk-account-menu__name">{name}</span>
            <span className="mk-visually-hidden">{t('menu.label')}</span>
          </>
        }
        header={
          <p className="mk-account-menu__who">
            <strong>{name}</strong>
            <span>{me.account.email}</span>
            {me.organization && <span>{me.organization.name}</span>}
          </p>
        }
      >
        {links.map((link) => (
          <MenuItem key={link.to} id={link.to} href={link.to}>
            {link.label}
          </MenuItem>
        ))}
        <MenuItem id="sign-out" onAction={() => void signOut()}>
          {t('menu.signOut')}
        </MenuItem>
      </MenuButton>
    </RouterProvider>
  );
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
