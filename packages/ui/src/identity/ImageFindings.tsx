import type { SourceImageRefusal } from '@marketplace/domain';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { PlainMessageKey } from '../i18n/catalogue.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Loading, Section } from '../pages/layout.tsx';
import { useTRPC } from '../trpc/context.ts';
import { formatDate } from './dates.ts';

const REASONS: Record<SourceImageRefusal, PlainMessageKey> = {
  not_found: 'operator.findings.reason.not_found',
  other_owner: 'operator.findings.reason.other_owner',
  marketplace_owner: 'operator.findings.reason.marketplace_owner',
  keys_refused: 'operator.findings.reason.keys_refused',
  not_shared: 'operator.findings.reason.not_shared',
  not_available: 'operator.findings.reason.not_available',
};

/**
 * Versions whose source OMI the ownership audit could not prove their seller's own. Shown for the
 * operator to decide: nothing is unpublished automatically.
 */
export function ImageFindings() {
  const { t, language } = useI18n();
  const trpc = useTRPC();
  const findings = useInfiniteQuery(
    trpc.operator.imageFindings.list.infiniteQueryOptions(
      { limit: 50 },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
  );
  const items = findings.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Section title={t('operator.findings')} testId="operator-image-findings">
      <p className="mk-muted">{t('operator.findings.lead')}</p>
      {!findings.data ? (
        <Loading shape="text" />
      ) : items.length === 0 ? (
        <p className="mk-muted">{t('operator.findings.none')}</p>
      ) : (
        <ul className="mk-org-list">
          {items.map((finding) => (
            <li key={finding.id} className="mk-org" data-testid="operator-image-finding">
              <div className="mk-org__head">
                <h3>
                  {finding.product.name[language]} {finding.version.name}
                </h3>
                <span className="mk-badge">{t(REASONS[finding.reason])}</span>
              </div>
              <dl className="mk-details mk-details--compact">
                <div>
                  <dt>{t('operator.findings.organization')}</dt>
                  <dd>{finding.organization.name}</dd>
                </div>
                <div>
                  <dt>{t('operator.findings.image')}</dt>
                  <dd>
                    <code>{finding.imageId}</code> · {finding.region}
                    {finding.ownerId && (
                      <>
                        {' '}
                        · {t('operator.findings.owner')} <code>{finding.ownerId}</code>
                      </>
                    )}
                  </dd>
                </div>
                <div>
                  <dt>{t('operator.findings.foundAt')}</dt>
                  <dd>{formatDate(finding.foundAt, language)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      {findings.hasNextPage && (
        <div className="mk-actions">
          <button
            type="button"
            className="mk-button mk-button--small"
            disabled={findings.isFetchingNextPage}
            onClick={() => findings.fetchNextPage()}
          >
            {t('operator.findings.more')}
          </button>
        </div>
      )}
    </Section>
  );
}
