import { formatDate, useI18n } from '@marketplace/ui';
import type { MySubscription } from '../buying/api.ts';
import { CopyButton } from './CopyButton.tsx';
import './licence-key.css';

/** How the licence key file's size reads: kB up to a megabyte, then MB. */
function size(bytes: number, language: 'en' | 'fr'): string {
  const [value, unit] =
    bytes < 1024 * 1024
      ? [bytes / 1024, language === 'fr' ? 'ko' : 'kB']
      : [bytes / 1024 / 1024, language === 'fr' ? 'Mo' : 'MB'];
  return `${new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}

/**
 * The seller's licence key of a subscription to a subscription offer (SPEC §4): awaited, allocated but
 * not yet usable (before the start date), or shown, a text to copy or a file to download. Nothing
 * for offers that need none.
 */
export function LicenceKey({ subscription: s }: { subscription: MySubscription }) {
  const { t, language } = useI18n();
  if (s.keyStatus === 'not_needed') return null;
  const key = s.licenceKey;
  return (
    <section className="bp-licence-key" data-testid="licence-key" data-key-status={s.keyStatus}>
      <h3 className="bp-subscription__title">{t('buy.key.title')}</h3>
      {key ? (
        <>
          <p className="mk-muted">
            {t('buy.key.version', { version: key.version, date: formatDate(key.allocatedAt, language) })}
          </p>
          {key.kind === 'text' ? (
            <div className="bp-licence-key__text">
              <pre data-testid="licence-key-text">{key.text}</pre>
              <CopyButton value={key.text} label={t('buy.key.copy')} />
            </div>
          ) : (
            <p>
              <a
                className="mk-button mk-button--secondary mk-button--small"
                href={`${key.url}?download=1`}
                download={key.fileName}
                data-testid="licence-key-file"
              >
                {t('buy.key.download')}
              </a>{' '}
              <span className="mk-muted">
                {t('buy.key.file', { name: key.fileName, size: size(key.size, language) })}
              </span>
            </p>
          )}
        </>
      ) : s.state === 'ended' ? (
        <p className="mk-muted">{t('buy.key.none')}</p>
      ) : s.keyStatus === 'allocated' ? (
        <p className="mk-notice mk-notice--info" data-testid="licence-key-scheduled">
          {t('buy.key.scheduled', { date: formatDate(s.activatesAt, language) })}
        </p>
      ) : (
        <p className="mk-notice mk-notice--warning" data-testid="licence-key-awaiting">
          {t('buy.key.awaiting')}
        </p>
      )}
    </section>
  );
}
