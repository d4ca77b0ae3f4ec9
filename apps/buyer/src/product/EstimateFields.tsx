import { REGIONS } from '@marketplace/domain';
import { useI18n } from '@marketplace/ui';
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
        <div className="mk-field">
          <label className="mk-label" htmlFor={`${id}-offer`}>
            {t('buy.estimate.offer')}
          </label>
          <select
            id={`${id}-offer`}
            className="mk-select"
            value={choice.offerId}
            onChange={(e) => set('offerId', e.currentTarget.value)}
          >
            {product.offers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.title || t(`buy.offerType.${o.type}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {!fixed.region && (
        <RegionSelect
          id={`${id}-region`}
          regions={regions}
          value={choice.region}
          onChange={(region) => set('region', region)}
        />
      )}
      <div className="mk-field">
        <label className="mk-label" htmlFor={`${id}-vmType`}>
          {t('buy.estimate.vmType')}
        </label>
        {offer?.type === 'hourly' ? (
          <select
            id={`${id}-vmType`}
            className="mk-select"
            value={choice.vmType}
            onChange={(e) => set('vmType', e.currentTarget.value)}
          >
            {vmTypes.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        ) : (
          <>
            <input
              id={`${id}-vmType`}
              className="mk-input"
              list={`${id}-vmTypes`}
              value={choice.vmType}
              aria-describedby={`${id}-vmType-hint`}
              onChange={(e) => set('vmType', e.currentTarget.value)}
            />
            <datalist id={`${id}-vmTypes`}>
              {vmTypes.map((type) => (
                <option key={type} value={type} />
              ))}
            </datalist>
            <p id={`${id}-vmType-hint`} className="mk-field__hint">
              {t('buy.estimate.vmType.hint')}
            </p>
          </>
        )}
      </div>
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
