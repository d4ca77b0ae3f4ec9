import { CardPage, type Me, RequireAccount, useI18n } from '@marketplace/ui';
import type { ReactNode } from 'react';
import { BecomeSeller } from './BecomeSeller.tsx';

/**
 * The selling pages: users of a seller organization, as the seller procedures require; a buyer-only
 * organization (or an account without the user role) is told why and what to do (BecomeSeller) instead
 * of seeing requests fail.
 */
export function RequireSeller({ children }: { children: (me: Me) => ReactNode }) {
  const { t } = useI18n();
  return (
    <RequireAccount audience="member">
      {(me) =>
        me.organization?.types.includes('seller') && me.account.roles.includes('user') ? (
          children(me)
        ) : (
          <CardPage title={t('seller.notSeller.title')}>
            <div data-testid="not-allowed">
              <BecomeSeller me={me} />
            </div>
          </CardPage>
        )
      }
    </RequireAccount>
  );
}
