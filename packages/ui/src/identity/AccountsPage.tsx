import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useRef, useState } from 'react';
import { type ApiProblem, apiProblem } from '../form/api-problem.ts';
import { FormProblem } from '../form/FormProblem.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ConfirmDialog } from '../pages/ConfirmDialog.tsx';
import { ContentPage, Loading, Section } from '../pages/layout.tsx';
import { nextCursor, pagedItems, ShowMore } from '../pages/ShowMore.tsx';
import { WithCode } from '../pages/WithCode.tsx';
import { type AppRouter, useTRPC } from '../trpc/context.ts';
import { AccountForm } from './AccountForm.tsx';
import { EIM_REFRESH_MS, isEimSettling } from './eim.ts';
import { roleLabel } from './labels.ts';
import { RequireAccount } from './RequireAccount.tsx';
import type { Me } from './useMe.ts';

export type MarketplaceAccount = inferRouterOutputs<AppRouter>['accounts']['list']['items'][number];
type EimState = NonNullable<MarketplaceAccount['eim']['state']>;

export function AccountsPage() {
  return <RequireAccount audience="admin">{(me) => <Accounts me={me} />}</RequireAccount>;
}

const fullName = (a: MarketplaceAccount) => `${a.firstName} ${a.lastName}`.trim() || a.email;

function Accounts({ me }: { me: Me }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const accounts = useInfiniteQuery(
    trpc.accounts.list.infiniteQueryOptions(
      {},
      {
        getNextPageParam: nextCursor,
        refetchInterval: (query) => (isEimSettling(pagedItems(query.state.data)) ? EIM_REFRESH_MS : false),
      },
    ),
  );
  const listed = pagedItems(accounts.data);
  const remove = useMutation(trpc.accounts.delete.mutationOptions());
  const [editing, setEditing] = useState<MarketplaceAccount | null>(null);
  const [deleting, setDeleting] = useState<MarketplaceAccount | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.accounts.list.pathKey() });

  const confirmDelete = async () => {
    if (!deleting) return;
    const target = deleting;
    setProblem(null);
    try {
      await remove.mutateAsync({ id: target.id });
      setNotice(t('accounts.deleted', { name: fullName(target) }));
      await refresh();
    } catch (error) {
      setProblem(apiProblem(error));
      problemRef.current?.focus();
    } finally {
      setDeleting(null);
    }
  };

  return (
    <ContentPage title={t('accounts.title')} lead={t('accounts.lead')}>
      <div className="mk-notice mk-notice--info">
        <strong>{t('accounts.eim.title')}</strong>
        <span>
          <WithCode text={(prefix) => t('accounts.eim.body', { prefix })} code="marketplace_" />
        </span>
      </div>
      <FormProblem ref={problemRef} problem={problem} testId="accounts-problem" />
      <div role="status">{notice && <p className="mk-notice mk-notice--success">{notice}</p>}</div>
      <Section title={t('accounts.list')}>
        {listed ? (
          <div className="mk-table-wrap">
            <table className="mk-table" data-testid="accounts-table">
              <thead>
                <tr>
                  <th scope="col">{t('accounts.column.name')}</th>
                  <th scope="col">{t('accounts.column.email')}</th>
                  <th scope="col">{t('accounts.column.roles')}</th>
                  <th scope="col">{t('accounts.column.password')}</th>
                  <th scope="col">{t('accounts.column.eim')}</th>
                  <th scope="col">
                    <span className="mk-visually-hidden">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {listed.map((account) => (
                  <tr key={account.id} data-email={account.email}>
                    <th scope="row">
                      {fullName(account)}
                      {account.id === me.account.id && <span className="mk-muted"> {t('accounts.you')}</span>}
                    </th>
                    <td>{account.email}</td>
                    <td>{account.roles.map((role) => t(roleLabel(role))).join(', ')}</td>
                    <td>
                      {account.passwordSet ? t('accounts.password.set') : t('accounts.password.invited')}
                    </td>
                    <td>
                      <EimStatus state={account.eim.state} userName={account.eim.userName} />
                    </td>
                    <td className="mk-table__actions">
                      <button
                        type="button"
                        className="mk-button mk-button--secondary mk-button--small"
                        onClick={() => {
                          setNotice(null);
                          setEditing(account);
                        }}
                        aria-label={t('accounts.edit.of', { name: fullName(account) })}
                      >
                        {t('common.edit')}
                      </button>
                      <button
                        type="button"
                        className="mk-button mk-button--danger-ghost mk-button--small"
                        onClick={() => {
                          setNotice(null);
                          setDeleting(account);
                        }}
                        aria-label={t('accounts.delete.of', { name: fullName(account) })}
                      >
                        {t('common.delete')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <ShowMore list={accounts} />
          </div>
        ) : (
          <Loading shape="table" />
        )}
      </Section>
      {editing && (
        <Section title={t('accounts.edit.title', { name: fullName(editing) })} testId="edit-account">
          <AccountForm
            key={editing.id}
            account={editing}
            onDone={async (message) => {
              setEditing(null);
              if (message) setNotice(message);
              await refresh();
            }}
          />
        </Section>
      )}
      <Section title={t('accounts.create.title')} lead={t('accounts.create.lead')} testId="create-account">
        <AccountForm
          onDone={async (message) => {
            if (message) setNotice(message);
            await refresh();
          }}
        />
      </Section>
      <ConfirmDialog
        open={deleting !== null}
        title={t('accounts.delete.title')}
        confirmLabel={t('common.delete')}
        danger
        busy={remove.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      >
        <p>{deleting && t('accounts.delete.body', { name: fullName(deleting), email: deleting.email })}</p>
      </ConfirmDialog>
    </ContentPage>
  );
}

const EIM_BADGE: Record<EimState, string> = {
  pending: 'mk-badge--warning',
  provisioned: 'mk-badge--success',
  failed: 'mk-badge--danger',
  deprovisioning: 'mk-badge--warning',
};

function EimStatus({ state, userName }: { state: EimState | null; userName: string | null }) {
  const { t } = useI18n();
  if (!state) return <span className="mk-muted">{t('accounts.eim.none')}</span>;
  return (
    <span className="mk-eim">
      <span className={`mk-badge ${EIM_BADGE[state]}`} data-testid="eim-state" data-state={state}>
        {t(`accounts.eim.state.${state}`)}
      </span>
      {userName && <code className="mk-eim__user">{userName}</code>}
    </span>
  );
}
