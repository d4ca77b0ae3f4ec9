import './no-eval.ts';
// The buyer's subscriptions: subscribing, listing, cancelling.
import { REGIONS } from '@marketplace/domain';
import { z } from 'zod';
import { commitment, licenceCount, vmCount, vmType } from './catalog.ts';
import { say } from './messages.ts';
import { pageFields, pageInput } from './paging.ts';
import { id, wholeNumber } from './text.ts';

export const OUTSCALE_ACCOUNT_ID = /^\d{12}$/;

export const subscriptionsCreateInput = z.object({
  productId: id(),
  offerId: id(),
  region: z.enum(REGIONS, say('chooseRegion')),
  outscaleAccountIds: z
    .array(z.string().regex(OUTSCALE_ACCOUNT_ID, say('outscaleAccountId')))
    .min(1, say('chooseAccounts'))
    .max(100),
  startDate: z.iso.date(say('isoDate')).optional(),
  reservation: z
    .object({
      vmType: vmType(),
      vmCount: vmCount(),
      commitment: commitment(),
      licences: licenceCount().optional(),
    })
    .optional(),
  licenceAccepted: z.boolean().optional(),
  licenceVersion: wholeNumber(1, 1_000_000).optional(),
});
export const subscriptionsListInput = pageInput;
export const subscriptionsAccountsInput = z.object({ region: z.enum(REGIONS), ...pageFields });
export const subscriptionsGetInput = z.object({ id: id() });
export const subscriptionsCancelInput = z.object({ id: id() });
export const subscriptionsForProductInput = z.object({ productId: id(), ...pageFields });
