import { CatalogContents } from './CatalogContents.tsx';
import { Hero } from './Hero.tsx';
import { HowItWorks } from './HowItWorks.tsx';
import { SellBand } from './SellBand.tsx';

/** The catalog's landing page: search first, then what the catalog holds and how buying works. */
export function LandingPage({ sellerPortalHref }: { sellerPortalHref: string }) {
  return (
    <>
      <Hero />
      <CatalogContents />
      <HowItWorks />
      <SellBand href={sellerPortalHref} />
    </>
  );
}
