import { useI18n } from '@marketplace/ui';
import { licenceLink } from '../buying/api.ts';
import { downloadText } from '../subscriptions/download.ts';

/** The documentation and licence entries of a resources list (`<dl>`), shared by product and subscription. */
export function DocumentationAndLicence({
  documentationUrl,
  licence,
  productName,
  downloadable = false,
}: {
  documentationUrl: string | null;
  licence: string | null;
  productName: string;
  /** My subscriptions offers the licence as a file to keep. */
  downloadable?: boolean;
}) {
  const { t } = useI18n();
  const href = licence ? licenceLink(licence) : null;
  return (
    <>
      {documentationUrl && (
        <>
          <dt>{t('buy.product.documentation')}</dt>
          <dd>
            <a href={documentationUrl} rel="noopener noreferrer">
              {t('buy.product.openDocumentation')}
            </a>
          </dd>
        </>
      )}
      {licence && (
        <>
          <dt>{t('buy.product.licence')}</dt>
          <dd>
            {href ? (
              <>
                <a href={href} rel="noopener noreferrer">
                  {t('buy.product.readLicence')}
                </a>
                {downloadable && href.startsWith('/files/') && (
                  <>
                    {' · '}
                    <a href={`${href}?download=1`}>{t('buy.mine.download')}</a>
                  </>
                )}
              </>
            ) : (
              <>
                <details>
                  <summary>{t('buy.product.readLicence')}</summary>
                  <p className="bp-prose bp-licence">{licence}</p>
                </details>
                {downloadable && (
                  <button
                    type="button"
                    className="mk-button mk-button--secondary mk-button--small"
                    onClick={() => downloadText(`${productName} - licence.txt`, licence)}
                  >
                    {t('buy.mine.download')}
                  </button>
                )}
              </>
            )}
          </dd>
        </>
      )}
    </>
  );
}
