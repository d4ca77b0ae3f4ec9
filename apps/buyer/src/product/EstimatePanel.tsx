import { Section, useI18n } from '@marketplace/ui';
import { useState } from 'react';
import type { ProductPage } from '../buying/api.ts';
import { EstimateFields } from './EstimateFields.tsx';
import { EstimateResult } from './EstimateResult.tsx';
import { initialChoice } from './estimate-choice.ts';
import { useEstimate } from './useEstimate.ts';

/** "Estimate the cost": public, recomputed as the visitor changes a field. */
export function EstimatePanel({ product }: { product: ProductPage }) {
  const { t } = useI18n();
  const [choice, setChoice] = useState(() => initialChoice(product));
  const estimate = useEstimate(product, choice);
  return (
    <Section title={t('buy.estimate.title')} lead={t('buy.estimate.lead')} testId="estimate-panel">
      <div className="bp-estimate">
        <EstimateFields product={product} choice={choice} onChange={setChoice} />
        <div aria-live="polite">
          {estimate.isError ? (
            <p className="mk-notice mk-notice--error" data-testid="estimate-problem">
              {estimate.error.message}
            </p>
          ) : estimate.data ? (
            <EstimateResult estimate={estimate.data} />
          ) : null}
        </div>
      </div>
    </Section>
  );
}
