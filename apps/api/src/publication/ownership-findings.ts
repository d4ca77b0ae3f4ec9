// The audit's findings, for the operators, newest first, paged like every list (keysetPage).
import { type EntityManager, ImageOwnershipFinding, keysetPage } from '@marketplace/db';
import { PAGE_SIZE, type PageRequest } from '../paging.ts';

export async function listImageFindings(em: EntityManager, page: PageRequest) {
  const { items, nextCursor } = await keysetPage(em, ImageOwnershipFinding, {
    where: {},
    sortBy: 'foundAt',
    direction: 'desc',
    cursor: page.cursor,
    limit: page.limit ?? PAGE_SIZE,
    populate: ['version', 'product', 'organization'],
  });
  return {
    items: items.map((f) => ({
      id: f.id,
      organization: { id: f.organization.id, name: f.organization.name },
      product: { id: f.product.id, name: f.product.name },
      version: { id: f.version.id, name: f.version.name, state: f.version.state },
      region: f.region,
      imageId: f.imageId,
      reason: f.reason,
      ownerId: f.ownerId ?? null,
      foundAt: f.foundAt.toISOString(),
    })),
    nextCursor,
  };
}
