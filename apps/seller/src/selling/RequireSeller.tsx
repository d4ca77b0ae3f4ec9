import { type Me, MessagePage, RequireAccount, useI18n } from '@marketplace/ui';
import type { ReactNode } from 'react';

/**
 * The selling pages: users of a seller organization, as the seller procedures require; a buyer-only
 * organization (or an account without the user role) is told no instead of seeing requests fail.
 */
export function RequireSeller({ children }: { children: (me: Me) => ReactNode }) {
  const { t } = useI18n();
  return (
    <RequireAccount audience="member">
      {(me) =>
        me.organization?.types.includes('seller') && me.account.roles.includes('user') ? (
          children(me)
        ) : (
          <MessagePage
            testId="not-allowed"
            title={t('seller.notSeller.title')}
            body={t('seller.notSeller.body')}
          />
        )
      }
    </RequireAccount>
  );
}
