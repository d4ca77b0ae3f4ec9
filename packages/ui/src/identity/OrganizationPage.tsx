import { LANGUAGES, type Language } from '@marketplace/domain';
import { organizationForm } from '@marketplace/validators';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { SelectField } from '../form/Choices.tsx';
import { TextField } from '../form/Field.tsx';
import { FormProblem } from '../form/FormProblem.tsx';
import { useSchemaForm } from '../form/schema-form.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ContentPage, Loading, Section } from '../pages/layout.tsx';
import { useTRPC } from '../trpc/context.ts';
import { formatDate } from './dates.ts';
import { stateLabel, typeLabel } from './labels.ts';
import { RequireAccount } from './RequireAccount.tsx';
import { isAdmin, type Me } from './useMe.ts';

export function OrganizationPage() {
  return <RequireAccount audience="member">{(me) => <Organization me={me} />}</RequireAccount>;
}

function Organization({ me }: { me: Me }) {
  const { t, language } = useI18n();
  const trpc = useTRPC();
  const organization = useQuery(trpc.organization.get.queryOptions());
  if (!organization.data) return <Loading />;
  const o = organization.data;
  return (
    <ContentPage title={t('organization.title')} lead={o.name}>
      <Section title={t('organization.details')} testId="organization-details">
        <dl className="mk-details">
          <div>
            <dt>{t('organization.name')}</dt>
            <dd>{o.name}</dd>
          </div>
          <div>
            <dt>{t('organization.state')}</dt>
            <dd>
              <span className={`mk-badge mk-badge--${o.state}`} data-testid="organization-state">
                {t(stateLabel(o.state))}
              </span>
              {o.rejectionReason && (
                <span className="mk-details__note">
                  {t('banner.rejected.reason', { reason: o.rejectionReason })}
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('organization.types')}</dt>
            <dd>{o.types.map((type) => t(typeLabel(type))).join(', ')}</dd>
          </div>
          <div>
            <dt>{t('keys.region')}</dt>
            <dd>{o.region}</dd>
          </div>
          <div>
            <dt>{t('organization.outscaleAccount')}</dt>
            <dd>
              <code>{o.outscaleAccountId}</code> · {o.outscaleEmail}
            </dd>
          </div>
          <div>
            <dt>{t('organization.language')}</dt>
            <dd>{t(`common.language.${o.language}`)}</dd>
          </div>
          <div>
            <dt>{t('organization.createdAt')}</dt>
            <dd>{formatDate(o.createdAt, language)}</dd>
          </div>
          <div>
            <dt>{t('organization.validatedAt')}</dt>
            <dd>{formatDate(o.validatedAt, language)}</dd>
          </div>
        </dl>
      </Section>
      {isAdmin(me) && (
        <Section title={t('organization.edit')} lead={t('organization.edit.lead')}>
          <EditOrganization key={`${o.name}-${o.language}`} name={o.name} language={o.language} />
        </Section>
      )}
    </ContentPage>
  );
}

function EditOrganization({ name, language }: { name: string; language: Language }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.organization.update.mutationOptions());
  const form = useSchemaForm(organizationForm, { name, language });
  const [saved, setSaved] = useState(false);
  const problemRef = useRef<HTMLDivElement>(null);

  const submit = form.submit(async (values) => {
    setSaved(false);
    try {
      await update.mutateAsync(values);
      await queryClient.invalidateQueries();
      setSaved(true);
    } catch (error) {
      form.fail(error);
      problemRef.current?.focus();
    }
  });

  return (
    <form className="mk-form mk-form--narrow" noValidate onSubmit={submit} aria-busy={update.isPending}>
      <FormProblem ref={problemRef} problem={form.problem} />
      <div role="status">{saved && <p className="mk-notice mk-notice--success">{t('common.saved')}</p>}</div>
      <TextField
        form={form}
        name="name"
        label={t('organization.name')}
        autoComplete="organization"
        required
      />
      <SelectField
        form={form}
        name="language"
        label={t('organization.language')}
        hint={t('organization.language.hint')}
        options={LANGUAGES}
        labelOf={(option) => t(`common.language.${option}`)}
      />
      <button className="mk-button mk-button--primary" type="submit" disabled={update.isPending}>
        {t('common.save')}
      </button>
    </form>
  );
}
