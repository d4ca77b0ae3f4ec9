import { Section, useI18n, useSchemaForm } from '@marketplace/ui';
import { estimateForm } from '@marketplace/validators';
import { useEffect } from 'react';
import type { ProductPage } from '../buying/api.ts';
import { EstimateFields } from './EstimateFields.tsx';
import { EstimateResult } from './EstimateResult.tsx';
import { initialChoice } from './estimate-choice.ts';
import { useEstimate } from './useEstimate.ts';

/**
 * "Estimate the cost": public, recomputed as the visitor changes a field. The fields are a form on the
 * shared `estimateForm` schema, checked at each change: a refused count says why under its field, and
 * no total is shown for it (neither the last good one nor a stale one).
 */
export function EstimatePanel({ product }: { product: ProductPage }) {
  const { t } = useI18n();
  const form = useSchemaForm(estimateForm, initialChoice(product));
  const choice = form.values;
  const estimate = useEstimate(product, choice);
  // Checked as the visitor types, not only on a submit (the estimate has none).
  const typed = JSON.stringify(choice);
  const { trigger } = form.rhf;
  useEffect(() => {
    if (typed) void trigger();
  }, [typed, trigger]);
  return (
    <Section title={t('buy.estimate.title')} lead={t('buy.estimate.lead')} testId="estimate-panel">
      <form className="bp-estimate" noValidate onSubmit={(event) => event.preventDefault()}>
        <EstimateFields product={product} form={form} />
        <div aria-live="polite">
          <EstimateOutcome estimate={estimate} />
        </div>
      </form>
    </Section>
  );
}

/** The total of a valid choice, the server's refusal, or (while the choice is refused) nothing. */
export function EstimateOutcome({ estimate }: { estimate: ReturnType<typeof useEstimate> }) {
  const { t } = useI18n();
  if (!estimate.asked) {
    return (
      <p className="mk-muted" data-testid="estimate-incomplete">
        {t('buy.estimate.incomplete')}
      </p>
    );
  }
  if (estimate.isError) {
    return (
      <p className="mk-notice mk-notice--error" data-testid="estimate-problem">
        {estimate.error.message}
      </p>
    );
  }
  if (!estimate.data) return null;
  return <EstimateResult estimate={estimate.data} stale={estimate.isPlaceholderData} />;
}
