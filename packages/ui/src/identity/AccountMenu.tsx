import { useNavigate } from '@tanstack/react-router';
import { RouterProvider } from 'react-aria-components';
import { MenuButton, MenuItem } from '../components/Menu.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { portalHref } from '../router/paths.ts';
import { useAccountLinks, useSignOut } from './AccountLinks.tsx';
import { type IDENTITY_ROUTES, PORTAL_BASE, usePortal } from './portal.tsx';
import { displayName, type Me } from './useMe.ts';

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
