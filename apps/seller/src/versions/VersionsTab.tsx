import type { VersionState } from '@marketplace/domain';
import {
  type ApiProblem,
  apiProblem,
  ConfirmDialog,
  FormProblem,
  formatDate,
  useI18n,
  useTRPC,
} from '@marketplace/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { Product, ProductVersion } from '../selling/api.ts';
import { textIn } from '../selling/api.ts';
import { CopyProgress } from './CopyProgress.tsx';
import { NewVersionForm } from './NewVersionForm.tsx';
import { ReleaseNotesForm } from './ReleaseNotesForm.tsx';

const BADGE: Record<VersionState, string> = {
  draft: 'mk-badge--warning',
  publishing: 'mk-badge--warning',
  available: 'mk-badge--success',
  failed: 'mk-badge--danger',
  unpublishing: 'mk-badge--warning',
  unpublished: '',
};

/** When the version last changed hands: unpublished on, else published on (the server's dates). */
function VersionDate({ version }: { version: ProductVersion }) {
  const { t, language } = useI18n();
  if (version.state === 'unpublished') {
    return version.unpublishedAt ? (
      <span className="mk-muted" data-testid="version-date">
        {t('seller.versions.unpublishedAt', { date: formatDate(version.unpublishedAt, language) })}
      </span>
    ) : null;
  }
  return version.publishedAt ? (
    <span className="mk-muted" data-testid="version-date">
      {t('seller.versions.publishedAt', { date: formatDate(version.publishedAt, language) })}
    </span>
  ) : null;
}

/** The versions of an OMI product: add one, publish it, follow its copies, unpublish it. */
export function VersionsTab({ product }: { product: Product }) {
  const { t, language } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const publish = useMutation(trpc.products.versions.publish.mutationOptions());
  const unpublish = useMutation(trpc.products.versions.unpublish.mutationOptions());
  const [unpublishing, setUnpublishing] = useState<ProductVersion | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  if (product.kind !== 'omi') return <p className="mk-muted">{t('seller.versions.managed')}</p>;

  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.products.get.queryKey({ id: product.id }) });
  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
      await refresh();
    } catch (error) {
      setProblem(apiProblem(error));
      problemRef.current?.focus();
    }
  };

  return (
    <div className="mk-stack sp-versions">
      <p>{t('seller.versions.lead')}</p>
      <FormProblem ref={problemRef} problem={problem} testId="versions-problem" />
      {product.versions.length === 0 ? (
        <p className="mk-muted">{t('seller.versions.none')}</p>
      ) : (
        <ul className="sp-version-list">
          {product.versions.map((version) => {
            const state = version.state as VersionState;
            const publishable = product.state === 'published' && (state === 'draft' || state === 'failed');
            const unpublishable = state === 'publishing' || state === 'available' || state === 'failed';
            return (
              <li key={version.id} className="sp-version" data-testid="version" data-name={version.name}>
                <div className="sp-version__head">
                  <h3>{version.name}</h3>
                  <span className={`mk-badge ${BADGE[state]}`} data-testid="version-state" data-state={state}>
                    {t(`seller.versionState.${state}`)}
                  </span>
                  <VersionDate version={version} />
                </div>
                {editing === version.id ? (
                  <ReleaseNotesForm version={version} onDone={() => setEditing(null)} onSaved={refresh} />
                ) : (
                  textIn(version.releaseNotes, language) && (
                    <p className="sp-version__notes">{textIn(version.releaseNotes, language)}</p>
                  )
                )}
                <dl className="mk-details mk-details--compact">
                  <div>
                    <dt>{t('seller.versions.sources')}</dt>
                    <dd>
                      {version.sources.map((s) => (
                        <span key={s.region} className="sp-source">
                          {s.region}: <code>{s.imageId}</code>
                        </span>
                      ))}
                    </dd>
                  </div>
                </dl>
                {version.copies.length > 0 && (
                  <section className="sp-copies" aria-label={t('seller.versions.copies')}>
                    {version.copies.map((copy) => (
                      <CopyProgress key={copy.region} copy={copy} />
                    ))}
                  </section>
                )}
                {state === 'draft' && product.state !== 'published' && (
                  <p className="mk-field__hint">{t('seller.versions.productFirst')}</p>
                )}
                <div className="mk-actions">
                  {editing !== version.id && (
                    <button
                      type="button"
                      className="mk-button mk-button--secondary mk-button--small"
                      aria-label={t('seller.versions.editNotesOf', { name: version.name })}
                      onClick={() => setEditing(version.id)}
                    >
                      {t('seller.versions.editNotes')}
                    </button>
                  )}
                  {publishable && (
                    <button
                      type="button"
                      className="mk-button mk-button--primary mk-button--small"
                      aria-label={t('seller.versions.publishOf', { name: version.name })}
                      disabled={publish.isPending}
                      onClick={() => run(() => publish.mutateAsync({ id: version.id }))}
                    >
                      {t('seller.versions.publish')}
                    </button>
                  )}
                  {unpublishable && (
                    <button
                      type="button"
                      className="mk-button mk-button--danger-ghost mk-button--small"
                      aria-label={t('seller.versions.unpublishOf', { name: version.name })}
                      onClick={() => setUnpublishing(version)}
                    >
                      {t('seller.versions.unpublish')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <NewVersionForm product={product} onCreated={refresh} />
      <ConfirmDialog
        open={unpublishing !== null}
        title={t('seller.versions.unpublish.title', { name: unpublishing?.name ?? '' })}
        confirmLabel={t('seller.versions.unpublish')}
        danger
        busy={unpublish.isPending}
        onCancel={() => setUnpublishing(null)}
        onConfirm={() => {
          const target = unpublishing;
          setUnpublishing(null);
          if (target) void run(() => unpublish.mutateAsync({ id: target.id }));
        }}
      >
        <p>{t('seller.versions.unpublish.body')}</p>
      </ConfirmDialog>
    </div>
  );
}
