import { ORGANIZATION_STATES, type OrganizationState } from '@marketplace/domain';
import { rejectForm } from '@marketplace/validators';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useRef, useState } from 'react';
import { type ApiProblem, apiProblem } from '../form/api-problem.ts';
import { FieldErrorList } from '../form/Field.tsx';
import { FormProblem } from '../form/FormProblem.tsx';
import { useSchemaForm } from '../form/schema-form.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ConfirmDialog } from '../pages/ConfirmDialog.tsx';
import { ContentPage, Loading, Section } from '../pages/layout.tsx';
import { nextCursor, pagedItems, ShowMore } from '../pages/ShowMore.tsx';
import { type AppRouter, useTRPC } from '../trpc/context.ts';
import { SellerTotals } from '../usage/SellerTotals.tsx';
import { formatDate } from './dates.ts';
import { ImageFindings } from './ImageFindings.tsx';
import { stateLabel, typeLabel } from './labels.ts';
import { RequireAccount } from './RequireAccount.tsx';

type Organization = inferRouterOutputs<AppRouter>['operator']['organizations']['list']['items'][number];
type Filter = OrganizationState | 'all';
const FILTERS: readonly Filter[] = [...ORGANIZATION_STATES, 'all'];

/** The platform operator validates or rejects the organizations that signed up, and sees the audit's findings. */
export function OperatorPage() {
  return <RequireAccount audience="operator">{() => <Organizations />}</RequireAccount>;
}

function Organizations() {
  const { t, language } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<Filter>('pending_validation');
  const list = useInfiniteQuery(
    trpc.operator.organizations.list.infiniteQueryOptions(filter === 'all' ? {} : { state: filter }, {
      getNextPageParam: nextCursor,
    }),
  );
  const organizations = pagedItems(list.data);
  const validate = useMutation(trpc.operator.organizations.validate.mutationOptions());
  const [rejecting, setRejecting] = useState<Organization | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.operator.organizations.list.pathKey() });

  const doValidate = async (organization: Organization) => {
    setProblem(null);
    setNotice(null);
    try {
      await validate.mutateAsync({ id: organization.id });
      setNotice(t('operator.validated', { name: organization.name }));
      await refresh();
    } catch (error) {
      setProblem(apiProblem(error));
      problemRef.current?.focus();
    }
  };

  return (
    <ContentPage title={t('operator.title')} lead={t('operator.lead')}>
      <FormProblem ref={problemRef} problem={problem} />
      <div role="status">{notice && <p className="mk-notice mk-notice--success">{notice}</p>}</div>
      <fieldset className="mk-filter">
        <legend className="mk-label">{t('operator.filter')}</legend>
        {FILTERS.map((option) => (
          <button
            key={option}
            type="button"
            className="mk-chip"
            aria-pressed={filter === option}
            onClick={() => setFilter(option)}
          >
            {option === 'all' ? t('operator.filter.all') : t(stateLabel(option))}
          </button>
        ))}
      </fieldset>
      <Section title={t('operator.organizations')} testId="operator-organizations">
        {!organizations ? (
          <Loading shape="table" />
        ) : organizations.length === 0 ? (
          <p className="mk-muted">{t('operator.none')}</p>
        ) : (
          <ul className="mk-org-list">
            {organizations.map((organization) => (
              <li key={organization.id} className="mk-org" data-testid="operator-organization">
                <div className="mk-org__head">
                  <h3>{organization.name}</h3>
                  <span className={`mk-badge mk-badge--${organization.state}`}>
                    {t(stateLabel(organization.state))}
                  </span>
                </div>
                <dl className="mk-details mk-details--compact">
                  <div>
                    <dt>{t('organization.types')}</dt>
                    <dd>{organization.types.map((type) => t(typeLabel(type))).join(', ')}</dd>
                  </div>
                  <div>
                    <dt>{t('organization.outscaleAccount')}</dt>
                    <dd>
                      <code>{organization.outscaleAccountId}</code> · {organization.region} ·{' '}
                      {organization.outscaleEmail}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('organization.createdAt')}</dt>
                    <dd>{formatDate(organization.createdAt, language)}</dd>
                  </div>
                  {organization.rejectionReason && (
                    <div>
                      <dt>{t('operator.reason')}</dt>
                      <dd>{organization.rejectionReason}</dd>
                    </div>
                  )}
                </dl>
                {organization.state !== 'validated' && (
                  <div className="mk-actions">
                    <button
                      type="button"
                      className="mk-button mk-button--primary mk-button--small"
                      disabled={validate.isPending}
                      onClick={() => doValidate(organization)}
                    >
                      {t('operator.validate')}
                    </button>
                    {organization.state === 'pending_validation' && (
                      <button
                        type="button"
                        className="mk-button mk-button--danger-ghost mk-button--small"
                        onClick={() => setRejecting(organization)}
                      >
                        {t('operator.reject')}
                      </button>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
        <ShowMore list={list} />
      </Section>
      <ImageFindings />
      <SellerTotals />
      {rejecting && (
        <RejectDialog
          organization={rejecting}
          onClose={async (rejected) => {
            setRejecting(null);
            if (rejected) {
              setNotice(t('operator.rejected', { name: rejected }));
              await refresh();
            }
          }}
        />
      )}
    </ContentPage>
  );
}

function RejectDialog({
  organization,
  onClose,
}: {
  organization: Organization;
  onClose: (rejectedName: string | null) => void;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const reject = useMutation(trpc.operator.organizations.reject.mutationOptions());
  const form = useSchemaForm(rejectForm, { reason: '' });
  const errors = form.errorsOf('reason');
  const bound = form.field('reason', `${form.idOf('reason')}-hint`);

  const confirm = form.submit(async ({ reason }) => {
    try {
      await reject.mutateAsync({ id: organization.id, reason });
      onClose(organization.name);
    } catch (failure) {
      form.fail(failure);
    }
  });

  return (
    <ConfirmDialog
      open
      title={t('operator.reject.title', { name: organization.name })}
      confirmLabel={t('operator.reject')}
      danger
      busy={reject.isPending}
      onConfirm={() => void confirm()}
      onCancel={() => onClose(null)}
    >
      <FormProblem problem={form.problem} />
      <div className="mk-field">
        <label className="mk-label" htmlFor={bound.id}>
          {t('operator.reason')}
        </label>
        <p id={`${form.idOf('reason')}-hint`} className="mk-field__hint">
          {t('operator.reason.hint')}
        </p>
        <textarea className="mk-input mk-textarea" rows={4} {...bound} />
        <FieldErrorList id={form.errorIdOf('reason')} errors={errors} />
      </div>
    </ConfirmDialog>
  );
}
