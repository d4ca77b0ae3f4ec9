import { useI18n } from '@marketplace/ui';

/** cloudgouv-eu-west-1 always (checked and fixed), eu-west-2 at the seller's choice. */
export function RegionChoice({
  eu2,
  onChange,
  disabled = false,
}: {
  eu2: boolean;
  onChange: (eu2: boolean) => void;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="mk-fieldset" aria-describedby="sp-regions-hint">
      <legend className="mk-label">{t('seller.product.regions')}</legend>
      <p id="sp-regions-hint" className="mk-field__hint">
        {t('seller.product.regions.hint')}
      </p>
      <div className="mk-choices">
        <label className="mk-choice">
          <input type="checkbox" checked disabled />
          <span>cloudgouv-eu-west-1</span>
        </label>
        <label className="mk-choice">
          <input
            type="checkbox"
            checked={eu2}
            disabled={disabled}
            onChange={(event) => onChange(event.currentTarget.checked)}
          />
          <span>eu-west-2</span>
        </label>
      </div>
    </fieldset>
  );
}
