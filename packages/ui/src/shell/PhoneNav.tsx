import { useLocation } from '@tanstack/react-router';
import { type ReactNode, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { Dialog } from '../components/Dialog.tsx';
import { useKitWords } from '../components/messages.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';

/**
 * The header's links on a phone: a "Menu" button (shown below 40rem only) that opens a modal panel with
 * every link of the portal's navigation, the account's links and the language switch. Escape, the
 * close button or a chosen link close it; the focus then goes back to the button.
 */
export function PhoneNav({ nav, account }: { nav?: ReactNode; account?: ReactNode }) {
  const { t } = useI18n();
  const word = useKitWords();
  const path = useLocation({ select: (location) => location.pathname });
  const [open, setOpen] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: closes when the page changes
  useEffect(() => setOpen(false), [path]);
  return (
    <>
      <Button
        className="mk-phone-nav__button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onPress={() => setOpen(true)}
      >
        <span className="mk-phone-nav__icon" aria-hidden="true" />
        {word('menu')}
      </Button>
      <Dialog
        isOpen={open}
        onOpenChange={setOpen}
        isDismissable
        title={word('menuTitle')}
        className="mk-phone-nav"
        testId="phone-nav"
      >
        <button type="button" className="mk-phone-nav__close" onClick={() => setOpen(false)}>
          <span aria-hidden="true">×</span>
          <span className="mk-visually-hidden">{word('close')}</span>
        </button>
        {/* A chosen link closes the panel at once, even when it leaves the portal. */}
        {/* biome-ignore lint/a11y/noStaticElementInteractions: only catches the links' clicks */}
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: the links handle their keys themselves */}
        <div
          className="mk-phone-nav__content"
          onClick={(event) => {
            if ((event.target as HTMLElement).closest('a')) setOpen(false);
          }}
        >
          {nav && (
            <nav className="mk-phone-nav__links" aria-label={t('common.primaryNav')}>
              {nav}
            </nav>
          )}
          {account && (
            <section className="mk-phone-nav__section" aria-label={word('account')}>
              {account}
            </section>
          )}
          <section className="mk-phone-nav__section" aria-label={word('language')}>
            <LanguageSwitch />
          </section>
        </div>
      </Dialog>
    </>
  );
}
