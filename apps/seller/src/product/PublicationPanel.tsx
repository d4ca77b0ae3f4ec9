import { fixedOncePublished } from '@marketplace/domain';
import {
  type ApiProblem,
  apiProblem,
  ConfirmDialog,
  FormProblem,
  type PlainMessageKey,
  Section,
  useI18n,
  useTRPC,
} from '@marketplace/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { type Product, productInProgress, textIn } from '../selling/api.ts';

type Confirming = 'publish' | 'unpublish' | 'delete' | null;

/**
 * What publication still needs (the server's checklist), and publish (after a confirmation listing what
 * becomes fixed), unpublish or delete the draft.
 */
export function PublicationPanel({ product }: { product: Product }) {
  const { t, language } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const publish = useMutation(trpc.products.publish.mutationOptions());
  const unpublish = useMutation(trpc.products.unpublish.mutationOptions());
  const remove = useMutation(trpc.products.deleteDraft.mutationOptions());
  const [confirming, setConfirming] = useState<Confirming>(null);
  // A key, not a sentence: the notice follows a change of language.
  const [notice, setNotice] = useState<PlainMessageKey | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const busy = publish.isPending || unpublish.isPending || remove.isPending;
  // "Being copied" until the copies are done: then the notice says they are available.
  const shown =
    notice === 'seller.product.publishedNotice' && !productInProgress(product)
      ? 'seller.product.publishedAvailable'
      : notice;

  const run = async (action: () => Promise<unknown>, done: PlainMessageKey) => {
    setProblem(null);
    setNotice(null);
    try {
      await action();
      await queryClient.invalidateQueries({ queryKey: trpc.products.list.pathKey() });
      await queryClient.invalidateQueries({ queryKey: trpc.products.get.queryKey({ id: product.id }) });
      setNotice(done);
    } catch (error) {
      setProblem(apiProblem(error));
      problemRef.current?.focus();
    }
  };

  const publishNow = () =>
    run(() => publish.mutateAsync({ id: product.id }), 'seller.product.publishedNotice');

  return (
    <Section title={t('seller.product.publication')} testId="publication">
      <FormProblem ref={problemRef} problem={problem} testId="publication-problem" />
      <div role="status">{shown && <p className="mk-notice mk-notice--success">{t(shown)}</p>}</div>
      {product.checklist.length === 0 ? (
        product.state !== 'published' && (
          <p className="mk-notice mk-notice--success" data-testid="checklist-done">
            {t('seller.product.checklist.done')}
          </p>
        )
      ) : (
        <>
          <p>{t('seller.product.checklist.lead')}</p>
          <ul className="sp-checklist" data-testid="checklist">
            {product.checklist.map((item) => (
              <li key={item.key} data-key={item.key}>
                {item.text[language]}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="mk-actions">
        {product.state !== 'published' && (
          <button
            type="button"
            className="mk-button mk-button--primary"
            disabled={busy}
            // Incomplete, the server's refusal says what is missing: nothing to confirm yet.
            onClick={() => (product.checklist.length > 0 ? publishNow() : setConfirming('publish'))}
          >
            {t('seller.product.publish')}
          </button>
        )}
        {product.state === 'published' && (
          <button
            type="button"
            className="mk-button mk-button--danger-ghost"
            disabled={busy}
            onClick={() => setConfirming('unpublish')}
          >
            {t('seller.product.unpublish')}
          </button>
        )}
        {product.state === 'draft' && (
          <button
            type="button"
            className="mk-button mk-button--danger-ghost"
            disabled={busy}
            onClick={() => setConfirming('delete')}
          >
            {t('seller.product.deleteDraft')}
          </button>
        )}
      </div>
      <ConfirmDialog
        open={confirming === 'publish'}
        title={t('seller.product.publish.title')}
        confirmLabel={t('seller.product.publish.confirm')}
        busy={busy}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          setConfirming(null);
          void publishNow();
        }}
      >
        <p>{t('seller.product.publish.fixed')}</p>
        <ul data-testid="fixed-once-published">
          {fixedOncePublished(product.kind).map((item) => (
            <li key={item.key} data-key={item.key}>
              {item.text[language]}
            </li>
          ))}
        </ul>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'unpublish'}
        title={t('seller.product.unpublish.title')}
        confirmLabel={t('seller.product.unpublish')}
        danger
        busy={busy}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          setConfirming(null);
          void run(() => unpublish.mutateAsync({ id: product.id }), 'seller.product.unpublishedNotice');
        }}
      >
        <p>
          {t(product.kind === 'omi' ? 'seller.product.unpublish.omi' : 'seller.product.unpublish.managed')}
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'delete'}
        title={t('seller.product.delete.title')}
        confirmLabel={t('common.delete')}
        danger
        busy={busy}
        onCancel={() => setConfirming(null)}
        onConfirm={async () => {
          setConfirming(null);
          setProblem(null);
          try {
            await remove.mutateAsync({ id: product.id });
            queryClient.removeQueries({ queryKey: trpc.products.get.queryKey({ id: product.id }) });
            await queryClient.invalidateQueries({ queryKey: trpc.products.list.pathKey() });
            void navigate({ to: '/products' });
          } catch (error) {
            setProblem(apiProblem(error));
            problemRef.current?.focus();
          }
        }}
      >
        <p>{t('seller.product.delete.body', { name: textIn(product.name, language) })}</p>
      </ConfirmDialog>
    </Section>
  );
}
