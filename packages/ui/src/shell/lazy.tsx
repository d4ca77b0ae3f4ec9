// The frame's pieces built on React Aria (the account menu, the phone menu's dialog, the toasts'
// region), loaded just after the first paint rather than with it: React Aria is the largest library of
// the portals, and the first page of most visits needs none of it before a person can use the menu.
// Until its code has arrived (a few tens of milliseconds) each piece shows the same outline, inert, so
// nothing moves when the real one takes its place.
import { lazy, type ReactNode, Suspense } from 'react';
import type { Me } from '../identity/useMe.ts';
import { displayName } from '../identity/useMe.ts';

const AccountMenuCode = lazy(() =>
  import('../identity/AccountMenu.tsx').then((module) => ({ default: module.AccountMenu })),
);
const PhoneNavCode = lazy(() => import('./PhoneNav.tsx').then((module) => ({ default: module.PhoneNav })));
const ToastsCode = lazy(() =>
  import('../components/Toast.tsx').then((module) => ({ default: module.Toasts })),
);

/** The account menu's button as it looks, before its code (React Aria's Menu) has arrived. */
function AccountMenuOutline({ me }: { me: Me }) {
  const name = displayName(me);
  return (
    <div className="mk-account-menu" aria-hidden="true">
      <span className="mk-account-menu__button">
        <span className="mk-account-menu__avatar">{name.slice(0, 1).toUpperCase()}</span>
        <span className="mk-account-menu__name">{name}</span>
      </span>
    </div>
  );
}

export function LazyAccountMenu({ me }: { me: Me }) {
  return (
    <Suspense fallback={<AccountMenuOutline me={me} />}>
      <AccountMenuCode me={me} />
    </Suspense>
  );
}

/** The phone menu's button as it looks, before its dialog's code has arrived. */
function PhoneNavOutline() {
  return (
    <span className="mk-phone-nav__button" aria-hidden="true">
      <span className="mk-phone-nav__icon" />
    </span>
  );
}

export function LazyPhoneNav(props: { nav?: ReactNode; account?: ReactNode }) {
  return (
    <Suspense fallback={<PhoneNavOutline />}>
      <PhoneNavCode {...props} />
    </Suspense>
  );
}

/** The toasts' region; a toast announced before it has arrived is shown as soon as it has. */
export function LazyToasts() {
  return (
    <Suspense fallback={null}>
      <ToastsCode />
    </Suspense>
  );
}
