import './no-eval.ts';
// The seller's sales: My sales (and its CSV export), licence keys.
import { KEY_STATUSES, LICENCE_KEY_TEXT_MAX, SALE_SORTS, SUBSCRIPTION_STATES } from '@marketplace/domain';
import { z } from 'zod';
import { say } from './messages.ts';
import { pageFields } from './paging.ts';
import { id, paragraph } from './text.ts';

/** The filters of My sales, shared by sales.list and GET /sales.csv. */
export const salesFilter = {
  productId: z.uuid().optional(),
  state: z.enum(SUBSCRIPTION_STATES).optional(),
  keyStatus: z.enum(KEY_STATUSES).optional(),
  sort: z.enum(SALE_SORTS).optional(),
};

export const licenceKeyInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    // Line breaks kept (a licence block); the spaces around it are not part of the key.
    text: paragraph()
      .trim()
      .min(1, say('keyText', { max: LICENCE_KEY_TEXT_MAX }))
      .max(LICENCE_KEY_TEXT_MAX, say('keyText', { max: LICENCE_KEY_TEXT_MAX })),
  }),
  /** A file uploaded to POST /files?purpose=licence_key. */
  z.object({ kind: z.literal('file'), fileId: z.uuid(say('chooseFile')) }),
]);

export const salesListInput = z.object({ ...pageFields, ...salesFilter }).optional();
export const salesAllocateKeyInput = z.object({ subscriptionId: id(), key: licenceKeyInput });
export const salesKeyHistoryInput = z.object({ subscriptionId: id() });
/** GET /sales.csv: the filters of My sales and the language of the headings. */
export const salesCsvQuery = z.object({ ...salesFilter, language: z.string().optional() });

/**
 * The licence key dialog: a text or a file, as the seller gives it (`text` and `fileId` both kept while
 * the choice changes); checked, and sent, as `licenceKeyInput`.
 */
export const licenceKeyForm = licenceKeyInput;
