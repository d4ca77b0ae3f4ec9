import { LinkedOutscaleAccount } from './linked-outscale-account.ts';
import { MarketplaceAccount } from './marketplace-account.ts';
import { Organization } from './organization.ts';
import { Session } from './session.ts';

export { LinkedOutscaleAccount } from './linked-outscale-account.ts';
export { type EimState, MarketplaceAccount } from './marketplace-account.ts';
export { Organization } from './organization.ts';
export { Session } from './session.ts';

export const entities = [Organization, MarketplaceAccount, Session, LinkedOutscaleAccount];
