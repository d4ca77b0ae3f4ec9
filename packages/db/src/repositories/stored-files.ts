// Uploaded files and what uses them. Products and showcases hold a file's address (`/files/<id>`) in
// their logo, screenshots and licence fields, not a foreign key: a file is "attached" when one of its
// organization's products or its showcase holds its address, and "published" when that product or
// showcase has been published (a product unpublished since keeps it: its subscribers still read it).
// A licence agreement's earlier versions keep their files too: subscriptions bound by them read them.
// Versions exist from a product's first publication on, so a version's file is always published.
// A licence key file is attached once a licence key version holds it (a foreign key), and never
// published: only its seller and the subscription's buyer read it.
import { storedFilePath, UPLOAD_PURPOSES } from '@marketplace/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { lockForTransaction } from './advisory-lock.ts';

const ADDRESS_PREFIX = storedFilePath('');

/**
 * SQL: whether a product or showcase of the file's organization holds the address of file `f` (or,
 * unless only published holders count, a licence key version holds the file).
 */
const heldBy = (published: boolean) => `(
  ${published ? '' : 'exists (select 1 from licence_key k where k.file_id = f.id) or'}
  exists (
    select 1 from product p
    where p.organization_id = f.organization_id ${published ? 'and p.published_at is not null' : ''}
      and (p.logo_url = ?::text || f.id or p.licence = ?::text || f.id
        or exists (select 1 from unnest(p.screenshot_urls) u where btrim(u) = ?::text || f.id))
  ) or exists (
    select 1 from licence_version lv join product lp on lp.id = lv.product_id
    where lp.organization_id = f.organization_id and lv.licence = ?::text || f.id
  ) or exists (
    select 1 from showcase s
    where s.organization_id = f.organization_id ${published ? 'and s.published_at is not null' : ''}
      and s.logo_url = ?::text || f.id
  ))`;
const HELD_BY_PARAMS = [ADDRESS_PREFIX, ADDRESS_PREFIX, ADDRESS_PREFIX, ADDRESS_PREFIX, ADDRESS_PREFIX];

const run = <T extends Record<string, unknown>>(em: EntityManager, sql: string, params: unknown[]) =>
  em.getConnection().execute<T[]>(sql, params, 'all', em.getTransactionContext());

/**
 * Makes the organization's uploads wait for each other until the caller's transaction ends, so that
 * the usage read next stays true until the new file is stored (a burst cannot pass the quota).
 */
export const lockOrganizationUploads = (em: EntityManager, organizationId: string) =>
  lockForTransaction(em, `uploads:${organizationId}`);

export type StoredFileUsage = { bytes: number; unattached: number };

/** What an organization keeps: the bytes of all its files, and how many uploads nothing uses yet. */
export async function storedFileUsage(em: EntityManager, organizationId: string): Promise<StoredFileUsage> {
  const [row] = await run<{ bytes: string; unattached: string }>(
    em,
    `select coalesce(sum(f.size), 0)::text as bytes,
       count(*) filter (where f.purpose in (${UPLOAD_PURPOSES.map(() => '?').join(', ')})
         and not ${heldBy(false)})::text as unattached
     from stored_file f where f.organization_id = ?`,
    [...UPLOAD_PURPOSES, ...HELD_BY_PARAMS, organizationId],
  );
  return { bytes: Number(row?.bytes ?? 0), unattached: Number(row?.unattached ?? 0) };
}

/**
 * Whether the file is held by a published product or showcase: then anyone may read it. Never a
 * licence key, whatever a product's texts hold.
 */
export async function isStoredFilePublished(em: EntityManager, fileId: string): Promise<boolean> {
  const [row] = await run<{ published: boolean }>(
    em,
    `select f.purpose <> 'licence_key' and ${heldBy(true)} as published from stored_file f where f.id = ?`,
    [...HELD_BY_PARAMS, fileId],
  );
  return row?.published === true;
}

/** Deletes the uploads sent before `before` that no product or showcase holds; says how many. */
export async function deleteUnattachedUploads(em: EntityManager, before: Date): Promise<number> {
  const deleted = await run<{ id: string }>(
    em,
    `delete from stored_file f
     where f.created_at < ? and f.purpose in (${UPLOAD_PURPOSES.map(() => '?').join(', ')})
       and not ${heldBy(false)}
     returning f.id`,
    [before, ...UPLOAD_PURPOSES, ...HELD_BY_PARAMS],
  );
  return deleted.length;
}
