import { useLocation, useNavigate } from '@tanstack/react-router';
import { type ReactNode, useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Loading } from '../pages/layout.tsx';
import { MessagePage } from '../pages/MessagePage.tsx';
import { type Audience, mayOpen } from './audience.ts';
import { IDENTITY_ROUTES } from './portal.tsx';
import { type Me, useMe } from './useMe.ts';

/** A page for signed-in people: signed-out visitors go to sign-in (and come back), others are told no. */
export function RequireAccount({
  audience,
  children,
}: {
  audience: Audience;
  children: (me: Me) => ReactNode;
}) {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const path = useLocation({ select: (location) => location.href });
  const signedOut = me.isSuccess && me.data === null;

  useEffect(() => {
    // The routes' `beforeLoad` sends visitors to sign-in; this is for a session that ends on the page.
    if (signedOut) void navigate({ to: IDENTITY_ROUTES.signIn, search: { next: path }, replace: true });
  }, [signedOut, path, navigate]);

  if (me.isError) {
    return (
      <MessagePage
        testId="load-error"
        title={t('common.loadError.title')}
        body={t('common.loadError.body')}
      />
    );
  }
  if (!me.data) return <Loading />;
  if (!mayOpen(me.data, audience)) {
    return (
      <MessagePage
        testId="not-allowed"
        title={t('common.notAllowed.title')}
        body={t('common.notAllowed.body')}
      />
    );
  }
  return <>{children(me.data)}</>;
}
