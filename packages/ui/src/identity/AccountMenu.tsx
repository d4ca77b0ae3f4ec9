import { useMutation } from '@tanstack/react-query';
import { Link, useLocation, useNavigate } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useTRPC } from '../trpc/context.ts';
import { IDENTITY_ROUTES, usePortal } from './portal.tsx';
import { displayName, isAdmin, type Me, useSessionChanged } from './useMe.ts';

/**
 * The signed-in person's menu at the top right: who is signed in, their pages, and sign-out.
 * A disclosure (a button that shows a list of links), closed by Escape, a click elsewhere or a choice.
 */
export function AccountMenu({ me }: { me: Me }) {
  const { t } = useI18n();
  const portal = usePortal();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const path = useLocation({ select: (location) => location.pathname });
  const sessionChanged = useSessionChanged();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const logout = useMutation(trpc.auth.logout.mutationOptions());

  // biome-ignore lint/correctness/useExhaustiveDependencies: closes when the page changes
  useEffect(() => setOpen(false), [path]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const signOut = async () => {
    try {
      await logout.mutateAsync();
    } catch {
      // Already signed out (session expired): the same place to go.
    }
    await sessionChanged();
    await navigate({ to: '/' });
  };

  const name = displayName(me);
  const admin = isAdmin(me);
  return (
    <div className="mk-account-menu" ref={root} data-testid="account-menu">
      <button
        ref={button}
        type="button"
        className="mk-account-menu__button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((previous) => !previous)}
      >
        <span className="mk-account-menu__avatar" aria-hidden="true">
          {name.slice(0, 1).toUpperCase()}
        </span>
        <span className="mk-account-menu__name">{name}</span>
        <span className="mk-visually-hidden">{t('menu.label')}</span>
      </button>
      <div id={listId} className="mk-account-menu__panel" hidden={!open}>
        <p className="mk-account-menu__who">
          <strong>{name}</strong>
          <span>{me.account.email}</span>
          {me.organization && <span>{me.organization.name}</span>}
        </p>
        <ul>
          <li>
            <Link to={IDENTITY_ROUTES.profile}>{t('menu.profile')}</Link>
          </li>
          {me.organization && (
            <li>
              <Link to={IDENTITY_ROUTES.organization}>{t('menu.organization')}</Link>
            </li>
          )}
          {admin && (
            <>
              <li>
                <Link to={IDENTITY_ROUTES.accounts}>{t('menu.accounts')}</Link>
              </li>
              <li>
                <Link to={IDENTITY_ROUTES.outscaleAccounts}>{t('menu.outscaleAccounts')}</Link>
              </li>
            </>
          )}
          {portal === 'seller' && me.account.operator && (
            <li>
              {/* A route of the seller portal only (`operatorRoute`): the buyer's route tree does not know it. */}
              <Link to={IDENTITY_ROUTES.operator as typeof IDENTITY_ROUTES.profile}>
                {t('menu.operator')}
              </Link>
            </li>
          )}
          <li>
            <button type="button" onClick={signOut} disabled={logout.isPending}>
              {t('menu.signOut')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
