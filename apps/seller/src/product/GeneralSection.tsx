import { SelectField, TextField, useI18n, useSchemaForm } from '@marketplace/ui';
import { generalSectionForm } from '@marketplace/validators';
import { useState } from 'react';
import { CategoryChoice } from '../products/CategoryChoice.tsx';
import { RegionChoice } from '../products/RegionChoice.tsx';
import type { Product } from '../selling/api.ts';
import { LanguageTabs, useInLanguage } from '../selling/LanguageTabs.tsx';
import { TextAreaField } from '../selling/TextAreaField.tsx';
import { MediaFields, mediaValuesOf } from './MediaFields.tsx';
import { SectionForm } from './SectionForm.tsx';
import { useSectionSave } from './useSaveProduct.ts';

const valuesOf = (p: Product) => ({
  name: { en: p.name.en, fr: p.name.fr },
  shortDescription: { en: p.shortDescription.en, fr: p.shortDescription.fr },
  description: { en: p.description.en, fr: p.description.fr },
  supportContact: p.supportContact,
  operatingSystem: p.operatingSystem ?? '',
  architecture: (p.architecture ?? '') as '' | 'x86_64' | 'arm64',
  recommendedVmTypes: p.recommendedVmTypes.join(', '),
  externalUrl: p.externalUrl ?? '',
  ...mediaValuesOf(p),
});

/**
 * The general information: names and descriptions in both languages, categories, support; OMI details
 * (regions included) or the external link; logo, screenshots and documentation.
 */
const ARCHITECTURES = ['', 'x86_64', 'arm64'] as const;

export function GeneralSection({ product }: { product: Product }) {
  const { t } = useI18n();
  const inLanguage = useInLanguage();
  const saving = useSectionSave(product.id);
  const [eu2, setEu2] = useState(product.regions.includes('eu-west-2'));
  const [categories, setCategories] = useState<string[]>(product.categories);
  const draft = product.state === 'draft';
  const form = useSchemaForm(generalSectionForm, valuesOf(product));
  const v = form.values;

  const onSubmit = saving.submit(form, (values) => ({
    ...(draft ? { name: values.name } : {}),
    shortDescription: values.shortDescription,
    description: values.description,
    categories,
    supportContact: values.supportContact,
    ...(product.kind === 'omi'
      ? {
          operatingSystem: values.operatingSystem,
          ...(values.architecture !== '' ? { architecture: values.architecture } : {}),
          recommendedVmTypes: values.recommendedVmTypes,
          ...(draft ? { regions: eu2 ? ['cloudgouv-eu-west-1', 'eu-west-2'] : ['cloudgouv-eu-west-1'] } : {}),
        }
      : // Sent even when empty: the server then clears the link.
        { externalUrl: values.externalUrl }),
    // Empty optional addresses clear them.
    logoUrl: values.logoUrl,
    screenshotUrls: values.screenshotUrls,
    documentationUrl: values.documentationUrl,
  }));

  return (
    <SectionForm
      saving={saving}
      problem={form.problem}
      onSubmit={onSubmit}
      saveLabel={t('seller.section.general.save')}
    >
      <LanguageTabs
        complete={(language) =>
          v.name[language].trim() !== '' &&
          v.shortDescription[language].trim() !== '' &&
          v.description[language].trim() !== ''
        }
      >
        {(language) => (
          <>
            <TextField
              key={`name-${language}`}
              form={form}
              name={`name.${language}`}
              label={inLanguage(t('seller.product.name'), language)}
              readOnly={!draft}
            />
            <TextField
              key={`short-${language}`}
              form={form}
              name={`shortDescription.${language}`}
              label={inLanguage(t('seller.product.shortDescription'), language)}
            />
            <TextAreaField
              key={`description-${language}`}
              form={form}
              name={`description.${language}`}
              label={inLanguage(t('seller.product.description'), language)}
              rows={8}
            />
          </>
        )}
      </LanguageTabs>
      <CategoryChoice
        value={categories}
        onChange={setCategories}
        errors={Object.entries(form.problem?.fieldErrors ?? {})
          .filter(([field]) => field.startsWith('categories'))
          .flatMap(([, messages]) => messages)}
      />
      <TextField form={form} name="supportContact" label={t('seller.product.supportContact')} />
      {product.kind === 'omi' ? (
        <>
          <div className="mk-form__grid">
            <TextField form={form} name="operatingSystem" label={t('seller.product.operatingSystem')} />
            <SelectField
              form={form}
              name="architecture"
              label={t('seller.product.architecture')}
              options={ARCHITECTURES}
              labelOf={(architecture) => architecture || '—'}
            />
          </div>
          <TextField
            form={form}
            name="recommendedVmTypes"
            label={t('seller.product.recommendedVmTypes')}
            hint={t('seller.product.recommendedVmTypes.hint')}
          />
          <RegionChoice eu2={eu2} onChange={setEu2} disabled={!draft} />
        </>
      ) : (
        <TextField
          form={form}
          name="externalUrl"
          type="url"
          label={t('seller.product.externalUrl')}
          hint={t('seller.product.externalUrl.hint')}
        />
      )}
      <MediaFields form={form} />
    </SectionForm>
  );
}
