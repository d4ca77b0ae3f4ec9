// What every list procedure's pages must do (see ../paging.ts), checked the same way for each list.
import type { EntityManager } from '@marketplace/db';
import { expect } from 'vitest';
import { trpcError } from './http-client.ts';

export type Page<T> = { items: T[]; nextCursor: string | null };
export type PageInput = { cursor?: string; limit?: number };

/**
 * Gives the rows (by id) creation times that test the order's edges: pairs sharing one instant (the id
 * breaks the tie), and a third row one microsecond later in the same millisecond (a JavaScript Date
 * would round it away). Returns the ids newest first, the order `created_at desc, id desc`.
 */
export async function spreadCreationTimes(em: EntityManager, table: string, ids: string[]) {
  // uuid order in PostgreSQL is the order of their lowercase text.
  const sorted = [...ids].sort();
  await em.getConnection().execute(
    `update "${table}" t set created_at = timestamptz '2026-01-01T00:00:00Z'
       + (n.i / 3) * interval '1 millisecond' + (case when n.i % 3 = 2 then 1 else 0 end) * interval '1 microsecond'
     from (select id, (array_position(?::uuid[], id) - 1) as i from "${table}" where id = any(?::uuid[])) n
     where t.id = n.id`,
    [`{${sorted.join(',')}}`, `{${sorted.join(',')}}`],
  );
  const key = (i: number) => Math.floor(i / 3) * 1000 + (i % 3 === 2 ? 1 : 0);
  return sorted
    .map((id, i) => ({ id, key: key(i) }))
    .sort((a, b) => b.key - a.key || (a.id < b.id ? 1 : -1))
    .map((r) => r.id);
}

/** Reads every page; `between(n)` runs after page n is read (e.g. to insert a row meanwhile). */
export async function readAllPages<T>(
  read: (page: PageInput) => Promise<Page<T>>,
  limit: number | undefined,
  between: (pageNumber: number) => Promise<void> = async () => {},
): Promise<T[][]> {
  const pages: T[][] = [];
  let cursor: string | undefined;
  do {
    const page = await read({ ...(cursor ? { cursor } : {}), ...(limit ? { limit } : {}) });
    pages.push(page.items);
    cursor = page.nextCursor ?? undefined;
    await between(pages.length);
    if (pages.length > 1000) throw new Error('the pages never end');
  } while (cursor);
  return pages;
}

const base64url = (text: string) => Buffer.from(text).toString('base64url');

/** A limit over the maximum, and garbled or forged cursors, are BAD_REQUEST (never a 500). */
export async function expectPagingRefusals(read: (page: PageInput) => Promise<unknown>) {
  const refusals: [string, PageInput][] = [
    ['a limit over the maximum', { limit: 101 }],
    ['a limit of 0', { limit: 0 }],
    ['a cursor that is not base64url', { cursor: 'not a cursor!' }],
    ['a cursor that is not JSON', { cursor: base64url('garbage') }],
    [
      'a cursor of no date',
      { cursor: base64url('{"k":"2026-13-45T25:61:00.000000Z","i":"00000000-0000-4000-8000-000000000000"}') },
    ],
    [
      'a cursor of year 0, which PostgreSQL has not',
      { cursor: base64url('{"k":"0000-01-01T00:00:00.000000Z","i":"00000000-0000-4000-8000-000000000000"}') },
    ],
    [
      'a cursor of an id that is no uuid',
      { cursor: base64url(`{"k":"2026-01-01T00:00:00.000000Z","i":"' or 1=1 --"}`) },
    ],
    ['a cursor of another shape', { cursor: base64url('{"o":10}') }],
  ];
  for (const [what, input] of refusals) {
    expect((await trpcError(read(input))).code, what).toBe('BAD_REQUEST');
  }
}

/**
 * The whole check for one list: pages of at most `limit`, every item once in the stated order, a row
 * added between two reads (by `insert`, returning its id) neither repeated nor repeating another, the
 * default page size, and the refusals.
 */
export async function expectKeysetPages<T extends { id: string }>(options: {
  read: (page: PageInput) => Promise<Page<T>>;
  /** Every id of the list, in its stated order. */
  expected: string[];
  insert: () => Promise<string>;
  /** Whether a new row sorts last (oldest-first lists) and so appears in a later page. */
  newestLast: boolean;
}) {
  const { read, expected } = options;
  let inserted: string | undefined;
  const pages = await readAllPages(read, 40, async (n) => {
    if (n === 1) inserted = await options.insert();
  });
  for (const page of pages) expect(page.length).toBeLessThanOrEqual(40);
  const ids = pages.flat().map((item) => item.id);
  expect(ids).toEqual(options.newestLast ? [...expected, inserted] : expected);
  expect(new Set(ids).size).toBe(ids.length);
  // The first page with no limit: the default size, 50.
  const first = await read({});
  expect(first.items).toHaveLength(50);
  expect(first.nextCursor).toEqual(expect.any(String));
  await expectPagingRefusals(read);
}
