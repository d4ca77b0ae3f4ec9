import { createHash } from 'node:crypto';
import {
  type EntityManager,
  isStoredFilePublished,
  lockOrganizationUploads,
  type Organization,
  StoredFile,
  storedFileUsage,
} from '@marketplace/db';
import {
  acceptUpload,
  assertContentMatches,
  assertWithinUploadQuota,
  badRequest,
  cleanFileName,
  type FileType,
  notFound,
  storedFileId,
  storedFilePath,
  type Text,
  type UploadPurpose,
} from '@marketplace/domain';
import { mayReadKeyFile, openFile, sealFile } from '../sales/licence-keys.ts';

export type Upload = {
  purpose: UploadPurpose;
  /** The Content-Type the client sent. */
  contentType: string | null;
  fileName: string;
  content: Buffer;
};

const EXTENSIONS: Record<FileType, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/webp': '.webp',
  'application/pdf': '.pdf',
  'text/plain': '.txt',
  'text/markdown': '.md',
  'application/json': '.json',
  'application/xml': '.xml',
  'application/zip': '.zip',
  'application/octet-stream': '.lic',
};

/**
 * Keeps an organization's file once its type, size and content are checked, within the organization's
 * quota (its uploads wait for each other, so a burst cannot pass it); says where it is served. A
 * licence key's content is kept encrypted with `secretKey`, and its digest is the ciphertext's, so
 * nothing stored tells the key.
 */
export async function storeFile(
  em: EntityManager,
  organization: Organization,
  upload: Upload,
  secretKey: Buffer,
) {
  const type = acceptUpload(upload.purpose, upload.contentType, upload.content.length);
  assertContentMatches(type, upload.content);
  const stored = upload.purpose === 'licence_key' ? sealFile(secretKey, upload.content) : upload.content;
  return em.transactional(async (tx) => {
    await lockOrganizationUploads(tx, organization.id);
    assertWithinUploadQuota(await storedFileUsage(tx, organization.id), upload.content.length);
    const file = tx.create(StoredFile, {
      organization,
      purpose: upload.purpose,
      fileName: cleanFileName(upload.fileName, `${upload.purpose}${EXTENSIONS[type]}`),
      contentType: type,
      size: upload.content.length,
      sha256: createHash('sha256').update(stored).digest('hex'),
      content: stored,
    });
    await tx.flush();
    return { id: file.id, url: storedFilePath(file.id), fileName: file.fileName, size: file.size };
  });
}

/** What product and showcase pages show: public once published. Licence keys are never among them. */
const SERVED_PURPOSES = ['logo', 'screenshot', 'licence'] as const satisfies readonly UploadPurpose[];
const FILE = { en: 'This file', fr: 'Ce fichier' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A file's description, without its content (loaded only when it must be sent), and whether anyone
 * may read it: once a published product or showcase holds it. Until then only its organization reads
 * it (the seller's previews); `readerOrganization` is asked only then. A licence key is never public:
 * only its seller and the buyer it is allocated to read it (`licenceKey` then). Anyone else is told it
 * does not exist, as for an unknown file.
 */
export async function findServedFile(
  em: EntityManager,
  id: string,
  readerOrganization: () => Promise<string | null>,
): Promise<{ file: StoredFile; published: boolean; licenceKey: boolean }> {
  const file = UUID.test(id)
    ? await em.findOne(StoredFile, { id, purpose: { $in: [...SERVED_PURPOSES, 'licence_key'] } })
    : null;
  if (!file) throw notFound(FILE);
  if (file.purpose === 'licence_key') {
    if (!(await mayReadKeyFile(em, file, await readerOrganization()))) throw notFound(FILE);
    return { file, published: false, licenceKey: true };
  }
  if (await isStoredFilePublished(em, file.id)) return { file, published: true, licenceKey: false };
  if ((await readerOrganization()) !== file.organization.id) throw notFound(FILE);
  return { file, published: false, licenceKey: false };
}

/** The file's bytes as uploaded: a licence key's decrypted. */
export async function contentOf(em: EntityManager, file: StoredFile, secretKey: Buffer): Promise<Buffer> {
  await em.populate(file, ['content']);
  const { content } = file;
  const bytes = Buffer.isBuffer(content)
    ? content
    : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  return file.purpose === 'licence_key' ? openFile(secretKey, bytes) : bytes;
}

const NOT_YOURS: Text = {
  en: 'This file is not among your organization’s uploads: upload it again.',
  fr: 'Ce fichier ne fait pas partie des envois de votre organisation : envoyez-le de nouveau.',
};

/**
 * Products and showcases may point at uploaded files (`/files/<id>`), only their organization's own:
 * refuses, field by field, the addresses of files it did not upload. Web addresses and texts pass.
 */
export async function assertOwnFiles(
  em: EntityManager,
  organization: Organization,
  fields: Record<string, string | readonly string[] | undefined>,
) {
  const referenced = Object.entries(fields).flatMap(([field, value]) =>
    (typeof value === 'string' ? [value] : (value ?? [])).flatMap((text) => {
      const id = storedFileId(text);
      return id ? [{ field, id }] : [];
    }),
  );
  if (referenced.length === 0) return;
  const own = await em.find(
    StoredFile,
    { id: { $in: referenced.map((r) => r.id) }, organization, purpose: { $in: [...SERVED_PURPOSES] } },
    { fields: ['id'] },
  );
  const owned = new Set(own.map((file) => file.id));
  const missing = referenced.filter((r) => !owned.has(r.id));
  if (missing.length > 0) {
    throw badRequest(NOT_YOURS, Object.fromEntries(missing.map((r) => [r.field, NOT_YOURS])));
  }
}
