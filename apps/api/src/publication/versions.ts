import {
  type EntityManager,
  ImageCopy,
  Offer,
  type Organization,
  type Product,
  Version,
} from '@marketplace/db';
import {
  assertMayTrade,
  badRequest,
  conflict,
  imageVisibility,
  notFound,
  preconditionFailed,
  type Region,
  type Text,
  transitionVersion,
} from '@marketplace/domain';
import type { Cloud } from '../cloud.ts';
import type { JobDefinition, JobQueue } from '../jobs/queue.ts';
import type { NoticeData } from './notices.ts';
import { findOwnProduct } from './products.ts';
import { judgeSource, type SourceCheckDeps, sellerAccounts } from './source-images.ts';

export type PublicationDeps = {
  cloud: Cloud;
  jobs: JobQueue;
  copyJob: JobDefinition<{ copyId: string }>;
  deleteJob: JobDefinition<{ copyId: string }>;
  noticeJob: JobDefinition<NoticeData>;
  now: Date;
};

export type VersionInput = {
  name: string;
  releaseNotes: Text;
  sources: { region: Region; imageId: string }[];
};

const VERSION = { en: 'This version', fr: 'Cette version' };

async function findOwnVersion(em: EntityManager, organization: Organization, id: string) {
  const version = await em.findOne(Version, { id, product: { organization } }, { populate: ['product'] });
  if (!version) throw notFound(VERSION);
  return version;
}

/**
 * A source OMI must be the organization's own (read with its own keys: home or linked account of the
 * region, never a marketplace account), shared with the distribution account of its region and
 * available. One refusal per field; for an image that is not the seller's, one neutral message whether it
 * exists or not, so the answer tells nothing about other accounts' images.
 */
async function assertSourcesOwnAndShared(
  em: EntityManager,
  deps: SourceCheckDeps,
  product: Product,
  sources: VersionInput['sources'],
) {
  const fields: Record<string, Text> = {};
  await Promise.all(
    sources.map(async ({ region, imageId }, index) => {
      if (!product.regions.includes(region)) {
        fields[`sources.${index}.region`] = {
          en: `This product is not published in ${region}.`,
          fr: `Ce produit n'est pas publié dans ${region}.`,
        };
        return;
      }
      const accounts = await sellerAccounts(em.fork(), product.organization.id, region);
      const verdict = await judgeSource(deps, accounts, region, imageId);
      if (!verdict.ok) fields[`sources.${index}.imageId`] = verdict.message;
    }),
  );
  if (Object.keys(fields).length > 0) {
    throw badRequest(
      {
        en: 'Some source OMIs cannot be used yet.',
        fr: 'Certaines OMI sources ne sont pas encore utilisables.',
      },
      fields,
    );
  }
}

export async function createVersion(
  em: EntityManager,
  deps: SourceCheckDeps,
  organization: Organization,
  productId: string,
  input: VersionInput,
) {
  const product = await findOwnProduct(em, organization, productId);
  if (product.kind !== 'omi') {
    throw preconditionFailed({
      en: 'Only OMI products have versions.',
      fr: 'Seuls les produits OMI ont des versions.',
    });
  }
  if (await em.count(Version, { product, name: input.name.trim() })) {
    throw conflict({ en: 'A version of this name exists.', fr: 'Une version de ce nom existe déjà.' });
  }
  await assertSourcesOwnAndShared(em, deps, product, input.sources);
  const version = em.create(Version, {
    product,
    name: input.name.trim(),
    releaseNotes: input.releaseNotes,
    sources: input.sources,
  });
  await em.flush();
  return { id: version.id };
}

/**
 * Edits a version. Its release notes may always change; its name and its source OMIs only while it is a
 * draft: a published version's copies come from its OMI (SPEC §4: fixed once published).
 */
export async function updateVersion(
  em: EntityManager,
  deps: SourceCheckDeps,
  organization: Organization,
  id: string,
  input: {
    name?: string | undefined;
    releaseNotes?: Text | undefined;
    sources?: VersionInput['sources'] | undefined;
  },
) {
  const version = await findOwnVersion(em, organization, id);
  if (input.name !== undefined && version.state !== 'draft' && input.name.trim() !== version.name) {
    throw preconditionFailed({
      en: 'A published version keeps its name; its notes can change.',
      fr: 'Une version publiée garde son nom ; ses notes peuvent changer.',
    });
  }
  if (
    input.sources !== undefined &&
    version.state !== 'draft' &&
    !sameSources(input.sources, version.sources)
  ) {
    throw preconditionFailed({
      en: `Once published, version ${version.name} keeps its OMI in each region: publish a new version for another OMI.`,
      fr: `Une fois publiée, la version ${version.name} garde son OMI dans chaque région : publiez une nouvelle version pour une autre OMI.`,
    });
  }
  if (input.name !== undefined && input.name.trim() !== version.name) {
    if (
      await em.count(Version, { product: version.product, name: input.name.trim(), id: { $ne: version.id } })
    ) {
      throw conflict({ en: 'A version of this name exists.', fr: 'Une version de ce nom existe déjà.' });
    }
    version.name = input.name.trim();
  }
  if (input.releaseNotes !== undefined) version.releaseNotes = input.releaseNotes;
  if (input.sources !== undefined && version.state === 'draft') {
    await assertSourcesOwnAndShared(em, deps, version.product, input.sources);
    version.sources = input.sources;
  }
  await em.flush();
  return { id: version.id };
}

const sameSources = (a: VersionInput['sources'], b: VersionInput['sources']) =>
  a.length === b.length && a.every((s) => b.some((t) => t.region === s.region && t.imageId === s.imageId));

/** Records one copy per region (once) and enqueues its job, in the caller's transaction. */
export async function publishVersionCopies(
  em: EntityManager,
  deps: PublicationDeps,
  product: Product,
  version: Version,
) {
  version.state = transitionVersion(version.state, 'publishing');
  const offerTypes = (await em.find(Offer, { product })).map((o) => o.type);
  const existing = await em.find(ImageCopy, { version });
  for (const source of version.sources) {
    let copy = existing.find((c) => c.region === source.region);
    if (!copy) {
      copy = em.create(ImageCopy, {
        version,
        region: source.region,
        sourceImageId: source.imageId,
        visibility: imageVisibility(offerTypes),
      });
    } else if (copy.state === 'failed') {
      copy.state = 'pending';
      copy.error = null;
    }
  }
  await em.flush();
  for (const copy of await em.find(ImageCopy, { version, state: 'pending' })) {
    await deps.jobs.enqueue(deps.copyJob, { copyId: copy.id }, { em, singletonKey: copy.id });
  }
}

export async function unpublishVersionCopies(em: EntityManager, deps: PublicationDeps, version: Version) {
  version.state = transitionVersion(version.state, 'unpublishing');
  const copies = await em.find(ImageCopy, { version, state: { $nin: ['deleted'] } });
  for (const copy of copies) copy.state = 'deleting';
  await em.flush();
  for (const copy of copies) {
    await deps.jobs.enqueue(deps.deleteJob, { copyId: copy.id }, { em, singletonKey: `delete-${copy.id}` });
  }
  if (copies.length === 0) {
    version.state = 'unpublished';
    version.unpublishedAt = deps.now;
    await em.flush();
  }
}

export async function publishVersion(
  em: EntityManager,
  deps: PublicationDeps,
  organization: Organization,
  id: string,
) {
  assertMayTrade(organization, 'seller');
  await em.transactional(async (tx) => {
    const version = await findOwnVersion(tx, organization, id);
    if (version.product.state !== 'published') {
      throw preconditionFailed({
        en: 'Publish the product first: its versions are published with it.',
        fr: "Publiez d'abord le produit : ses versions sont publiées avec lui.",
      });
    }
    const missing = version.product.regions.filter((r) => !version.sources.some((s) => s.region === r));
    if (missing.length > 0) {
      throw badRequest({
        en: `Give a source OMI for ${missing.join(', ')} first.`,
        fr: `Indiquez d'abord une OMI source pour ${missing.join(', ')}.`,
      });
    }
    await publishVersionCopies(tx, deps, version.product, version);
  });
}

export async function unpublishVersion(
  em: EntityManager,
  deps: PublicationDeps,
  organization: Organization,
  id: string,
) {
  await em.transactional(async (tx) => {
    const version = await findOwnVersion(tx, organization, id);
    await unpublishVersionCopies(tx, deps, version);
    const noticeId = crypto.randomUUID();
    await deps.jobs.enqueue(
      deps.noticeJob,
      { productId: version.product.id, versionId: version.id, noticeId, event: 'version-unpublished' },
      { em: tx, id: noticeId },
    );
  });
}
