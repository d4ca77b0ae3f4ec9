import { CatalogGeneration } from './catalog-generation.ts';
import { ImageCopy } from './image-copy.ts';
import { ImageOwnershipFinding } from './image-ownership-finding.ts';
import { LicenceKey } from './licence-key.ts';
import { LicenceVersion } from './licence-version.ts';
import { LinkedOutscaleAccount } from './linked-outscale-account.ts';
import { MarketplaceAccount } from './marketplace-account.ts';
import { Offer } from './offer.ts';
import { OneTimeToken } from './one-time-token.ts';
import { Organization } from './organization.ts';
import { PriceCatalogue } from './price-catalogue.ts';
import { Product } from './product.ts';
import { Session } from './session.ts';
import { Showcase } from './showcase.ts';
import { SignInThrottle } from './sign-in-throttle.ts';
import { StoredFile } from './stored-file.ts';
import { Subscription } from './subscription.ts';
import { SubscriptionLicence } from './subscription-licence.ts';
import { MeteringCursor, UsageRecord } from './usage-record.ts';
import { Version } from './version.ts';

export { CatalogGeneration } from './catalog-generation.ts';
export { ImageCopy } from './image-copy.ts';
export { ImageOwnershipFinding } from './image-ownership-finding.ts';
export { LicenceKey } from './licence-key.ts';
export { LicenceVersion } from './licence-version.ts';
export { LinkedOutscaleAccount } from './linked-outscale-account.ts';
export { type EimState, MarketplaceAccount } from './marketplace-account.ts';
export { Offer } from './offer.ts';
export { OneTimeToken, type OneTimeTokenPurpose } from './one-time-token.ts';
export { Organization } from './organization.ts';
export { PriceCatalogue } from './price-catalogue.ts';
export { Product } from './product.ts';
export { Session } from './session.ts';
export { Showcase } from './showcase.ts';
export { SignInThrottle } from './sign-in-throttle.ts';
export { STORED_FILE_PURPOSES, StoredFile, type StoredFilePurpose } from './stored-file.ts';
export { Subscription } from './subscription.ts';
export { SubscriptionLicence } from './subscription-licence.ts';
export { MeteringCursor, UsageRecord } from './usage-record.ts';
export { Version } from './version.ts';

export const entities = [
  Organization,
  MarketplaceAccount,
  Session,
  LinkedOutscaleAccount,
  OneTimeToken,
  SignInThrottle,
  Showcase,
  Product,
  Offer,
  Version,
  ImageCopy,
  ImageOwnershipFinding,
  Subscription,
  StoredFile,
  LicenceKey,
  CatalogGeneration,
  LicenceVersion,
  SubscriptionLicence,
  UsageRecord,
  MeteringCursor,
  PriceCatalogue,
];
