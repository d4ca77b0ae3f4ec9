// The baseline: a bare Fastify route on a plain pg pool that runs the very same search as catalog.search
// (the repository's searchCatalogOn, on a pg pool instead of MikroORM's connection) and answers the same
// JSON at the same URL, without tRPC, zod, MikroORM, the request context or the logger.
// Run as its own process: `node --import tsx bare-server.ts` with DATABASE_URL and PORT.
import { type CatalogDatabase, type CatalogQuery, searchCatalogOn } from '@marketplace/db';
import type { Language } from '@marketplace/domain';
import Fastify from 'fastify';
import pg from 'pg';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is required');
// The same pool size as the marketplace's MikroORM pool (packages/db's ormConfig).
const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(process.env.POOL_MAX ?? 10) });

const database: CatalogDatabase = {
  execute: async (sql, params) => (await pool.query(sql, params)).rows,
  async transaction(work) {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const result = await work(async (sql, params) => (await client.query(sql, params)).rows);
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback');
      throw error;
    } finally {
      client.release();
    }
  },
};

type Input = {
  q?: string;
  language: Language;
  filters?: Partial<CatalogQuery['filters']>;
  sort?: CatalogQuery['sort'];
  cursor?: string;
  limit?: number;
};

const app = Fastify({ logger: false });
app.get('/trpc/health', async () => ({ result: { data: { ok: true } } }));
app.get<{ Querystring: { input: string } }>('/trpc/catalog.search', async (request) => {
  const input = JSON.parse(request.query.input) as Input;
  const offset = input.cursor
    ? (JSON.parse(Buffer.from(input.cursor, 'base64url').toString('utf8')) as { o: number }).o
    : 0;
  const { rows, total, facets } = await searchCatalogOn(database, {
    q: input.q,
    language: input.language,
    filters: {
      kinds: input.filters?.kinds ?? [],
      offerTypes: input.filters?.offerTypes ?? [],
      categories: input.filters?.categories ?? [],
      regions: input.filters?.regions ?? [],
      sellerIds: input.filters?.sellerIds ?? [],
    },
    sort: input.sort ?? (input.q?.trim() ? 'relevance' : 'newest'),
    offset,
    limit: input.limit ?? 24,
  });
  const language = input.language;
  const next = offset + rows.length;
  return {
    result: {
      data: {
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          name: r.name[language] || r.name.en,
          shortDescription: r.short_description[language] || r.short_description.en,
          categories: r.categories,
          regions: r.regions,
          logoUrl: r.logo_url,
          sellerId: r.seller_id,
          sellerName: r.seller_name,
          offerTypes: r.offer_types ?? [],
          latestVersions: r.latest_versions ?? [],
        })),
        facets,
        total,
        nextCursor: next < total ? Buffer.from(JSON.stringify({ o: next })).toString('base64url') : null,
      },
    },
  };
});

await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    app
      .close()
      .then(() => pool.end())
      .finally(() => process.exit(0));
  });
}
