import './no-eval.ts';
// The buyer's subscriptions: subscribing, listing, cancelling.
import { REGIONS } from '@marketplace/domain';
import { z } from 'zod';
import { commitment, licenceCount, typedCount, vmCount, vmType } from './catalog.ts';
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

/** The reserved VMs as the subscribe form types them (the counts are text fields), checked when asked. */
const typedReservation = {
  vmType: vmType(),
  vmCount: typedCount(vmCount()),
  commitment: commitment(),
  licences: typedCount(licenceCount().optional()),
};
/** The same fields left unchecked: the buyer did not ask to record an estimate. */
const unusedReservation = {
  vmType: z.string(),
  vmCount: z.string(),
  commitment: commitment(),
  licences: z.string(),
};

/** A date field: empty is no date, otherwise the input's own rule. */
const typedDate = z
  .string()
  .transform((text) => (text.trim() === '' ? undefined : text.trim()))
  .pipe(subscriptionsCreateInput.shape.startDate);

/**
 * The subscribe page's form, derived from `subscriptionsCreateInput`: the same rules field by field
 * (the reservation's only when `reserve` is ticked), its output the procedure's input without
 * `productId` and `licenceVersion` (the page adds them). `licence`: the product has an agreement, which
 * the buyer accepts to subscribe (the server refuses otherwise, with the same words).
 */
export const subscribeForm = ({ licence }: { licence: boolean }) => {
  const common = subscriptionsCreateInput
    .pick({ offerId: true, region: true, outscaleAccountIds: true })
    .extend({
      startDate: typedDate,
      licenceAccepted: licence ? z.literal(true, say('acceptLicence')) : z.boolean(),
    });
  return z
    .discriminatedUnion('reserve', [
      common.extend({ reserve: z.literal(true), ...typedReservation }),
      common.extend({ reserve: z.literal(false), ...unusedReservation }),
    ])
    .transform((form) => {
      const { offerId, region, outscaleAccountIds, startDate, licenceAccepted } = form;
      return {
        offerId,
        region,
        outscaleAccountIds,
        ...(startDate ? { startDate } : {}),
        licenceAccepted,
        ...(form.reserve
          ? {
              reservation: {
                vmType: form.vmType,
                vmCount: form.vmCount,
                commitment: form.commitment,
                ...(form.licences ? { licences: form.licences } : {}),
              },
            }
          : {}),
      };
    });
};

/** What the subscribe form holds as the buyer types (every count a text, the choices as chosen). */
export type SubscribeFormValues = {
  offerId: string;
  region: (typeof REGIONS)[number];
  outscaleAccountIds: string[];
  startDate: string;
  reserve: boolean;
  vmType: string;
  vmCount: string;
  commitment: 'on_demand' | 'one_year';
  licences: string;
  licenceAccepted: boolean;
};
