import {
  type CatalogFilters,
  type EntityManager,
  Organization,
  Showcase,
  searchCatalog,
} from '@marketplace/db';
import { badRequest, type Language } from '@marketplace/domain';

const PAGE_SIZE = 24;

export type SearchInput = {
  q?: string | undefined;
  language: Language;
  filters?: Partial<CatalogFilters> | undefined;
  sort?: 'relevance' | 'name' | 'newest' | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
};

// The cursor is opaque to clients: today an offset, tomorrow perhaps a keyset.
const encodeCursor = (offset: number) => Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    const { o } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o: unknown };
    if (typeof o === 'number' && Number.isSafeInteger(o) && o >= 0) return o;
  } catch {
    // fall through
  }
  throw badRequest({
    en: 'This page link is no longer valid: start the search again.',
    fr: "Ce lien de page n'est plus valide : relancez la recherche.",
  });
}

/** One page of the catalog (answers to repeated searches are cached as responses: response-cache.ts). */
export async function search(em: EntityManager, input: SearchInput) {
  const limit = input.limit ?? PAGE_SIZE;
  const offset = decodeCursor(input.cursor);
  const filters: CatalogFilters = {
    kinds: input.filters?.kinds ?? [],
    offerTypes: input.filters?.offerTypes ?? [],
    categories: input.filters?.categories ?? [],
    regions: input.filters?.regions ?? [],
    sellerIds: input.filters?.sellerIds ?? [],
  };
  const { rows, total, facets } = await searchCatalog(em, {
    q: input.q,
    language: input.language,
    filters,
    sort: input.sort ?? (input.q?.trim() ? 'relevance' : 'newest'),
    offset,
    limit,
  });
  const language = input.language;
  const sellerIds = facets.sellerIds.map((f) => f.value);
  const [organizations, showcases] = sellerIds.length
    ? await Promise.all([
        em.find(Organization, { id: { $in: sellerIds } }, { fields: ['id', 'name'] }),
        em.find(Showcase, { organization: { $in: sellerIds } }, { fields: ['organization', 'companyName'] }),
      ])
    : [[], []];
  return {
    /** The sellers the facet counts, by the name their showcase gives. */
    sellers: organizations.map((o) => ({
      id: o.id,
      name: showcases.find((s) => s.organization.id === o.id)?.companyName ?? o.name,
    })),
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
    nextCursor: offset + rows.length < total ? encodeCursor(offset + rows.length) : null,
  };
}
