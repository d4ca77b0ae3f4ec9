import { formatDate, useI18n } from '@marketplace/ui';
import type { MySubscription } from '../buying/api.ts';
import { downloadText } from './download.ts';

type Entry = MySubscription['licenceHistory'][number];
type Readable = Pick<Entry, 'version' | 'url' | 'text'>;

/**
 * The licence agreement entries of a subscription's resources list (`<dl>`): the version in force,
 * accepted when subscribing or bound by the seller since, and the versions before it.
 */
export function LicenceHistory({
  subscription: s,
  productName,
}: {
  subscription: Pick<MySubscription, 'licence' | 'licenceHistory'>;
  productName: string;
}) {
  const { t, language } = useI18n();
  const licence = s.licence;
  if (!licence) return null;
  const date = (iso: string) => formatDate(iso, language);
  return (
    <>
      <dt>{t('buy.product.licence')}</dt>
      <dd data-testid="licence-in-force" data-version={licence.version}>
        <p>
          {licence.how === 'bound_by_seller'
            ? t('buy.licence.bound', { version: licence.version, date: date(licence.acceptedAt) })
            : t('buy.licence.accepted', { version: licence.version, date: date(licence.acceptedAt) })}
        </p>
        <Agreement licence={licence} productName={productName} />
        {s.licenceHistory.length > 1 && (
          <details className="bp-licence-history" data-testid="licence-history">
            <summary>{t('buy.licence.history', { count: s.licenceHistory.length })}</summary>
            <ol>
              {s.licenceHistory.map((entry) => (
                <li key={entry.version} data-version={entry.version}>
                  {entry.how === 'bound_by_seller'
                    ? t('buy.licence.entry.bound', { version: entry.version, date: date(entry.at) })
                    : t('buy.licence.entry.accepted', { version: entry.version, date: date(entry.at) })}{' '}
                  <Agreement licence={entry} productName={productName} />
                </li>
              ))}
            </ol>
          </details>
        )}
      </dd>
    </>
  );
}

/** One version to read: its link or file (to download too), or its text. */
function Agreement({ licence, productName }: { licence: Readable; productName: string }) {
  const { t } = useI18n();
  const read = t('buy.licence.read', { version: licence.version });
  if (licence.url) {
    return (
      <span className="bp-licence-links">
        <a href={licence.url} rel="noopener noreferrer">
          {read}
        </a>
        {licence.url.startsWith('/files/') && (
          <>
            {' · '}
            <a href={`${licence.url}?download=1`}>{t('buy.mine.download')}</a>
          </>
        )}
      </span>
    );
  }
  const text = licence.text ?? '';
  return (
    <>
      <details>
        <summary>{read}</summary>
        <p className="bp-prose bp-licence">{text}</p>
      </details>
      <button
        type="button"
        className="mk-button mk-button--secondary mk-button--small"
        onClick={() => downloadText(`${productName} - licence v${licence.version}.txt`, text)}
      >
        {t('buy.mine.download')}
      </button>
    </>
  );
}
