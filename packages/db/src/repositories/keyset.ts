// Keyset pagination for every list of stored rows: a page is the rows after a position in a stable
// order (a timestamp, then the id to break ties), never an OFFSET, so a row inserted between two page
// reads neither repeats a row nor hides one, and a far page costs what the first one does.
import { badRequest } from '@marketplace/domain';
import {
  type EntityName,
  type FilterQuery,
  type FindOptions,
  type Loaded,
  type Populate,
  raw,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** A page: at most `limit` rows, and the cursor of the next page (null on the last one). */
export type KeysetPage<T> = { items: T[]; nextCursor: string | null };

export type KeysetQuery<E extends object, P extends string = never> = {
  where: FilterQuery<E>;
  /** A datetime property that is never null and never changes (e.g. `createdAt`). */
  sortBy: string & keyof E;
  direction: 'asc' | 'desc';
  /** The cursor given by the previous page, undefined for the first. */
  cursor: string | undefined;
  limit: number;
  populate?: Populate<E, P>;
};

/**
 * The position after a page's last row: its sort key to the microsecond, as PostgreSQL stores it (a
 * JavaScript Date would round it to the millisecond and skip rows), and its id.
 */
type Position = { key: string; id: string };

// Years 0001 to 9999 (PostgreSQL has no year 0).
// Years 0001 to 9999: PostgreSQL has no year 0 and would answer an error.
const KEY = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const INVALID = {
  en: 'This page link is no longer valid: load the list again.',
  fr: "Ce lien de page n'est plus valide : rechargez la liste.",
};

// Opaque to clients, as catalog.search's cursor: base64url of a small JSON.
const encodeCursor = (position: Position) =>
  Buffer.from(JSON.stringify({ k: position.key, i: position.id })).toString('base64url');

/** Reads a cursor back; anything not made by `encodeCursor` is BAD_REQUEST, never a database error. */
export function decodeCursor(cursor: string): Position {
  try {
    const { k, i } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      k: unknown;
      i: unknown;
    };
    // The timestamp must also be a real one (no 25th hour): PostgreSQL would refuse it with an error.
    if (
      typeof k === 'string' &&
      KEY.test(k) &&
      typeof i === 'string' &&
      UUID.test(i) &&
      new Date(k).toISOString().slice(0, 23) === k.slice(0, 23)
    )
      return { key: k, id: i };
  } catch {
    // fall through
  }
  throw badRequest(INVALID, { cursor: INVALID });
}

/**
 * One page of an entity's rows in `sortBy, id` order. Two statements: the page's ids and keys by the
 * index on the sort key, then the rows themselves (with `populate`), in the page's order.
 */
export async function keysetPage<E extends { id: string }, P extends string = never>(
  em: EntityManager,
  entity: EntityName<E>,
  query: KeysetQuery<E, P>,
): Promise<KeysetPage<Loaded<E, P>>> {
  const meta = em.getMetadata().get<E>(entity as string);
  const column = (meta.properties as Record<string, { fieldNames: string[] } | undefined>)[query.sortBy]
    ?.fieldNames[0];
  if (!column) throw new Error(`keysetPage: ${meta.className} has no ${query.sortBy}`);
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
  const qb = em
    .createQueryBuilder(entity, 'r')
    .select([
      'r.id',
      // Text to the microsecond in UTC: what the next page's cursor compares with.
      raw(`to_char(r.${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as page_key`),
    ])
    .where(query.where);
  if (after) {
    // One row comparison: PostgreSQL walks the (…, sort key, id) index from the position.
    const comparison = query.direction === 'desc' ? '<' : '>';
    qb.andWhere(`(r.${column}, r.id) ${comparison} (?::timestamptz, ?::uuid)`, [after.key, after.id]);
  }
  const rows = (await qb
    .orderBy([{ [query.sortBy]: query.direction }, { id: query.direction }] as never)
    .limit(query.limit + 1)
    .execute('all', false)) as { id: string; page_key: string }[];
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > query.limit && last ? encodeCursor({ key: last.page_key, id: last.id }) : null;
  if (page.length === 0) return { items: [], nextCursor: null };
  const ids = page.map((r) => r.id);
  const found = await em.find<E, P>(
    entity,
    { id: { $in: ids } } as unknown as FilterQuery<E>,
    {
      populate: query.populate,
    } as FindOptions<E, P>,
  );
  const byId = new Map(found.map((e) => [e.id, e]));
  // A row deleted between the two statements is left out; the cursor still moves past it.
  const items = ids.flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });
  return { items, nextCursor };
}
