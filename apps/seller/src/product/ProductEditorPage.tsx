import type { ProductSectionKey, ProductState } from '@marketplace/domain';
import {
  apiProblem,
  ContentPage,
  formatDate,
  Link,
  Loading,
  MessagePage,
  NotFoundPage,
  useI18n,
  useTRPC,
} from '@marketplace/ui';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { ProductStateBadge } from '../products/ProductStateBadge.tsx';
import { type Product, PUBLICATION_REFRESH_MS, productInProgress, textIn } from '../selling/api.ts';
import { RequireSeller } from '../selling/RequireSeller.tsx';
import { Tabs } from '../selling/Tabs.tsx';
import { VersionsTab } from '../versions/VersionsTab.tsx';
import { ActivationSection } from './ActivationSection.tsx';
import { DeploymentTemplateSection } from './DeploymentTemplateSection.tsx';
import { GeneralSection } from './GeneralSection.tsx';
import { LicenceSection } from './LicenceSection.tsx';
import { OffersTab } from './OffersTab.tsx';
import { PublicationPanel } from './PublicationPanel.tsx';
import { SectionPanel, SectionTabLabel } from './SectionPanel.tsx';
import { SubscribersTab } from './SubscribersTab.tsx';

/** The form's sections (the product's own, as the server lists them), then its subscribers. */
type Tab = ProductSectionKey | 'subscribers';

const route = getRouteApi('/products/$id');

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
  const navigate = route.useNavigate();
  const tabs: Tab[] = [...product.sections.map((section) => section.key), 'subscribers'];
  const requested = route.useSearch().tab;
  // A section the product no longer has (its offers changed, say) opens the general information.
  const tab = tabs.find((id) => id === requested) ?? 'general';
  const title = textIn(product.name, language) || t('seller.products.untitled');
  // The forms start from what was saved and keep what is typed; publication (which fixes some fields)
  // starts them again.
  const formKey = product.state;
  const form = (key: ProductSectionKey) => {
    switch (key) {
      case 'general':
        return <GeneralSection key={formKey} product={product} />;
      case 'versions':
        return <VersionsTab product={product} />;
      case 'offers':
        return <OffersTab key={formKey} product={product} />;
      case 'licence':
        return <LicenceSection key={formKey} product={product} />;
      case 'activation':
        return <ActivationSection key={formKey} product={product} />;
      case 'deploymentTemplate':
        return <DeploymentTemplateSection key={formKey} product={product} />;
      default: {
        const unknown: never = key;
        throw new Error(`unknown section ${String(unknown)}`);
      }
    }
  };
  const section = product.sections.find((s) => s.key === tab);
  const panel = section ? (
    <SectionPanel section={section}>{form(section.key)}</SectionPanel>
  ) : (
    <section className="sp-section" aria-labelledby="section-subscribers-title">
      <h2 id="section-subscribers-title" className="sp-section__title">
        {t('seller.product.tab.subscribers')}
      </h2>
      <SubscribersTab productId={product.id} />
    </section>
  );
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
          // Another tab of the same page: no history entry, the focus and the scroll stay.
          void navigate({ search: { tab: next }, replace: true, resetScroll: false })
        }
        orientation="vertical"
        tabs={[
          ...product.sections.map((s) => ({ id: s.key, label: <SectionTabLabel section={s} /> })),
          { id: 'subscribers' as const, label: t('seller.product.tab.subscribers') },
        ]}
      >
        {panel}
      </Tabs>
    </ContentPage>
  );
}
