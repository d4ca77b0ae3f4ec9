// One shape for every list procedure: `{ cursor?, limit? }` in (the schema is @marketplace/validators'
// `pageFields`), `{ items, nextCursor }` out, pages in a stable order by keyset (see keysetPage in
// @marketplace/db). A limit over the maximum is refused (BAD_REQUEST) rather than silently clamped.
export { MAX_PAGE_SIZE, PAGE_SIZE } from '@marketplace/validators';

export type PageRequest = { cursor?: string | undefined; limit?: number | undefined };
