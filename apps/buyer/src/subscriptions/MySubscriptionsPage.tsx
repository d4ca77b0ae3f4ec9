import {
  ContentPage,
  formatDate,
  formatMoney,
  Link,
  Loading,
  nextCursor,
  pagedItems,
  RequireAccount,
  Section,
  ShowMore,
  useI18n,
  useTRPC,
} from '@marketplace/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { jobInProgress, type MySubscription, SHARING_REFRESH_MS } from '../buying/api.ts';
import { DocumentationAndLicence } from '../product/Resources.tsx';
import { ActivationProcedure } from './ActivationProcedure.tsx';
import { CancelSubscription } from './CancelSubscription.tsx';
import { CopyButton } from './CopyButton.tsx';
import { downloadText } from './download.ts';
import { LicenceHistory } from './LicenceHistory.tsx';
import { LicenceKey } from './LicenceKey.tsx';
import { SharingStatus } from './SharingStatus.tsx';

const route = getRouteApi('/subscriptions');

export function MySubscriptionsPage() {
  return <RequireAccount audience="member">{() => <MySubscriptions />}</RequireAccount>;
}

const following = (list: MySubscription[] | undefined) =>
  list?.some((s) => s.state === 'scheduled' || jobInProgress(s.sharing)) ?? false;

/** The organization's subscriptions, newest first and a page at a time, with what is needed to launch and run the product. */
function MySubscriptions() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { created, subscription: pointed } = route.useSearch();
  const list = useInfiniteQuery(
    trpc.subscriptions.list.infiniteQueryOptions(
      {},
      {
        getNextPageParam: nextCursor,
        refetchInterval: (q) => (following(pagedItems(q.state.data)) ? SHARING_REFRESH_MS : false),
      },
    ),
  );
  const subscriptions = pagedItems(list.data);
  return (
    <ContentPage title={t('buy.mine.title')} lead={t('buy.mine.lead')}>
      {created && (
        <p className="mk-notice mk-notice--success" role="status" data-testid="subscribed-notice">
          {t('buy.mine.created')}
        </p>
      )}
      {list.isError ? (
        <p className="mk-notice mk-notice--error">{list.error.message}</p>
      ) : !subscriptions ? (
        <Loading shape="cards" />
      ) : subscriptions.length === 0 ? (
        <p className="mk-muted" data-testid="no-subscriptions">
          {t('buy.mine.empty')} <Link to="/catalog">{t('buy.mine.browse')}</Link>
        </p>
      ) : (
        <>
          <ul className="bp-subscriptions">
            {subscriptions.map((subscription) => (
              <li key={subscription.id}>
                <SubscriptionCard
                  subscription={subscription}
                  highlighted={[created, pointed].includes(subscription.id)}
                />
              </li>
            ))}
          </ul>
          <ShowMore list={list} />
        </>
      )}
    </ContentPage>
  );
}

function SubscriptionCard({
  subscription: s,
  highlighted,
}: {
  subscription: MySubscription;
  highlighted: boolean;
}) {
  const { t, language } = useI18n();
  const name = s.product.name[language] || s.product.name.en;
  const unpublished = s.product.state === 'unpublished';
  return (
    <Section title={name} testId="subscription">
      <div
        className={`bp-subscription${highlighted ? ' bp-subscription--new' : ''}`}
        data-subscription-id={s.id}
      >
        <p className="bp-tags">
          <span className={`mk-badge mk-badge--${s.state === 'active' ? 'success' : 'warning'}`}>
            {t(`buy.state.${s.state}`)}
          </span>
          <span className="mk-badge">{s.offer.title[language] || t(`buy.offerType.${s.offer.type}`)}</span>
          <span className="mk-badge">{s.region}</span>
          <span className="mk-muted">{t('buy.mine.since', { date: formatDate(s.createdAt, language) })}</span>
        </p>
        <CancelSubscription subscription={s} />
        {unpublished && (
          <p className="mk-notice mk-notice--warning" data-testid="product-unpublished">
            {t('buy.mine.productUnpublished')}
          </p>
        )}
        {!unpublished && (
          <p>
            <Link to="/products/$id" params={{ id: s.product.id }}>
              {t('buy.mine.productPage')}
            </Link>
          </p>
        )}

        <LicenceKey subscription={s} />

        <h3 className="bp-subscription__title">{t('buy.mine.sharing')}</h3>
        <p>
          {t('buy.mine.accounts')}{' '}
          {s.outscaleAccountIds.map((a) => (
            <code key={a} className="bp-code">
              {a}
            </code>
          ))}
        </p>
        <SharingStatus subscription={s} />

        <h3 className="bp-subscription__title">{t('buy.mine.images')}</h3>
        {s.images.length === 0 ? (
          <p className="mk-muted">{t('buy.mine.noImages')}</p>
        ) : (
          <div className="mk-table-wrap">
            <table className="mk-table" data-testid="images">
              <thead>
                <tr>
                  <th scope="col">{t('buy.product.version')}</th>
                  <th scope="col">{t('buy.estimate.region')}</th>
                  <th scope="col">{t('buy.mine.omi')}</th>
                </tr>
              </thead>
              <tbody>
                {s.images.map((image) => (
                  <tr key={`${image.version}-${image.region}`} data-state={image.state}>
                    <th scope="row">{image.version}</th>
                    <td>{image.region}</td>
                    <td>
                      {image.state === 'available' && image.imageId ? (
                        <span className="bp-omi">
                          <code data-testid="omi-id">{image.imageId}</code>
                          <CopyButton
                            value={image.imageId}
                            label={t('buy.copy.omi', { id: image.imageId })}
                          />
                        </span>
                      ) : (
                        <span className="mk-muted" data-testid="omi-unpublished">
                          {t('buy.mine.versionUnpublished', {
                            date: image.unpublishedAt ? formatDate(image.unpublishedAt, language) : '—',
                          })}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}

        {s.price && (
          <p className="mk-muted" data-testid="recorded-price">
            {t('buy.mine.price', {
              count: s.price.vmCount,
              vmType: s.price.vmType,
              month: formatMoney(s.price.total.perMonth, language),
            })}
          </p>
        )}

        <ActivationProcedure procedure={s.activationProcedure} />

        <h3 className="bp-subscription__title">{t('buy.mine.resources')}</h3>
        <dl className="bp-facts">
          <dt>{t('buy.mine.seller')}</dt>
          <dd>
            {s.seller.showcase ? (
              <Link to="/sellers/$id" params={{ id: s.seller.id }}>
                {s.seller.name}
              </Link>
            ) : (
              s.seller.name
            )}
            {s.seller.contactEmail && (
              <>
                {' · '}
                <a href={`mailto:${s.seller.contactEmail}`}>{s.seller.contactEmail}</a>
              </>
            )}
          </dd>
          <dt>{t('buy.product.support')}</dt>
          <dd>{s.supportContact}</dd>
          <DocumentationAndLicence documentationUrl={s.documentationUrl} licence={null} productName={name} />
          <LicenceHistory subscription={s} productName={name} />
        </dl>
        {s.deploymentTemplate && (
          <details className="bp-template">
            <summary>{t('buy.mine.template')}</summary>
            <pre data-testid="deployment-template">{s.deploymentTemplate}</pre>
            <button
              type="button"
              className="mk-button mk-button--secondary mk-button--small"
              onClick={() => downloadText(`${name} - deployment.tf`, s.deploymentTemplate ?? '')}
            >
              {t('buy.mine.download')}
            </button>
          </details>
        )}
      </div>
    </Section>
  );
}
