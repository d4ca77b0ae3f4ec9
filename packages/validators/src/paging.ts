import './no-eval.ts';
// One shape for every list procedure: `{ cursor?, limit? }` in, `{ items, nextCursor }` out. A limit over
// the maximum is refused (BAD_REQUEST), as catalog.search's, rather than silently clamped.
import { z } from 'zod';
import { say } from './messages.ts';
import { wholeNumber } from './text.ts';

export const PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

/** The paging fields, to spread into a list procedure's input object beside its own fields. */
export const pageFields = {
  /** The previous page's `nextCursor`: opaque base64url text. */
  cursor: z
    .string()
    .max(300)
    .regex(/^[A-Za-z0-9_-]+$/, say('format'))
    .optional(),
  limit: wholeNumber(1, MAX_PAGE_SIZE).optional(),
};

/** The input of a list that has no other field; the whole input may be left out. */
export const pageInput = z.object(pageFields).optional();
