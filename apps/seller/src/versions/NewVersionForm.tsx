import type { Region } from '@marketplace/domain';
import { FormProblem, Section, TextField, useI18n, useSchemaForm, useTRPC, WithCode } from '@marketplace/ui';
import { newVersionForm } from '@marketplace/validators';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { Product } from '../selling/api.ts';
import { LanguageTabs, useInLanguage } from '../selling/LanguageTabs.tsx';
import { TextAreaField } from '../selling/TextAreaField.tsx';

/**
 * A new version: its name, notes, and a source OMI per region of the product. Before anything is sent,
 * each region says which distribution account the OMI must be shared with; the server checks the share.
 */
export function NewVersionForm({
  product,
  onCreated,
}: {
  product: Product;
  onCreated: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const inLanguage = useInLanguage();
  const trpc = useTRPC();
  const create = useMutation(trpc.products.versions.create.mutationOptions());
  const [created, setCreated] = useState<string | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const regions = product.regions as Region[];
  // Field names as the API names them (`sources.N.imageId`), so its field errors land on the right input.
  const initial = {
    name: '',
    releaseNotes: { en: '', fr: '' },
    sources: regions.map((region) => ({ region, imageId: '' })),
  };
  const form = useSchemaForm(newVersionForm, initial);

  const submit = form.submit(async (values) => {
    setCreated(null);
    try {
      await create.mutateAsync({ productId: product.id, ...values });
      setCreated(values.name);
      form.reset(initial);
      await onCreated();
    } catch (error) {
      form.fail(error);
      problemRef.current?.focus();
    }
  });

  return (
    <Section title={t('seller.versions.new')} testId="new-version">
      <form className="mk-form" noValidate onSubmit={submit} aria-busy={create.isPending}>
        <FormProblem ref={problemRef} problem={form.problem} />
        <div role="status">
          {created && (
            <p className="mk-notice mk-notice--success">{t('seller.versions.created', { name: created })}</p>
          )}
        </div>
        <TextField
          form={form}
          name="name"
          label={t('seller.versions.name')}
          hint={t('seller.versions.name.hint')}
          required
        />
        <LanguageTabs complete={(language) => form.values.releaseNotes[language].trim() !== ''}>
          {(language) => (
            <TextAreaField
              key={language}
              form={form}
              name={`releaseNotes.${language}`}
              label={inLanguage(t('seller.versions.notes'), language)}
              rows={4}
            />
          )}
        </LanguageTabs>
        {regions.map((region, index) => {
          const account = product.distributionAccounts[region] ?? '';
          return (
            <TextField
              key={region}
              form={form}
              name={`sources.${index}.imageId`}
              label={t('seller.versions.source', { region })}
              placeholder="ami-…"
              autoComplete="off"
              spellCheck={false}
              hint={
                <span data-testid={`share-with-${region}`}>
                  <WithCode
                    text={(slot) => t('seller.versions.share', { account: slot, region })}
                    code={account}
                  />
                </span>
              }
            />
          );
        })}
        <button className="mk-button mk-button--primary" type="submit" disabled={create.isPending}>
          {t('seller.versions.create')}
        </button>
      </form>
    </Section>
  );
}
