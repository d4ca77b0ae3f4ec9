import { LinkedOutscaleAccount } from './linked-outscale-account.ts';
import { MarketplaceAccount } from './marketplace-account.ts';
import { OneTimeToken } from './one-time-token.ts';
import { Organization } from './organization.ts';
import { Session } from './session.ts';
import { SignInThrottle } from './sign-in-throttle.ts';

export { LinkedOutscaleAccount } from './linked-outscale-account.ts';
export { type EimState, MarketplaceAccount } from './marketplace-account.ts';
export { OneTimeToken, type OneTimeTokenPurpose } from './one-time-token.ts';
export { Organization } from './organization.ts';
export { Session } from './session.ts';
export { SignInThrottle } from './sign-in-throttle.ts';

export const entities = [
  Organization,
  MarketplaceAccount,
  Session,
  LinkedOutscaleAccount,
  OneTimeToken,
  SignInThrottle,
];
