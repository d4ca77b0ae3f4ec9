import { FieldErrorList, useI18n } from '@marketplace/ui';
import { type ReactNode, useId } from 'react';
import { useInLanguage } from '../selling/LanguageTabs.tsx';
import { emptyPrice, type OfferDraft, type PriceDraft } from './offer-draft.ts';

/** Messages by the API's field path (`offers.0.price`): ours translated, and the server's. */
export type FieldMessages = Readonly<Record<string, readonly string[]>>;

function Input({
  id,
  label,
  hint,
  value,
  onChange,
  errors,
  disabled,
  inputMode,
  type = 'text',
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  errors: readonly string[];
  disabled: boolean;
  inputMode?: 'decimal' | 'numeric';
  type?: string;
  children?: ReactNode;
}) {
  const described = [hint ? `${id}-hint` : '', errors.length > 0 ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="mk-field">
      <label className="mk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mk-field__hint">
          {hint}
        </p>
      )}
      {children ?? (
        <input
          id={id}
          className="mk-input"
          type={type}
          inputMode={inputMode}
          value={value}
          disabled={disabled}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={described || undefined}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      )}
      <FieldErrorList id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** The fields of one offer, by its type; amounts are typed in euros. */
export function OfferFields({
  draft,
  index,
  onChange,
  messages,
  disabled = false,
}: {
  draft: OfferDraft;
  index: number;
  onChange: (draft: OfferDraft) => void;
  messages: FieldMessages;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const inLanguage = useInLanguage();
  const baseId = useId();
  const at = (field: string) => messages[`offers.${index}.${field}`] ?? [];
  const set = (patch: Partial<OfferDraft>) => onChange({ ...draft, ...patch });
  const setPrice = (row: number, patch: Partial<PriceDraft>) =>
    set({ prices: draft.prices.map((price, i) => (i === row ? { ...price, ...patch } : price)) });

  return (
    <div className="mk-form sp-offer" data-testid="offer" data-type={draft.type}>
      <div className="mk-form__grid">
        <Input
          id={`${baseId}-title-en`}
          label={inLanguage(t('seller.offers.offerTitle'), 'en')}
          value={draft.titleEn}
          onChange={(titleEn) => set({ titleEn })}
          errors={at('title.en')}
          disabled={disabled}
        />
        <Input
          id={`${baseId}-title-fr`}
          label={inLanguage(t('seller.offers.offerTitle'), 'fr')}
          value={draft.titleFr}
          onChange={(titleFr) => set({ titleFr })}
          errors={at('title.fr')}
          disabled={disabled}
        />
      </div>
      {draft.type === 'free' && <p className="mk-field__hint">{t('seller.offers.freeHint')}</p>}
      {draft.type === 'byol' && (
        <Input
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
          <Input
            id={`${baseId}-price`}
            label={t('seller.offers.price')}
            hint={t('seller.offers.amountHint')}
            inputMode="decimal"
            value={draft.price}
            onChange={(price) => set({ price })}
            errors={at('price')}
            disabled={disabled}
          />
          <Input
            id={`${baseId}-months`}
            label={t('seller.offers.commitmentMonths')}
            inputMode="numeric"
            value={draft.commitmentMonths}
            onChange={(commitmentMonths) => set({ commitmentMonths })}
            errors={at('commitmentMonths')}
            disabled={disabled}
          />
          <Input
            id={`${baseId}-billing`}
            label={t('seller.offers.billingFrequency')}
            value={draft.billingFrequency}
            onChange={() => {}}
            errors={at('billingFrequency')}
            disabled={disabled}
          >
            <select
              id={`${baseId}-billing`}
              className="mk-input mk-select"
              value={draft.billingFrequency}
              disabled={disabled}
              onChange={(event) =>
                set({ billingFrequency: event.currentTarget.value === 'yearly' ? 'yearly' : 'monthly' })
              }
            >
              <option value="monthly">{t('seller.offers.billing.monthly')}</option>
              <option value="yearly">{t('seller.offers.billing.yearly')}</option>
            </select>
          </Input>
        </div>
      )}
      {draft.type === 'hourly' && (
        <div className="sp-prices">
          <p className="mk-field__hint">{t('seller.offers.amountHint')}</p>
          {draft.prices.map((price, row) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
            <div className="sp-prices__row" key={row}>
              <Input
                id={`${baseId}-vm-${row}`}
                label={t('seller.offers.vmType')}
                value={price.vmType}
                onChange={(vmType) => setPrice(row, { vmType })}
                errors={at(`prices.${row}.vmType`)}
                disabled={disabled}
              />
              <Input
                id={`${baseId}-od-${row}`}
                label={t('seller.offers.onDemand')}
                inputMode="decimal"
                value={price.onDemand}
                onChange={(onDemand) => setPrice(row, { onDemand })}
                errors={at(`prices.${row}.onDemandPerHour`)}
                disabled={disabled}
              />
              <Input
                id={`${baseId}-1y-${row}`}
                label={t('seller.offers.oneYear')}
                inputMode="decimal"
                value={price.oneYear}
                onChange={(oneYear) => setPrice(row, { oneYear })}
                errors={at(`prices.${row}.oneYearPerHour`)}
                disabled={disabled}
              />
              {draft.prices.length > 1 && !disabled && (
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
          {!disabled && (
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
    </div>
  );
}
