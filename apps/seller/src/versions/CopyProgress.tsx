import type { CopyState } from '@marketplace/domain';
import { useI18n } from '@marketplace/ui';
import type { Copy } from '../selling/api.ts';

const BADGE: Record<CopyState, string> = {
  pending: 'mk-badge--warning',
  copying: 'mk-badge--warning',
  available: 'mk-badge--success',
  failed: 'mk-badge--danger',
  deleting: 'mk-badge--warning',
  deleted: '',
};

/** One copy of a version in one region: its state in words, a progress bar while copying, its image. */
export function CopyProgress({ copy }: { copy: Copy }) {
  const { t } = useI18n();
  const label = t('seller.versions.copy.progress', { region: copy.region });
  const state = copy.state as CopyState;
  const visibility = copy.visibility as 'public' | 'private';
  return (
    <div className="sp-copy" data-testid="copy" data-region={copy.region} data-state={state}>
      <div className="sp-copy__head">
        <span className="sp-copy__region">{copy.region}</span>
        <span className={`mk-badge ${BADGE[state]}`} data-testid="copy-state">
          {t(`seller.copyState.${state}`)}
        </span>
        {copy.imageId && state !== 'deleted' && (
          <span className="sp-copy__image">
            {t('seller.versions.copy.image')} <code data-testid="copy-image">{copy.imageId}</code> ·{' '}
            {t(`seller.visibility.${visibility}`)}
          </span>
        )}
      </div>
      {(state === 'pending' || state === 'copying') && (
        <div
          className="sp-progress"
          role="progressbar"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={copy.progress}
          aria-valuetext={`${copy.progress} %`}
        >
          <div className="sp-progress__bar" style={{ width: `${copy.progress}%` }} />
        </div>
      )}
      {copy.error && state === 'failed' && (
        <p className="mk-field__error" role="alert">
          {copy.error}
        </p>
      )}
    </div>
  );
}
