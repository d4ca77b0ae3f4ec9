import { CATEGORIES, isCategory, MAX_CATEGORIES } from '@marketplace/domain';
import { FieldErrorList, useI18n } from '@marketplace/ui';

/**
 * The product's categories, ticked in the marketplace's list (labels in the page's language); once
 * MAX_CATEGORIES are ticked, the others wait. A value that is no category (saved before the list) is
 * not shown: saving drops it.
 */
export function CategoryChoice({
  value,
  onChange,
  errors = [],
}: {
  value: readonly string[];
  onChange: (categories: string[]) => void;
  errors?: readonly string[];
}) {
  const { t, language } = useI18n();
  const chosen = value.filter(isCategory);
  const full = chosen.length >= MAX_CATEGORIES;
  return (
    <fieldset
      className="mk-fieldset"
      aria-describedby="sp-categories-hint"
      data-testid="categories"
      aria-invalid={errors.length > 0 || undefined}
    >
      <legend className="mk-label">{t('seller.product.categories')}</legend>
      <p id="sp-categories-hint" className="mk-field__hint">
        {t('seller.product.categories.choose', { max: MAX_CATEGORIES })}
      </p>
      <div className="mk-choices">
        {CATEGORIES.map(({ slug, label }) => {
          const checked = chosen.includes(slug);
          return (
            <label key={slug} className="mk-choice">
              <input
                type="checkbox"
                value={slug}
                checked={checked}
                disabled={!checked && full}
                onChange={(event) =>
                  onChange(event.currentTarget.checked ? [...chosen, slug] : chosen.filter((c) => c !== slug))
                }
              />
              <span>{label[language]}</span>
            </label>
          );
        })}
      </div>
      <FieldErrorList id="sp-categories-error" errors={errors} />
    </fieldset>
  );
}
