import { forwardRef } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { ApiProblem } from './api-problem.ts';

/**
 * What went wrong with the last attempt, above the form, announced at once (role=alert) and focusable
 * so the page can move the focus there. The server's message is already in the page's language.
 */
export const FormProblem = forwardRef<HTMLDivElement, { problem: ApiProblem | null; testId?: string }>(
  function FormProblem({ problem, testId = 'form-problem' }, ref) {
    const { t } = useI18n();
    return (
      <div ref={ref} role="alert" tabIndex={-1} className="mk-alert-region">
        {problem && (
          <div
            className="mk-notice mk-notice--error"
            data-testid={testId}
            data-code={problem.code ?? 'network'}
          >
            <strong>{problem.message ?? t('form.problem.network')}</strong>
          </div>
        )}
      </div>
    );
  },
);
