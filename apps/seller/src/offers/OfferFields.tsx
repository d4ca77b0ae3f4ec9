import type { ProductKind } from '@marketplace/domain';
import { useI18n } from '@marketplace/ui';
import { useId } from 'react';
import { Field, type FieldMessages } from './Field.tsx';
import { OfferTexts } from './OfferTexts.tsx';
import {
  emptyPrice,
  mayTargetNuagePublic,
  type OfferDraft,
  type PriceDraft,
  presetCommitment,
} from './offer-draft.ts';
import { RecommendedVmsFields } from './RecommendedVmsFields.tsx';

export type { FieldMessages };

/**
 * The fields of one offer, by its type; amounts are typed in euros. `fixed`: a published offer, whose
 * type, target and rates no longer change (its texts and recommended VMs still do).
 */
export function OfferFields({
  draft,
  index,
  kind,
  onChange,
  messages,
  fixed = false,
  disabled = false,
}: {
  draft: OfferDraft;
  index: number;
  kind: ProductKind;
  onChange: (draft: OfferDraft) => void;
  messages: FieldMessages;
  fixed?: boolean;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const baseId = useId();
  const at = (field: string) => messages[`offers.${index}.${field}`] ?? [];
  const set = (patch: Partial<OfferDraft>) => onChange({ ...draft, ...patch });
  const setPrice = (row: number, patch: Partial<PriceDraft>) =>
    set({ prices: draft.prices.map((price, i) => (i === row ? { ...price, ...patch } : price)) });
  const ratesLocked = disabled || fixed;
  const nuage = draft.target === 'nuage_public';
  const commitment = presetCommitment(draft);

  return (
    <div className="mk-form sp-offer" data-testid="offer" data-type={draft.type} data-target={draft.target}>
      <OfferTexts draft={draft} set={set} at={at} disabled={disabled} />
      {kind === 'omi' && mayTargetNuagePublic(draft.type) && (
        <Field
          id={`${baseId}-target`}
          label={t('seller.offers.target')}
          hint={t(nuage ? 'seller.offers.target.nuageHint' : 'seller.offers.target.hint')}
          value={draft.target}
          onChange={() => {}}
          errors={at('target')}
          disabled={ratesLocked}
        >
          <select
            id={`${baseId}-target`}
            className="mk-input mk-select"
            value={draft.target}
            disabled={ratesLocked}
            onChange={(event) =>
              set({ target: event.currentTarget.value === 'nuage_public' ? 'nuage_public' : 'all' })
            }
          >
            <option value="all">{t('seller.offers.target.all')}</option>
            <option value="nuage_public">{t('seller.offers.target.nuage_public')}</option>
          </select>
        </Field>
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
            disabled={ratesLocked}
          />
          <Field
            id={`${baseId}-months`}
            label={t('seller.offers.commitmentMonths')}
            hint={nuage ? t('seller.offers.nuagePreset') : undefined}
            inputMode="numeric"
            value={commitment.commitmentMonths}
            onChange={(commitmentMonths) => set({ commitmentMonths })}
            errors={at('commitmentMonths')}
            disabled={ratesLocked || nuage}
          />
          <Field
            id={`${baseId}-billing`}
            label={t('seller.offers.billingFrequency')}
            value={commitment.billingFrequency}
            onChange={() => {}}
            errors={at('billingFrequency')}
            disabled={ratesLocked || nuage}
          >
            <select
              id={`${baseId}-billing`}
              className="mk-input mk-select"
              value={commitment.billingFrequency}
              disabled={ratesLocked || nuage}
              onChange={(event) =>
                set({ billingFrequency: event.currentTarget.value === 'yearly' ? 'yearly' : 'monthly' })
              }
            >
              <option value="monthly">{t('seller.offers.billing.monthly')}</option>
              <option value="yearly">{t('seller.offers.billing.yearly')}</option>
            </select>
          </Field>
        </div>
      )}
      {draft.type === 'hourly' && (
        <div className="sp-prices">
          <p className="mk-field__hint">{t('seller.offers.amountHint')}</p>
          {draft.prices.map((price, row) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
            <div className="sp-prices__row" key={row}>
              <Field
                id={`${baseId}-vm-${row}`}
                label={t('seller.offers.vmType')}
                hint={row === 0 ? t('seller.offers.vmType.hint') : undefined}
                value={price.vmType}
                onChange={(vmType) => setPrice(row, { vmType })}
                errors={at(`prices.${row}.vmType`)}
                disabled={ratesLocked}
              />
              <Field
                id={`${baseId}-od-${row}`}
                label={t('seller.offers.onDemand')}
                inputMode="decimal"
                value={price.onDemand}
                onChange={(onDemand) => setPrice(row, { onDemand })}
                errors={at(`prices.${row}.onDemandPerHour`)}
                disabled={ratesLocked}
              />
              <Field
                id={`${baseId}-1y-${row}`}
                label={t(nuage ? 'seller.offers.oneYearRequired' : 'seller.offers.oneYear')}
                inputMode="decimal"
                value={price.oneYear}
                onChange={(oneYear) => setPrice(row, { oneYear })}
                errors={at(`prices.${row}.oneYearPerHour`)}
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
          disabled={disabled}
        />
      )}
    </div>
  );
}
