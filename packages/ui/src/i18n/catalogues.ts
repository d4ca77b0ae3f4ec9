// Both whole catalogues, for tests and tools (the browser tests compare what a page shows with them).
// The portals never import this module: they load only their own part in the shown language (`load.ts`).
import type { Language } from '@marketplace/domain';
import { buyingEn } from './buying.en.ts';
import { buyingFr } from './buying.fr.ts';
import type { English, Messages } from './catalogue.ts';
import { commonEn } from './common.en.ts';
import { commonFr } from './common.fr.ts';
import { sellingEn } from './selling.en.ts';
import { sellingFr } from './selling.fr.ts';
import { usageEn } from './usage.en.ts';
import { usageFr } from './usage.fr.ts';

export const en: English = { ...commonEn, ...buyingEn, ...sellingEn, ...usageEn };
export const fr: Messages = { ...commonFr, ...buyingFr, ...sellingFr, ...usageFr };

export const catalogues: Readonly<Record<Language, Messages>> = { en, fr };

/** Each portal's part of the catalogue: what its pages may show (`load.ts` loads the same parts). */
export const portalCatalogues = {
  buyer: { en: { ...commonEn, ...buyingEn, ...usageEn }, fr: { ...commonFr, ...buyingFr, ...usageFr } },
  seller: { en: { ...commonEn, ...sellingEn, ...usageEn }, fr: { ...commonFr, ...sellingFr, ...usageFr } },
} as const;
