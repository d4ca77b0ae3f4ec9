import { OFFER_TYPES, type OfferType, type ProductKind } from '@marketplace/domain';
import {
  ContentPage,
  FieldErrorList,
  FormProblem,
  Link,
  Section,
  useI18n,
  useSchemaForm,
  useTRPC,
} from '@marketplace/ui';
import { newProductForm } from '@marketplace/validators';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useRef } from 'react';
import type { z } from 'zod';
import { OfferFields } from '../offers/OfferFields.tsx';
import { emptyOffer, mayTargetNuagePublic, type OfferDraft, offerInputOf } from '../offers/offer-draft.ts';
import { RequireSeller } from '../selling/RequireSeller.tsx';
import { RegionChoice } from './RegionChoice.tsx';

export function NewProductPage() {
  return <RequireSeller>{() => <NewProduct />}</RequireSeller>;
}

const pricingModes = (kind: ProductKind): readonly OfferType[] =>
  kind === 'managed' ? OFFER_TYPES.filter((type) => type !== 'hourly') : OFFER_TYPES;

/** Another pricing mode: new terms, the texts and recommended VMs typed so far kept. */
const withPricingMode = (offer: OfferDraft, type: OfferType): OfferDraft => ({
  ...emptyOffer(type),
  title: offer.title,
  description: offer.description,
  recommendedVms: offer.recommendedVms,
  target: mayTargetNuagePublic(type) ? offer.target : 'all',
});

type NewProductValues = {
  kind: ProductKind;
  name: { en: string; fr: string };
  eu2: boolean;
  offers: [OfferDraft];
};
/** The new product as typed, checked by the shared schema (the server's input and the domain's rules). */
const newProductSchema = newProductForm as unknown as z.ZodType<
  z.output<typeof newProductForm>,
  NewProductValues
>;

/** Kind and pricing mode first (fixed once published), the name, and the first offer; the rest later. */
function NewProduct() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.products.create.mutationOptions());
  const defaults: NewProductValues = {
    kind: 'omi',
    name: { en: '', fr: '' },
    eu2: false,
    offers: [emptyOffer('free')],
  };
  const form = useSchemaForm(newProductSchema, defaults);
  const { kind, eu2 } = form.values;
  const offer = form.values.offers[0] ?? defaults.offers[0];
  const setOffer = (next: OfferDraft) => form.setValue('offers', [next]);
  const problemRef = useRef<HTMLDivElement>(null);
  const nameErrors = form.errorsOf('name');

  const chooseKind = (next: ProductKind) => {
    form.setValue('kind', next);
    if (!pricingModes(next).includes(offer.type))
      setOffer({ ...withPricingMode(offer, 'free'), recommendedVms: [] });
    // A managed product runs on the seller's side: no recommended VM, no Nuage public offer.
    else if (next === 'managed') setOffer({ ...offer, target: 'all', recommendedVms: [] });
  };

  const submit = form.submit(async (checked) => {
    try {
      const { id } = await create.mutateAsync({
        kind: checked.kind,
        name: checked.name,
        shortDescription: { en: '', fr: '' },
        description: { en: '', fr: '' },
        categories: [],
        supportContact: '',
        ...(checked.kind === 'omi'
          ? { regions: checked.eu2 ? ['cloudgouv-eu-west-1', 'eu-west-2'] : ['cloudgouv-eu-west-1'] }
          : {}),
        offers: checked.offers.map(offerInputOf),
      });
      // Refetched before leaving, inactive or not: "My products" shows the new draft at once, never the
      // list cached before it.
      await queryClient.invalidateQueries({ queryKey: trpc.products.list.pathKey(), refetchType: 'all' });
      await navigate({ to: '/products/$id', params: { id } });
    } catch (error) {
      form.fail(error);
      problemRef.current?.focus();
    }
  });

  return (
    <ContentPage title={t('seller.new.title')} lead={t('seller.new.lead')}>
      <Section title={t('seller.new.title')}>
        <form className="mk-form" noValidate onSubmit={submit} aria-busy={create.isPending}>
          <FormProblem ref={problemRef} problem={form.problem} />
          {form.problem?.code === 'PRECONDITION_FAILED' && (
            <p>
              <Link className="mk-button mk-button--secondary" to="/showcase">
                {t('seller.new.showcaseLink')}
              </Link>
            </p>
          )}
          <fieldset className="mk-fieldset">
            <legend className="mk-label">{t('seller.new.kind')}</legend>
            <div className="sp-options">
              {(['omi', 'managed'] as const).map((option) => (
                <label key={option} className="sp-option">
                  <input
                    type="radio"
                    name="kind"
                    value={option}
                    checked={kind === option}
                    onChange={() => chooseKind(option)}
                  />
                  <span>
                    <strong>{t(`seller.kind.${option}`)}</strong>
                    <span className="mk-field__hint">{t(`seller.kind.${option}.hint`)}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="mk-fieldset">
            <legend className="mk-label">{t('seller.new.pricing')}</legend>
            {kind === 'managed' && <p className="mk-field__hint">{t('seller.new.managedBilling')}</p>}
            <div className="sp-options">
              {pricingModes(kind).map((type) => (
                <label key={type} className="sp-option">
                  <input
                    type="radio"
                    name="pricing"
                    value={type}
                    checked={offer.type === type}
                    onChange={() => setOffer(withPricingMode(offer, type))}
                  />
                  <span>
                    <strong>{t(`seller.offerType.${type}`)}</strong>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="mk-form__grid">
            {(['en', 'fr'] as const).map((language) => {
              const bound = form.field(
                `name.${language}`,
                nameErrors.length > 0 ? form.errorIdOf('name') : undefined,
              );
              return (
                <div className="mk-field" key={language}>
                  <label className="mk-label" htmlFor={bound.id}>
                    {t('seller.field.inLanguage', {
                      label: t('seller.new.name'),
                      language: t(`seller.languageName.${language}`),
                    })}
                  </label>
                  <input
                    {...bound}
                    ref={(element) => {
                      bound.ref(element);
                      if (language === 'en') form.register('name')(element);
                    }}
                    className="mk-input"
                    aria-invalid={nameErrors.length > 0 || undefined}
                  />
                </div>
              );
            })}
          </div>
          <FieldErrorList id={form.errorIdOf('name')} errors={nameErrors} />
          {kind === 'omi' && <RegionChoice eu2={eu2} onChange={(next) => form.setValue('eu2', next)} />}
          <h2 className="mk-form__step-title">{t('seller.new.firstOffer')}</h2>
          <OfferFields draft={offer} path="offers.0" kind={kind} onChange={setOffer} form={form} />
          <button className="mk-button mk-button--primary" type="submit" disabled={create.isPending}>
            {t('seller.new.create')}
          </button>
        </form>
      </Section>
    </ContentPage>
  );
}
