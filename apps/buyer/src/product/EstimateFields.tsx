import { REGIONS } from '@marketplace/domain';
import { ComboBox, Select, useI18n } from '@marketplace/ui';
import { useId } from 'react';
import type { ProductPage } from '../buying/api.ts';
import { asksLicences, type EstimateChoice, vmTypesFor } from './estimate-choice.ts';
import { RegionSelect } from './RegionSelect.tsx';

/** The estimate's inputs: offer, region, VM type and count, commitment, licences. */
export function EstimateFields({
  product,
  choice,
  onChange,
  fixed = {},
}: {
  product: ProductPage;
  choice: EstimateChoice;
  onChange: (choice: EstimateChoice) => void;
  /** Chosen elsewhere on the page (the subscribe form picks the offer and region itself). */
  fixed?: { offer?: boolean; region?: boolean };
}) {
  const { t } = useI18n();
  const id = useId();
  const offer = product.offers.find((o) => o.id === choice.offerId);
  const vmTypes = vmTypesFor(product, offer);
  const set = <K extends keyof EstimateChoice>(key: K, value: EstimateChoice[K]) => {
    const next = { ...choice, [key]: value };
    if (key === 'offerId') {
      const nextOffer = product.offers.find((o) => o.id === value);
      next.vmType = vmTypesFor(product, nextOffer)[0] ?? choice.vmType;
      if (nextOffer?.type !== 'hourly') next.commitment = 'on_demand';
    }
    onChange(next);
  };
  const regions = REGIONS.filter((r) => product.regions.includes(r));
  return (
    <div className="bp-estimate__fields">
      {!fixed.offer && product.offers.length > 1 && (
        <Select
          label={t('buy.estimate.offer')}
          value={choice.offerId}
          options={product.offers.map((o) => ({ id: o.id, label: o.title || t(`buy.offerType.${o.type}`) }))}
          onChange={(offerId) => set('offerId', offerId)}
        />
      )}
      {!fixed.region && (
        <RegionSelect
          id={`${id}-region`}
          regions={regions}
          value={choice.region}
          onChange={(region) => set('region', region)}
        />
      )}
      {/* Priced types only for an hourly offer; otherwise any type, the recommended ones suggested. */}
      <ComboBox
        key={offer?.type === 'hourly' ? 'priced' : 'any'}
        label={t('buy.estimate.vmType')}
        options={vmTypes}
        allowsCustomValue={offer?.type !== 'hourly'}
        value={choice.vmType}
        onChange={(vmType) => set('vmType', vmType)}
        hint={offer?.type === 'hourly' ? undefined : t('buy.estimate.vmType.hint')}
        testId="estimate-vm-type"
      />
      <div className="mk-field">
        <label className="mk-label" htmlFor={`${id}-vmCount`}>
          {t('buy.estimate.vmCount')}
        </label>
        <input
          id={`${id}-vmCount`}
          className="mk-input bp-number"
          inputMode="numeric"
          value={choice.vmCount}
          onChange={(e) => set('vmCount', e.currentTarget.value)}
        />
      </div>
      <fieldset className="mk-fieldset bp-commitment">
        <legend className="mk-label">{t('buy.estimate.commitment')}</legend>
        {(['on_demand', 'one_year'] as const).map((commitment) => (
          <label key={commitment} className="mk-choice">
            <input
              type="radio"
              name={`${id}-commitment`}
              value={commitment}
              checked={choice.commitment === commitment}
              onChange={() => set('commitment', commitment)}
            />
            {t(`buy.commitment.${commitment}`)}
          </label>
        ))}
      </fieldset>
      {asksLicences(offer, choice.commitment) && (
        <div className="mk-field">
          <label className="mk-label" htmlFor={`${id}-licences`}>
            {t('buy.estimate.licences')}
          </label>
          <input
            id={`${id}-licences`}
            className="mk-input bp-number"
            inputMode="numeric"
            value={choice.licences}
            placeholder={offer?.type === 'subscription' ? '1' : choice.vmCount}
            onChange={(e) => set('licences', e.currentTarget.value)}
          />
        </div>
      )}
    </div>
  );
}
