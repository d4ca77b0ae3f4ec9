import { REGIONS } from '@marketplace/domain';
import { ComboBox, FieldErrorList, type Form, Select, useI18n } from '@marketplace/ui';
import type { ProductPage } from '../buying/api.ts';
import { asksLicences, type EstimateChoice, vmTypesFor } from './estimate-choice.ts';
import { RegionSelect } from './RegionSelect.tsx';

/**
 * The estimate's inputs (offer, region, VM type and count, commitment, licences), fields of a form on
 * React Hook Form whose schema words each refusal under its field: the estimate panel's
 * (`estimateForm`) or the subscribe page's (`subscribeForm`, the same fields).
 */
export function EstimateFields<V extends EstimateChoice>({
  product,
  form,
  fixed = {},
}: {
  product: ProductPage;
  form: Form<V>;
  /** Chosen elsewhere on the page (the subscribe form picks the offer and region itself). */
  fixed?: { offer?: boolean; region?: boolean };
}) {
  const { t } = useI18n();
  const choice = form.values;
  const offer = product.offers.find((o) => o.id === choice.offerId);
  const vmTypes = vmTypesFor(product, offer);
  const set = <K extends keyof EstimateChoice>(key: K, value: EstimateChoice[K]) =>
    (form.setValue as (key: K, value: EstimateChoice[K]) => void)(key, value);
  const chooseOffer = (offerId: string) => {
    const nextOffer = product.offers.find((o) => o.id === offerId);
    set('offerId', offerId);
    set('vmType', vmTypesFor(product, nextOffer)[0] ?? choice.vmType);
    const commitment = nextOffer?.type === 'hourly' ? choice.commitment : 'on_demand';
    set('commitment', commitment);
    if (!asksLicences(nextOffer, commitment)) set('licences', '');
  };
  const chooseCommitment = (commitment: EstimateChoice['commitment']) => {
    set('commitment', commitment);
    // A hidden field keeps nothing the buyer cannot see or correct.
    if (!asksLicences(offer, commitment)) set('licences', '');
  };
  const regions = REGIONS.filter((r) => product.regions.includes(r));
  const countField = (name: 'vmCount' | 'licences') => {
    const errors = form.errorsOf(name);
    return { props: form.field(name), errors, errorId: form.errorIdOf(name) };
  };
  const vmCount = countField('vmCount');
  const licences = countField('licences');
  const showsLicences = asksLicences(offer, choice.commitment);
  return (
    <div className="bp-estimate__fields">
      {!fixed.offer && product.offers.length > 1 && (
        <Select
          label={t('buy.estimate.offer')}
          value={choice.offerId}
          options={product.offers.map((o) => ({ id: o.id, label: o.title || t(`buy.offerType.${o.type}`) }))}
          onChange={chooseOffer}
        />
      )}
      {!fixed.region && (
        <RegionSelect
          id={form.idOf('region')}
          regions={regions}
          value={choice.region}
          onChange={(region) => set('region', region)}
          after={<FieldErrorList id={form.errorIdOf('region')} errors={form.errorsOf('region')} />}
        />
      )}
      {/* Priced types only for an hourly offer; otherwise any type, the recommended ones suggested. */}
      <ComboBox
        key={offer?.type === 'hourly' ? 'priced' : 'any'}
        id={form.idOf('vmType')}
        label={t('buy.estimate.vmType')}
        options={vmTypes}
        allowsCustomValue={offer?.type !== 'hourly'}
        value={choice.vmType}
        onChange={(vmType) => set('vmType', vmType)}
        hint={offer?.type === 'hourly' ? undefined : t('buy.estimate.vmType.hint')}
        errors={form.errorsOf('vmType')}
        testId="estimate-vm-type"
      />
      <div className="mk-field">
        <label className="mk-label" htmlFor={vmCount.props.id}>
          {t('buy.estimate.vmCount')}
        </label>
        <input className="mk-input bp-number" inputMode="numeric" {...vmCount.props} />
        <FieldErrorList id={vmCount.errorId} errors={vmCount.errors} />
      </div>
      <fieldset className="mk-fieldset bp-commitment">
        <legend className="mk-label">{t('buy.estimate.commitment')}</legend>
        {(['on_demand', 'one_year'] as const).map((commitment) => (
          <label key={commitment} className="mk-choice">
            <input
              type="radio"
              name={`${form.idOf('commitment')}`}
              value={commitment}
              checked={choice.commitment === commitment}
              onChange={() => chooseCommitment(commitment)}
            />
            {t(`buy.commitment.${commitment}`)}
          </label>
        ))}
      </fieldset>
      {showsLicences && (
        <div className="mk-field">
          <label className="mk-label" htmlFor={licences.props.id}>
            {t('buy.estimate.licences')}
          </label>
          <input
            className="mk-input bp-number"
            inputMode="numeric"
            placeholder={offer?.type === 'subscription' ? '1' : choice.vmCount}
            {...licences.props}
          />
          <FieldErrorList id={licences.errorId} errors={licences.errors} />
        </div>
      )}
    </div>
  );
}
