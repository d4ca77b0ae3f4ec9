import type { ProductState } from '@marketplace/domain';
import {
  apiProblem,
  ContentPage,
  formatDate,
  Link,
  Loading,
  MessagePage,
  NotFoundPage,
  useI18n,
  useRoute,
  useTRPC,
} from '@marketplace/ui';
import { useQuery } from '@tanstack/react-query';
import { ProductStateBadge } from '../products/ProductStateBadge.tsx';
import { type Product, PUBLICATION_REFRESH_MS, productInProgress, textIn } from '../selling/api.ts';
import { RequireSeller } from '../selling/RequireSeller.tsx';
import { Tabs } from '../selling/Tabs.tsx';
import { VersionsTab } from '../versions/VersionsTab.tsx';
import { MediaTab } from './MediaTab.tsx';
import { OffersTab } from './OffersTab.tsx';
import { PublicationPanel } from './PublicationPanel.tsx';
import { SubscribersTab } from './SubscribersTab.tsx';
import { TextsTab } from './TextsTab.tsx';

const TABS = ['texts', 'media', 'offers', 'versions', 'subscribers'] as const;
type Tab = (typeof TABS)[number];
const isTab = (value: string | null): value is Tab => TABS.includes(value as Tab);

export function ProductEditorPage({ id }: { id: string }) {
  return <RequireSeller>{() => <ProductEditor id={id} />}</RequireSeller>;
}

function ProductEditor({ id }: { id: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  // While a copy is being made or deleted, the page follows the jobs every 2 s.
  const product = useQuery(
    trpc.products.get.queryOptions(
      { id },
      { refetchInterval: (query) => (productInProgress(query.state.data) ? PUBLICATION_REFRESH_MS : false) },
    ),
  );
  if (product.error) {
    const code = apiProblem(product.error).code;
    if (code === 'NOT_FOUND' || code === 'BAD_REQUEST') return <NotFoundPage />;
    return (
      <MessagePage
        testId="load-error"
        title={t('common.loadError.title')}
        body={t('common.loadError.body')}
      />
    );
  }
  if (!product.data) return <Loading />;
  return <Editor product={product.data} />;
}

function Editor({ product }: { product: Product }) {
  const { t, language } = useI18n();
  const { query, navigate } = useRoute();
  const requested = query.get('tab');
  const tab: Tab = isTab(requested) ? requested : 'texts';
  const title = textIn(product.name, language) || t('seller.products.untitled');
  // The forms start from what was saved and keep what is typed; publication (which fixes some fields)
  // starts them again.
  const formKey = product.state;
  const panel = (() => {
    switch (tab) {
      case 'texts':
        return <TextsTab key={formKey} product={product} />;
      case 'media':
        return <MediaTab key={formKey} product={product} />;
      case 'offers':
        return <OffersTab key={formKey} product={product} />;
      case 'versions':
        return <VersionsTab product={product} />;
      case 'subscribers':
        return <SubscribersTab productId={product.id} />;
      default: {
        const unknown: never = tab;
        throw new Error(`unknown tab ${String(unknown)}`);
      }
    }
  })();
  return (
    <ContentPage
      title={title}
      lead={
        <Link to="/products">
          <span aria-hidden="true">← </span>
          {t('seller.product.backToList')}
        </Link>
      }
    >
      <dl className="mk-details mk-details--compact sp-product-facts" data-testid="product-facts">
        <div>
          <dt>{t('seller.product.state')}</dt>
          <dd>
            <ProductStateBadge state={product.state as ProductState} />
          </dd>
        </div>
        <div>
          <dt>{t('seller.product.kind')}</dt>
          <dd>{t(`seller.kind.${product.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('seller.product.code')}</dt>
          <dd data-testid="product-code">
            {product.productCode ? <code>{product.productCode}</code> : t('seller.product.noCode')}
          </dd>
        </div>
        <div>
          <dt>{t('seller.product.updatedAt')}</dt>
          <dd>{formatDate(product.updatedAt, language)}</dd>
        </div>
      </dl>
      <PublicationPanel product={product} />
      <Tabs
        label={t('seller.product.sections')}
        testId="product-tabs"
        selected={tab}
        onSelect={(next) =>
          navigate(`/products/${product.id}?tab=${next}`, { replace: true, keepFocus: true })
        }
        tabs={TABS.filter((id) => id !== 'versions' || product.kind === 'omi').map((id) => ({
          id,
          label: t(`seller.product.tab.${id}`),
        }))}
      >
        {panel}
      </Tabs>
    </ContentPage>
  );
}
