// The audit's findings, for the operators, newest first, paged by a keyset cursor (found at, id).
import { type EntityManager, ImageOwnershipFinding } from '@marketplace/db';
import { badRequest } from '@marketplace/domain';

export const FINDINGS_PAGE = { default: 50, max: 200 } as const;

const BAD_CURSOR = {
  en: 'This page cursor is not valid: start from the first page.',
  fr: "Ce curseur de page n'est pas valide : repartez de la première page.",
};

type Cursor = { f: string; i: string };

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

function decodeCursor(cursor: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<Cursor>;
    if (typeof c.f === 'string' && typeof c.i === 'string' && !Number.isNaN(Date.parse(c.f))) {
      if (/^[0-9a-f-]{36}$/.test(c.i)) return { f: c.f, i: c.i };
    }
  } catch {
    // Falls through to the refusal.
  }
  throw badRequest(BAD_CURSOR, { cursor: BAD_CURSOR });
}

export async function listImageFindings(
  em: EntityManager,
  input: { cursor?: string | undefined; limit?: number | undefined },
) {
  const limit = Math.min(input.limit ?? FINDINGS_PAGE.default, FINDINGS_PAGE.max);
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const at = after ? new Date(after.f) : undefined;
  const rows = await em.find(
    ImageOwnershipFinding,
    after ? { $or: [{ foundAt: { $lt: at } }, { foundAt: at, id: { $lt: after.i } }] } : {},
    {
      orderBy: { foundAt: 'desc', id: 'desc' },
      limit: limit + 1,
      populate: ['version', 'product', 'organization'],
    },
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((f) => ({
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
    nextCursor:
      rows.length > limit && last ? encodeCursor({ f: last.foundAt.toISOString(), i: last.id }) : null,
  };
}
