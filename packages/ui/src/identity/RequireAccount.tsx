import { useLocation, useNavigate } from '@tanstack/react-router';
import { type ReactNode, useEffect, useRef } from 'react';
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

  // Once per ending session: the address changes before this page goes (the router loads sign-in
  // first), and following every change would send sign-in back to sign-in without end.
  const sent = useRef(false);
  const here = useRef(path);
  if (!sent.current) here.current = path;
  useEffect(() => {
    // The routes' `beforeLoad` sends visitors to sign-in; this is for a session that ends on the page.
    if (!signedOut) {
      sent.current = false;
      return;
    }
    if (sent.current) return;
    sent.current = true;
    void navigate({ to: IDENTITY_ROUTES.signIn, search: { next: here.current }, replace: true });
  }, [signedOut, navigate]);

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
