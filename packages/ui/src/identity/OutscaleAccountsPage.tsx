import type { Region } from '@marketplace/domain';
import { linkAccountForm } from '@marketplace/validators';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { type ApiProblem, apiProblem } from '../form/api-problem.ts';
import { TextField } from '../form/Field.tsx';
import { FormProblem } from '../form/FormProblem.tsx';
import { useSchemaForm } from '../form/schema-form.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ConfirmDialog } from '../pages/ConfirmDialog.tsx';
import { ContentPage, Loading, Section } from '../pages/layout.tsx';
import { nextCursor, pagedItems, ShowMore } from '../pages/ShowMore.tsx';
import { useTRPC } from '../trpc/context.ts';
import { formatDate } from './dates.ts';
import { OutscaleKeyFields, OutscaleKeysHelp } from './OutscaleKeyFields.tsx';
import { usePortal } from './portal.tsx';
import { RequireAccount } from './RequireAccount.tsx';
import type { Me } from './useMe.ts';

type Linked = { id: string; label: string; accountId: string; region: string };

export function OutscaleAccountsPage() {
  return <RequireAccount audience="admin">{(me) => <OutscaleAccounts me={me} />}</RequireAccount>;
}

/**
 * What the accounts are for, in the portal's own words: in the buyer portal they receive the shares
 * of the OMIs the organization subscribes to; in the seller portal the seller's source OMIs come from
 * them (and, when the organization also buys, they receive its shares too).
 */
function useAccountsWording(me: Me) {
  const { t } = useI18n();
  const seller = usePortal() === 'seller';
  const buys = me.organization?.types.includes('buyer') ? 'yes' : 'no';
  if (!seller) {
    return {
      lead: t('outscale.lead'),
      homeLead: t('outscale.home.lead'),
      linkLead: t('outscale.link.lead'),
      unlinkBody: (label: string, accountId: string) => t('outscale.unlink.body', { label, accountId }),
      unlinked: (label: string) => t('outscale.unlinked', { label }),
    };
  }
  return {
    lead: t('outscale.seller.lead', { buys }),
    homeLead: t('outscale.seller.home.lead'),
    linkLead: t('outscale.seller.link.lead'),
    unlinkBody: (label: string, accountId: string) =>
      t('outscale.seller.unlink.body', { label, accountId, buys }),
    unlinked: (label: string) => t('outscale.seller.unlinked', { label }),
  };
}

function OutscaleAccounts({ me }: { me: Me }) {
  const { t, language } = useI18n();
  const wording = useAccountsWording(me);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useInfiniteQuery(
    trpc.outscaleAccounts.list.infiniteQueryOptions({}, { getNextPageParam: nextCursor }),
  );
  // The home account comes with every page; the linked ones page.
  const home = list.data?.pages[0]?.home;
  const linkedAccounts = pagedItems(list.data) ?? [];
  const unlink = useMutation(trpc.outscaleAccounts.unlink.mutationOptions());
  const [unlinking, setUnlinking] = useState<Linked | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.outscaleAccounts.list.pathKey() });

  const confirmUnlink = async () => {
    if (!unlinking) return;
    const target = unlinking;
    setProblem(null);
    try {
      await unlink.mutateAsync({ id: target.id });
      setNotice(wording.unlinked(target.label));
      await refresh();
    } catch (error) {
      setProblem(apiProblem(error));
      problemRef.current?.focus();
    } finally {
      setUnlinking(null);
    }
  };

  return (
    <ContentPage title={t('outscale.title')} lead={wording.lead}>
      <FormProblem ref={problemRef} problem={problem} />
      <div role="status">{notice && <p className="mk-notice mk-notice--success">{notice}</p>}</div>
      {home ? (
        <>
          <Section title={t('outscale.home')} lead={wording.homeLead} testId="home-account">
            <dl className="mk-details">
              <div>
                <dt>{t('outscale.accountId')}</dt>
                <dd>
                  <code>{home.accountId}</code>
                </dd>
              </div>
              <div>
                <dt>{t('keys.region')}</dt>
                <dd>{home.region}</dd>
              </div>
              <div>
                <dt>{t('profile.email')}</dt>
                <dd>{home.email}</dd>
              </div>
            </dl>
          </Section>
          <Section title={t('outscale.linked')} testId="linked-accounts">
            {linkedAccounts.length === 0 ? (
              <p className="mk-muted">{t('outscale.linked.none')}</p>
            ) : (
              <div className="mk-table-wrap">
                <table className="mk-table" data-testid="linked-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('outscale.label')}</th>
                      <th scope="col">{t('outscale.accountId')}</th>
                      <th scope="col">{t('keys.region')}</th>
                      <th scope="col">{t('outscale.linkedAt')}</th>
                      <th scope="col">
                        <span className="mk-visually-hidden">{t('common.actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {linkedAccounts.map((linked) => (
                      <tr key={linked.id}>
                        <th scope="row">{linked.label}</th>
                        <td>
                          <code>{linked.accountId}</code>
                        </td>
                        <td>{linked.region}</td>
                        <td>{formatDate(linked.createdAt, language)}</td>
                        <td className="mk-table__actions">
                          <button
                            type="button"
                            className="mk-button mk-button--danger-ghost mk-button--small"
                            aria-label={t('outscale.unlink.of', { label: linked.label })}
                            onClick={() => {
                              setNotice(null);
                              setUnlinking(linked);
                            }}
                          >
                            {t('outscale.unlink')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <ShowMore list={list} />
              </div>
            )}
          </Section>
        </>
      ) : (
        <Loading shape="table" />
      )}
      <Section title={t('outscale.link.title')} lead={wording.linkLead} testId="link-account">
        <LinkForm
          onLinked={async (accountId) => {
            setNotice(t('outscale.linked.notice', { accountId }));
            await refresh();
          }}
        />
      </Section>
      <ConfirmDialog
        open={unlinking !== null}
        title={t('outscale.unlink.title')}
        confirmLabel={t('outscale.unlink')}
        danger
        busy={unlink.isPending}
        onConfirm={confirmUnlink}
        onCancel={() => setUnlinking(null)}
      >
        <p>{unlinking && wording.unlinkBody(unlinking.label, unlinking.accountId)}</p>
      </ConfirmDialog>
    </ContentPage>
  );
}

type LinkValues = { region: Region; label: string; accessKey: string; secretKey: string };

function LinkForm({ onLinked }: { onLinked: (accountId: string) => Promise<void> }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const link = useMutation(trpc.outscaleAccounts.link.mutationOptions());
  const initial: LinkValues = { region: 'cloudgouv-eu-west-1', label: '', accessKey: '', secretKey: '' };
  const form = useSchemaForm(linkAccountForm, initial);
  const problemRef = useRef<HTMLDivElement>(null);

  const submit = form.submit(async ({ label, ...keys }) => {
    try {
      const result = await link.mutateAsync({ ...keys, ...(label ? { label } : {}) });
      form.reset();
      await onLinked(result.accountId);
    } catch (error) {
      form.fail(error);
      problemRef.current?.focus();
    }
  });

  return (
    <form className="mk-form" noValidate onSubmit={submit} aria-busy={link.isPending}>
      <FormProblem ref={problemRef} problem={form.problem} testId="link-problem" />
      <OutscaleKeysHelp />
      <TextField
        form={form}
        name="label"
        label={t('outscale.label')}
        hint={t('outscale.label.hint')}
        autoComplete="off"
      />
      <OutscaleKeyFields form={form} />
      <button className="mk-button mk-button--primary" type="submit" disabled={link.isPending}>
        {link.isPending ? t('outscale.link.submitting') : t('outscale.link.submit')}
      </button>
    </form>
  );
}
