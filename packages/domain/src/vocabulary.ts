// The marketplace's own words, shared by the server and both portals.

export const REGIONS = ['cloudgouv-eu-west-1', 'eu-west-2'] as const;
export type Region = (typeof REGIONS)[number];
/** Every organization needs its OUTSCALE account in this region to use the marketplace. */
export const HOME_REGION: Region = 'cloudgouv-eu-west-1';

export const ORGANIZATION_TYPES = ['buyer', 'seller'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const ROLES = ['admin', 'user'] as const;
export type Role = (typeof ROLES)[number];

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

export const PRODUCT_KINDS = ['omi', 'managed'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

export const OFFER_TYPES = ['hourly', 'free', 'byol', 'subscription'] as const;
export type OfferType = (typeof OFFER_TYPES)[number];

/** Every buyer-facing text exists in both languages. */
export type Text = Record<Language, string>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function isRegion(value: unknown): value is Region {
  return typeof value === 'string' && (REGIONS as readonly string[]).includes(value);
}
