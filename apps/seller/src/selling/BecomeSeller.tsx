import {
  type ApiProblem,
  apiProblem,
  FormProblem,
  IDENTITY_ROUTES,
  isAdmin,
  Link,
  type Me,
  useI18n,
  useTRPC,
} from '@marketplace/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';

/**
 * What a signed-in person whose organization cannot sell here is told, and what they can do about it:
 * an admin of a buyer-only organization registers it as a seller too (`organization.update`, types are
 * only ever added); anyone else is told who can.
 */
export function BecomeSeller({ me }: { me: Me }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.organization.update.mutationOptions());
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const organization = me.organization;
  if (!organization) return null;

  if (organization.types.includes('seller')) {
    // A seller organization, but this account lacks the user role that selling needs.
    return (
      <div className="mk-stack" data-testid="become-seller">
        <p>{t('seller.notSeller.noUserRole', { organization: organization.name })}</p>
        {isAdmin(me) && (
          <p>
            <Link className="mk-button mk-button--secondary" to={IDENTITY_ROUTES.accounts}>
              {t('seller.notSeller.accounts')}
            </Link>
          </p>
        )}
      </div>
    );
  }

  const become = async () => {
    setProblem(null);
    try {
      await update.mutateAsync({ types: [...organization.types, 'seller'] });
      // `me` (and with it every page's idea of what the organization may do) is read again.
      await queryClient.invalidateQueries();
    } catch (error) {
      setProblem(apiProblem(error));
      problemRef.current?.focus();
    }
  };

  return (
    <div className="mk-stack" data-testid="become-seller">
      <p>{t('seller.notSeller.buyerOnly', { organization: organization.name })}</p>
      {isAdmin(me) ? (
        <>
          <FormProblem ref={problemRef} problem={problem} testId="become-seller-problem" />
          <p>
            <button
              type="button"
              className="mk-button mk-button--primary"
              aria-describedby="sp-become-seller-hint"
              disabled={update.isPending}
              onClick={() => void become()}
            >
              {t('seller.notSeller.become', { organization: organization.name })}
            </button>
          </p>
          <p id="sp-become-seller-hint" className="mk-field__hint">
            {t('seller.notSeller.becomeHint')}
          </p>
        </>
      ) : (
        <AskAnAdmin organization={organization.name} />
      )}
    </div>
  );
}

/** For a member who is not an admin: who can do it, by name and e-mail. */
function AskAnAdmin({ organization }: { organization: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const details = useQuery(trpc.organization.get.queryOptions());
  const admins = details.data?.admins ?? [];
  return (
    <>
      <p>{t('seller.notSeller.askAdmin', { organization })}</p>
      {admins.length > 0 && (
        <ul aria-label={t('seller.notSeller.admins', { organization })} data-testid="organization-admins">
          {admins.map((admin) => (
            <li key={admin.email}>
              {admin.name ? `${admin.name} · ` : ''}
              <a href={`mailto:${admin.email}`}>{admin.email}</a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
