import {
  ContentPage,
  FormProblem,
  Loading,
  MessagePage,
  type PlainMessageKey,
  Section,
  TextField,
  useI18n,
  useSchemaForm,
  useTRPC,
} from '@marketplace/ui';
import { showcaseForm } from '@marketplace/validators';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { clearUploadNotices } from '../files/FileUpload.tsx';
import { LogoField } from '../files/LogoField.tsx';
import type { Showcase } from '../selling/api.ts';
import { LanguageTabs, useInLanguage } from '../selling/LanguageTabs.tsx';
import { RequireSeller } from '../selling/RequireSeller.tsx';
import { TextAreaField } from '../selling/TextAreaField.tsx';
import { ShowcasePreview } from './ShowcasePreview.tsx';

export function ShowcasePage() {
  return <RequireSeller>{() => <ShowcaseEditor />}</RequireSeller>;
}

function ShowcaseEditor() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const showcase = useQuery(trpc.showcase.get.queryOptions());
  if (showcase.isError) {
    return (
      <MessagePage
        testId="load-error"
        title={t('common.loadError.title')}
        body={t('common.loadError.body')}
      />
    );
  }
  if (showcase.data === undefined) return <Loading />;
  return (
    <ContentPage title={t('seller.showcase.title')} lead={t('seller.showcase.lead')}>
      <ShowcaseForm showcase={showcase.data} />
    </ContentPage>
  );
}

const valuesOf = (s: Showcase | null) => ({
  companyName: s?.companyName ?? '',
  shortDescription: { en: s?.shortDescription.en ?? '', fr: s?.shortDescription.fr ?? '' },
  description: { en: s?.description.en ?? '', fr: s?.description.fr ?? '' },
  website: s?.website ?? '',
  logoUrl: s?.logoUrl ?? '',
  contactEmail: s?.contactEmail ?? '',
  supportContact: s?.supportContact ?? '',
});
export type ShowcaseValues = ReturnType<typeof valuesOf>;

function ShowcaseForm({ showcase }: { showcase: Showcase | null }) {
  const { t } = useI18n();
  const inLanguage = useInLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.showcase.save.mutationOptions());
  const publish = useMutation(trpc.showcase.publish.mutationOptions());
  const [notice, setNotice] = useState<PlainMessageKey | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const form = useSchemaForm(showcaseForm, valuesOf(showcase));
  const andPublish = useRef(false);
  const v = form.values;
  const busy = save.isPending || publish.isPending;

  // Empty optional addresses are sent empty: the server then clears them.
  const submit = form.submit(async (values) => {
    setNotice(null);
    try {
      await save.mutateAsync(values);
      if (andPublish.current) await publish.mutateAsync();
      await queryClient.invalidateQueries({ queryKey: trpc.showcase.get.queryKey() });
      setNotice(andPublish.current ? 'seller.showcase.publishedNotice' : 'seller.showcase.saved');
      clearUploadNotices();
    } catch (error) {
      form.fail(error);
      problemRef.current?.focus();
    }
  });

  const state = showcase?.published ? 'published' : showcase ? 'draft' : 'none';
  return (
    <div className="sp-split">
      <Section title={t('seller.showcase.title')}>
        <p>
          {t('seller.showcase.state')}:{' '}
          <span
            className={`mk-badge ${state === 'published' ? 'mk-badge--success' : 'mk-badge--warning'}`}
            data-testid="showcase-state"
            data-state={state}
          >
            {t(`seller.showcase.state.${state}`)}
          </span>
        </p>
        <form
          className="mk-form"
          noValidate
          aria-busy={busy}
          onSubmit={(event) => {
            const submitter = (event.nativeEvent as SubmitEvent).submitter;
            andPublish.current = submitter?.getAttribute('value') === 'publish';
            void submit(event);
          }}
        >
          <FormProblem ref={problemRef} problem={form.problem} />
          <div role="status">{notice && <p className="mk-notice mk-notice--success">{t(notice)}</p>}</div>
          <TextField form={form} name="companyName" label={t('seller.showcase.companyName')} required />
          <LanguageTabs
            complete={(language) =>
              v.shortDescription[language].trim() !== '' && v.description[language].trim() !== ''
            }
          >
            {(language) => (
              <>
                <TextField
                  key={`short-${language}`}
                  form={form}
                  name={`shortDescription.${language}`}
                  label={inLanguage(t('seller.showcase.shortDescription'), language)}
                />
                <TextAreaField
                  key={`description-${language}`}
                  form={form}
                  name={`description.${language}`}
                  label={inLanguage(t('seller.showcase.description'), language)}
                  rows={7}
                />
              </>
            )}
          </LanguageTabs>
          <LogoField
            form={form}
            legend={t('seller.showcase.logo')}
            addressLabel={t('seller.showcase.logoUrl')}
            testId="showcase-logo"
          />
          <TextField form={form} name="website" type="url" label={t('seller.showcase.website')} />
          <div className="mk-form__grid">
            <TextField
              form={form}
              name="contactEmail"
              type="email"
              label={t('seller.showcase.contactEmail')}
              required
            />
            <TextField
              form={form}
              name="supportContact"
              label={t('seller.showcase.supportContact')}
              hint={t('seller.showcase.supportContact.hint')}
              required
            />
          </div>
          <div className="mk-actions">
            <button className="mk-button mk-button--secondary" type="submit" value="save" disabled={busy}>
              {t('seller.showcase.save')}
            </button>
            <button className="mk-button mk-button--primary" type="submit" value="publish" disabled={busy}>
              {t('seller.showcase.publish')}
            </button>
          </div>
        </form>
      </Section>
      <ShowcasePreview values={v} />
    </div>
  );
}
