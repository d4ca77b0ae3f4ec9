import {
  type CancellationOutcome,
  cancellable,
  cancellationOutcome,
  type SubscriptionFacts,
} from '@marketplace/domain';
import { type ApiProblem, apiProblem, ConfirmDialog, formatDate, useI18n, useTRPC } from '@marketplace/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { MySubscription } from '../buying/api.ts';

/** The facts the server decides from, as My subscriptions received them. */
const factsOf = (s: MySubscription): SubscriptionFacts => ({
  offerType: s.offer.type,
  activatesAt: new Date(s.activatesAt),
  keyAllocatedAt: s.keyAllocatedAt ? new Date(s.keyAllocatedAt) : null,
  contractHolder: s.contractHolder,
  endsAt: s.endsAt ? new Date(s.endsAt) : null,
});

/**
 * When a cancelled subscription ends (or ended); otherwise the button that cancels it, after a
 * confirmation saying what happens. The date shown is the domain's decision, the same the server makes.
 */
export function CancelSubscription({ subscription: s }: { subscription: MySubscription }) {
  const { t, language } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<CancellationOutcome | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const cancel = useMutation(trpc.subscriptions.cancel.mutationOptions());
  const facts = factsOf(s);
  const name = s.product.name[language] || s.product.name.en;
  const accounts = s.outscaleAccountIds.join(', ');

  const close = () => {
    setOutcome(null);
    setProblem(null);
  };
  const confirm = async () => {
    setProblem(null);
    try {
      await cancel.mutateAsync({ id: s.id });
      close();
    } catch (error) {
      setProblem(apiProblem(error));
    }
    await Promise.all([
      queryClient.invalidateQueries(trpc.subscriptions.list.pathFilter()),
      queryClient.invalidateQueries(trpc.subscriptions.forProduct.pathFilter()),
    ]);
  };

  const end = s.endsAt
    ? t(s.state === 'ended' ? 'buy.cancel.endedOn' : 'buy.cancel.endsOn', {
        date: formatDate(s.endsAt, language),
      })
    : '';
  return (
    <div className="bp-cancel">
      <p role="status" className="mk-muted" data-testid="subscription-end" data-state={s.state}>
        {end}
      </p>
      {cancellable(s.state, facts) && (
        <button
          type="button"
          className="mk-button mk-button--secondary mk-button--small"
          onClick={() => setOutcome(cancellationOutcome(s.state, facts, s.offer.terms, new Date()))}
        >
          {t('buy.cancel.action')}
        </button>
      )}
      <ConfirmDialog
        open={outcome !== null}
        title={t('buy.cancel.title', { product: name })}
        confirmLabel={cancel.isPending ? t('buy.cancel.cancelling') : t('buy.cancel.confirm')}
        cancelLabel={t('buy.cancel.keep')}
        danger
        busy={cancel.isPending}
        onConfirm={confirm}
        onCancel={close}
      >
        {outcome && (
          <div data-testid="cancel-outcome" data-at-once={outcome.atOnce}>
            <p>
              {outcome.atOnce
                ? t('buy.cancel.atOnce', { accounts })
                : t('buy.cancel.atEnd', {
                    accounts,
                    date: formatDate(outcome.endsAt.toISOString(), language),
                  })}
            </p>
            <p>{t('buy.cancel.running')}</p>
            <p className="mk-muted">{t('buy.cancel.mails')}</p>
          </div>
        )}
        {problem && (
          <p className="mk-notice mk-notice--error" role="alert">
            {problem.message ?? t('form.problem.network')}
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}
