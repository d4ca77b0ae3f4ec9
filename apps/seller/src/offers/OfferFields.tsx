import type { ProductKind } from '@marketplace/domain';
import { ComboBox, Select, useI18n } from '@marketplace/ui';
import { useId } from 'react';
import { Field, type OfferForm } from './Field.tsx';
import { OfferTexts } from './OfferTexts.tsx';
import {
  emptyPrice,
  mayTargetNuagePublic,
  type OfferDraft,
  type PriceDraft,
  withTarget,
} from './offer-draft.ts';
import { RecommendedVmsFields } from './RecommendedVmsFields.tsx';
import { vmTypeSuggestions } from './vm-type-suggestions.ts';

export type { OfferForm };

/**
 * The fields of one offer, by its type; amounts are typed in euros. `fixed`: a published offer, whose
 * type, target and rates no longer change (its texts and recommended VMs still do). `path` is the
 * offer's in the API's input (`offers.0`): its errors are the form's there.
 */
export function OfferFields({
  draft,
  path,
  kind,
  onChange,
  form,
  fixed = false,
  disabled = false,
}: {
  draft: OfferDraft;
  path: string;
  kind: ProductKind;
  onChange: (draft: OfferDraft) => void;
  form: OfferForm;
  fixed?: boolean;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const baseId = useId();
  const at = (field: string) => form.errorsOf(`${path}.${field}`);
  const refOf = (field: string) => form.register(`${path}.${field}`);
  const set = (patch: Partial<OfferDraft>) => onChange({ ...draft, ...patch });
  const setPrice = (row: number, patch: Partial<PriceDraft>) =>
    set({ prices: draft.prices.map((price, i) => (i === row ? { ...price, ...patch } : price)) });
  const ratesLocked = disabled || fixed;
  const nuage = draft.target === 'nuage_public';

  return (
    <div className="mk-form sp-offer" data-testid="offer" data-type={draft.type} data-target={draft.target}>
      <OfferTexts draft={draft} set={set} at={at} refOf={refOf} disabled={disabled} />
      {kind === 'omi' && mayTargetNuagePublic(draft.type) && (
        <Select
          label={t('seller.offers.target')}
          hint={t(nuage ? 'seller.offers.target.nuageHint' : 'seller.offers.target.hint')}
          value={draft.target}
          options={[
            { id: 'all', label: t('seller.offers.target.all') },
            { id: 'nuage_public', label: t('seller.offers.target.nuage_public') },
          ]}
          onChange={(target) => onChange(withTarget(draft, target))}
          errors={at('target')}
          isDisabled={ratesLocked}
        />
      )}
      {draft.type === 'free' && <p className="mk-field__hint">{t('seller.offers.freeHint')}</p>}
      {draft.type === 'byol' && (
        <Field
          id={`${baseId}-licence`}
          type="url"
          label={t('seller.offers.licenceUrl')}
          hint={t('seller.offers.licenceUrl.hint')}
          value={draft.licenceUrl}
          onChange={(licenceUrl) => set({ licenceUrl })}
          errors={at('licenceUrl')}
          inputRef={refOf('licenceUrl')}
          disabled={disabled}
        />
      )}
      {draft.type === 'subscription' && (
        <div className="mk-form__grid">
          <Field
            id={`${baseId}-price`}
            label={t('seller.offers.price')}
            hint={t('seller.offers.amountHint')}
            inputMode="decimal"
            value={draft.price}
            onChange={(price) => set({ price })}
            errors={at('price')}
            inputRef={refOf('price')}
            disabled={ratesLocked}
          />
          <Field
            id={`${baseId}-months`}
            label={t('seller.offers.commitmentMonths')}
            hint={nuage ? t('seller.offers.nuagePreset') : undefined}
            inputMode="numeric"
            value={draft.commitmentMonths}
            onChange={(commitmentMonths) => set({ commitmentMonths })}
            errors={at('commitmentMonths')}
            inputRef={refOf('commitmentMonths')}
            disabled={ratesLocked || nuage}
          />
          <Select
            label={t('seller.offers.billingFrequency')}
            value={draft.billingFrequency}
            options={[
              { id: 'monthly', label: t('seller.offers.billing.monthly') },
              { id: 'yearly', label: t('seller.offers.billing.yearly') },
            ]}
            onChange={(billingFrequency) => set({ billingFrequency })}
            errors={at('billingFrequency')}
            isDisabled={ratesLocked || nuage}
          />
        </div>
      )}
      {draft.type === 'hourly' && (
        <div className="sp-prices">
          <p className="mk-field__hint">{t('seller.offers.amountHint')}</p>
          {draft.prices.map((price, row) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
            <div className="sp-prices__row" key={row}>
              <ComboBox
                label={t('seller.offers.vmType')}
                hint={row === 0 ? t('seller.offers.vmType.hint') : undefined}
                options={vmTypeSuggestions(draft)}
                allowsCustomValue
                value={price.vmType}
                onChange={(vmType) => setPrice(row, { vmType })}
                errors={at(`prices.${row}.vmType`)}
                isDisabled={ratesLocked}
                testId="vm-type"
              />
              <Field
                id={`${baseId}-od-${row}`}
                label={t('seller.offers.onDemand')}
                inputMode="decimal"
                value={price.onDemandPerHour}
                onChange={(onDemandPerHour) => setPrice(row, { onDemandPerHour })}
                errors={at(`prices.${row}.onDemandPerHour`)}
                inputRef={refOf(`prices.${row}.onDemandPerHour`)}
                disabled={ratesLocked}
              />
              <Field
                id={`${baseId}-1y-${row}`}
                label={t(nuage ? 'seller.offers.oneYearRequired' : 'seller.offers.oneYear')}
                inputMode="decimal"
                value={price.oneYearPerHour}
                onChange={(oneYearPerHour) => setPrice(row, { oneYearPerHour })}
                errors={at(`prices.${row}.oneYearPerHour`)}
                inputRef={refOf(`prices.${row}.oneYearPerHour`)}
                disabled={ratesLocked}
              />
              {draft.prices.length > 1 && !ratesLocked && (
                <button
                  type="button"
                  className="mk-button mk-button--danger-ghost mk-button--small"
                  onClick={() => set({ prices: draft.prices.filter((_, i) => i !== row) })}
                >
                  {t('seller.offers.removePrice', { number: row + 1 })}
                </button>
              )}
            </div>
          ))}
          {!ratesLocked && (
            <button
              type="button"
              className="mk-button mk-button--secondary mk-button--small"
              onClick={() => set({ prices: [...draft.prices, emptyPrice()] })}
            >
              {t('seller.offers.addPrice')}
            </button>
          )}
        </div>
      )}
      {kind === 'omi' && (
        <RecommendedVmsFields
          vms={draft.recommendedVms}
          onChange={(recommendedVms) => set({ recommendedVms })}
          at={at}
          refOf={refOf}
          disabled={disabled}
        />
      )}
    </div>
  );
}
