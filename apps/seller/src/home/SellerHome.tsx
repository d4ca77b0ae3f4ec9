import {
  ContentPage,
  IDENTITY_ROUTES,
  isAdmin,
  Link,
  Loading,
  type Me,
  type PlainMessageKey,
  personName,
  useI18n,
  useMe,
} from '@marketplace/ui';
import { BecomeSeller } from '../selling/BecomeSeller.tsx';
import { SignInPage } from '../sign-in/SignInPage.tsx';
import { SellingOverview } from './SellingOverview.tsx';

/** `/seller/`: the sign-in page for visitors, the dashboard for signed-in people. */
export function SellerHome() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  return me.data ? <Workspace me={me.data} /> : <SignInPage />;
}

type Tile = {
  to: (typeof IDENTITY_ROUTES)['profile' | 'organization' | 'accounts' | 'outscaleAccounts' | 'operator'];
  title: PlainMessageKey;
  body: PlainMessageKey;
};

function tilesFor(me: Me): Tile[] {
  const tiles: Tile[] = [{ to: IDENTITY_ROUTES.profile, title: 'menu.profile', body: 'home.profile' }];
  if (me.organization) {
    tiles.push({ to: IDENTITY_ROUTES.organization, title: 'menu.organization', body: 'home.organization' });
  }
  if (isAdmin(me)) {
    tiles.push(
      { to: IDENTITY_ROUTES.accounts, title: 'menu.accounts', body: 'home.accounts' },
      { to: IDENTITY_ROUTES.outscaleAccounts, title: 'menu.outscaleAccounts', body: 'home.outscaleAccounts' },
    );
  }
  if (me.account.operator) {
    tiles.push({ to: IDENTITY_ROUTES.operator, title: 'menu.operator', body: 'home.operator' });
  }
  return tiles;
}

function Workspace({ me }: { me: Me }) {
  const { t } = useI18n();
  const name = personName(me);
  const seller = me.organization?.types.includes('seller') && me.account.roles.includes('user');
  return (
    <ContentPage
      title={name ? t('home.welcome', { name }) : t('home.welcomeNoName')}
      lead={
        me.organization
          ? seller
            ? t('seller.dashboard.lead', { organization: me.organization.name })
            : me.organization.name
          : t('home.lead')
      }
    >
      {seller ? (
        <SellingOverview />
      ) : (
        me.organization && (
          <section className="sp-block" aria-labelledby="sh-sell-title">
            <h2 id="sh-sell-title" className="sp-block__title">
              {t('seller.notSeller.title')}
            </h2>
            <BecomeSeller me={me} />
          </section>
        )
      )}
      <section className="sp-block" aria-labelledby="sh-account-title">
        <h2 id="sh-account-title" className="sp-block__title">
          {t('seller.dashboard.account')}
        </h2>
        <ul className="sh-tiles" data-testid="seller-workspace">
          {tilesFor(me).map((tile) => (
            <li key={tile.to}>
              <Link className="sh-tile" to={tile.to}>
                <strong>{t(tile.title)}</strong>
                <span>{t(tile.body)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </ContentPage>
  );
}
