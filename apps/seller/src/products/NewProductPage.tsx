import { OFFER_TYPES, type OfferType, type ProductKind } from '@marketplace/domain';
import {
  type ApiProblem,
  apiProblem,
  ContentPage,
  FormProblem,
  Link,
  Section,
  useI18n,
  useTRPC,
} from '@marketplace/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useFieldMessages } from '../offers/messages.ts';
import { OfferFields } from '../offers/OfferFields.tsx';
import {
  emptyOffer,
  mayTargetNuagePublic,
  type OfferDraft,
  type OfferErrors,
  offerFromDraft,
} from '../offers/offer-draft.ts';
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
  titleEn: offer.titleEn,
  titleFr: offer.titleFr,
  descriptionEn: offer.descriptionEn,
  descriptionFr: offer.descriptionFr,
  recommendedVms: offer.recommendedVms,
  target: mayTargetNuagePublic(type) ? offer.target : 'all',
});

/** Kind and pricing mode first (fixed once published), the name, and the first offer; the rest later. */
function NewProduct() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.products.create.mutationOptions());
  const fieldMessages = useFieldMessages();
  const baseId = useId();
  const [kind, setKind] = useState<ProductKind>('omi');
  const [offer, setOffer] = useState<OfferDraft>(emptyOffer('free'));
  const [name, setName] = useState({ en: '', fr: '' });
  const [eu2, setEu2] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const checked = offerFromDraft(offer, 0);
  const ours: OfferErrors = attempted ? checked.errors : {};
  const nameMissing = attempted && name.en.trim() === '' && name.fr.trim() === '';
  const messages = fieldMessages(ours, problem?.fieldErrors);

  const chooseKind = (next: ProductKind) => {
    setKind(next);
    if (!pricingModes(next).includes(offer.type))
      setOffer({ ...withPricingMode(offer, 'free'), recommendedVms: [] });
    // A managed product runs on the seller's side: no recommended VM, no Nuage public offer.
    else if (next === 'managed') setOffer({ ...offer, target: 'all', recommendedVms: [] });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setProblem(null);
    if (name.en.trim() === '' && name.fr.trim() === '') {
      nameRef.current?.focus();
      return;
    }
    if (!checked.offer) return;
    try {
      const { id } = await create.mutateAsync({
        kind,
        name,
        shortDescription: { en: '', fr: '' },
        description: { en: '', fr: '' },
        categories: [],
        supportContact: '',
        ...(kind === 'omi'
          ? { regions: eu2 ? ['cloudgouv-eu-west-1', 'eu-west-2'] : ['cloudgouv-eu-west-1'] }
          : {}),
        offers: [checked.offer],
      });
      // Refetched before leaving, inactive or not: "My products" shows the new draft at once, never the
      // list cached before it.
      await queryClient.invalidateQueries({ queryKey: trpc.products.list.pathKey(), refetchType: 'all' });
      await navigate({ to: '/products/$id', params: { id } });
    } catch (error) {
      setProblem(apiProblem(error));
      problemRef.current?.focus();
    }
  };

  return (
    <ContentPage title={t('seller.new.title')} lead={t('seller.new.lead')}>
      <Section title={t('seller.new.title')}>
        <form className="mk-form" noValidate onSubmit={submit} aria-busy={create.isPending}>
          <FormProblem ref={problemRef} problem={problem} />
          {problem?.code === 'PRECONDITION_FAILED' && (
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
              const id = `${baseId}-name-${language}`;
              return (
                <div className="mk-field" key={language}>
                  <label className="mk-label" htmlFor={id}>
                    {t('seller.field.inLanguage', {
                      label: t('seller.new.name'),
                      language: t(`seller.languageName.${language}`),
                    })}
                  </label>
                  <input
                    id={id}
                    ref={language === 'en' ? nameRef : undefined}
                    className="mk-input"
                    maxLength={300}
                    value={name[language]}
                    aria-invalid={nameMissing || undefined}
                    aria-describedby={nameMissing ? `${baseId}-name-error` : undefined}
                    onChange={(event) => setName({ ...name, [language]: event.currentTarget.value })}
                  />
                </div>
              );
            })}
          </div>
          {nameMissing && (
            <p id={`${baseId}-name-error`} className="mk-field__error">
              {t('seller.error.name')}
            </p>
          )}
          {kind === 'omi' && <RegionChoice eu2={eu2} onChange={setEu2} />}
          <h2 className="mk-form__step-title">{t('seller.new.firstOffer')}</h2>
          <OfferFields draft={offer} index={0} kind={kind} onChange={setOffer} messages={messages} />
          <button className="mk-button mk-button--primary" type="submit" disabled={create.isPending}>
            {t('seller.new.create')}
          </button>
        </form>
      </Section>
    </ContentPage>
  );
}
