// Files sellers upload (logos, screenshots, licence agreements, licence keys): which types each purpose takes, how
// large, and whether the bytes really are of the type announced. The server decides with these; the
// seller portal uses the same rules to answer before sending anything.
import { badRequest, payloadTooLarge, tooManyRequests, unsupportedMediaType } from './errors.ts';
import type { Text } from './vocabulary.ts';

export const UPLOAD_PURPOSES = ['logo', 'screenshot', 'licence', 'licence_key'] as const;
export type UploadPurpose = (typeof UPLOAD_PURPOSES)[number];

export const FILE_TYPES = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'application/pdf',
  'text/plain',
  'text/markdown',
  'application/json',
  'application/xml',
  'application/zip',
  'application/octet-stream',
] as const;
export type FileType = (typeof FILE_TYPES)[number];

const MB = 1024 * 1024;
const IMAGES: readonly FileType[] = ['image/png', 'image/jpeg', 'image/webp'];

/**
 * SVG is refused: it is a document that can carry scripts, and a logo served from our origin must not.
 * Licence agreements are read by buyers: PDF or text (plain or Markdown). Licence keys are read by the
 * buyer's software, in whatever format it expects: text, JSON, XML, PDF, a ZIP archive, or any binary
 * licence file (`.lic`, `.key`...); they are never served as pages, only downloaded (see files/routes).
 */
export const UPLOAD_RULES: Readonly<Record<UploadPurpose, { maxBytes: number; types: readonly FileType[] }>> =
  {
    logo: { maxBytes: MB, types: IMAGES },
    screenshot: { maxBytes: MB, types: IMAGES },
    licence: { maxBytes: 4 * MB, types: ['application/pdf', 'text/plain', 'text/markdown'] },
    licence_key: {
      maxBytes: 4 * MB,
      types: [
        'text/plain',
        'application/json',
        'application/xml',
        'application/pdf',
        'application/zip',
        'application/octet-stream',
      ],
    },
  };

export const isUploadPurpose = (value: unknown): value is UploadPurpose =>
  typeof value === 'string' && (UPLOAD_PURPOSES as readonly string[]).includes(value);

const ALIASES: Readonly<Record<string, FileType>> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'text/x-markdown': 'text/markdown',
  'text/xml': 'application/xml',
  'application/x-zip-compressed': 'application/zip',
  'application/x-zip': 'application/zip',
};

/** The media type of a Content-Type header (`Text/Plain; charset=utf-8` → `text/plain`), or null. */
export function fileTypeOf(contentType: string | null | undefined): FileType | null {
  const media = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const type = ALIASES[media] ?? media;
  return (FILE_TYPES as readonly string[]).includes(type) ? (type as FileType) : null;
}

const EXTENSIONS: Readonly<Record<string, FileType>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  pdf: 'application/pdf',
  txt: 'text/plain',
  md: 'text/markdown',
  markdown: 'text/markdown',
  json: 'application/json',
  xml: 'application/xml',
  zip: 'application/zip',
};

/** For browsers that give no type (Markdown files, often): the type its name's extension says. */
export function fileTypeFromName(name: string): FileType | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return extension ? (EXTENSIONS[extension] ?? null) : null;
}

const PURPOSE_NAMES: Readonly<Record<UploadPurpose, Text>> = {
  logo: { en: 'A logo', fr: 'Un logo' },
  screenshot: { en: 'A screenshot', fr: 'Une capture d’écran' },
  licence: { en: 'A licence agreement', fr: 'Un contrat de licence' },
  licence_key: { en: 'A licence key', fr: 'Une clé de licence' },
};
const same = (name: string): Text => ({ en: name, fr: name });
const TYPE_NAMES: Readonly<Record<FileType, Text>> = {
  'image/png': same('PNG'),
  'image/jpeg': same('JPEG'),
  'image/webp': same('WebP'),
  'application/pdf': same('PDF'),
  'text/plain': { en: 'text', fr: 'texte' },
  'text/markdown': same('Markdown'),
  'application/json': same('JSON'),
  'application/xml': same('XML'),
  'application/zip': same('ZIP'),
  'application/octet-stream': { en: 'binary', fr: 'binaire' },
};
const typeList = (types: readonly FileType[], language: 'en' | 'fr') => {
  const names = types.map((type) => TYPE_NAMES[type][language]);
  const or = language === 'fr' ? 'ou' : 'or';
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} ${or} ${names.at(-1)}` : (names[0] ?? '');
};
const megabytes = (bytes: number, language: 'en' | 'fr') => {
  // Rounded up: a file just over 1 MB reads "1.1 MB", not the limit itself.
  const value = Math.ceil((bytes / MB) * 10) / 10;
  return language === 'fr' ? `${String(value).replace('.', ',')} Mo` : `${value} MB`;
};

/**
 * The type of an upload for `purpose`, from its Content-Type, when the type and the size (if known
 * yet) are allowed; otherwise the refusal to show, in both languages.
 */
export function acceptUpload(
  purpose: UploadPurpose,
  contentType: string | null,
  size: number | null,
): FileType {
  const rules = UPLOAD_RULES[purpose];
  const type = fileTypeOf(contentType);
  const name = PURPOSE_NAMES[purpose];
  if (!type || !rules.types.includes(type)) {
    throw unsupportedMediaType({
      en: `${name.en} must be a ${typeList(rules.types, 'en')} file.`,
      fr: `${name.fr} doit être un fichier ${typeList(rules.types, 'fr')}.`,
    });
  }
  if (size !== null && size > rules.maxBytes) throw uploadTooLarge(purpose, size);
  if (size === 0) throw badRequest({ en: 'This file is empty.', fr: 'Ce fichier est vide.' });
  return type;
}

/** The refusal of a file over the purpose's limit; `size` when known (not for a body cut short). */
export function uploadTooLarge(purpose: UploadPurpose, size: number | null) {
  const name = PURPOSE_NAMES[purpose];
  const max = UPLOAD_RULES[purpose].maxBytes;
  const en = size === null ? '' : ` (${megabytes(size, 'en')})`;
  const fr = size === null ? '' : ` (${megabytes(size, 'fr')})`;
  return payloadTooLarge({
    en: `This file is too large${en}: ${name.en.toLowerCase()} may be up to ${megabytes(max, 'en')}.`,
    fr: `Ce fichier est trop volumineux${fr} : ${name.fr.toLowerCase()} peut faire jusqu’à ${megabytes(max, 'fr')}.`,
  });
}

/**
 * What one organization may keep, so that no seller (or a script with its session) fills the database
 * every backup carries. 200 MB: a product's media are at most a 1 MB logo, ten 1 MB screenshots and a
 * 4 MB licence (15 MB), and real images weigh a few hundred kB, so a whole catalogue fits many times.
 * 100 uploads not used yet: a product form sends at most 12 files, so several forms edited at once and
 * their retries fit, while a loop on POST /files stops at once.
 */
export const UPLOAD_QUOTA = { bytes: 200 * MB, unattached: 100 } as const;

/**
 * An upload no product or showcase holds is deleted this long after it was sent (the hourly identity
 * cleanup): long enough to come back to an unsaved form the next day.
 */
export const UNATTACHED_UPLOAD_LIFETIME_MS = 24 * 3600_000;

/** An organization's stored files: their bytes, and how many uploads nothing uses yet. */
export type UploadUsage = { bytes: number; unattached: number };

/** Refuses an upload of `size` bytes that would take the organization past its quota. */
export function assertWithinUploadQuota(usage: UploadUsage, size: number): void {
  if (usage.unattached >= UPLOAD_QUOTA.unattached) {
    throw tooManyRequests({
      en: `Your organization has ${UPLOAD_QUOTA.unattached} uploads that no product or showcase uses yet: save the forms that use them before sending more. Unused uploads are deleted 24 hours after they were sent.`,
      fr: `Votre organisation a ${UPLOAD_QUOTA.unattached} fichiers envoyés qu’aucun produit ni vitrine n’utilise encore : enregistrez les formulaires qui les utilisent avant d’en envoyer d’autres. Les fichiers inutilisés sont supprimés 24 heures après leur envoi.`,
    });
  }
  if (usage.bytes + size > UPLOAD_QUOTA.bytes) {
    const left = Math.max(0, UPLOAD_QUOTA.bytes - usage.bytes);
    throw payloadTooLarge({
      en: `Your organization’s files are limited to ${megabytes(UPLOAD_QUOTA.bytes, 'en')} and only ${megabytesLeft(left, 'en')} remain: remove from your products and showcase the logos, screenshots and licences you no longer need. Files nothing uses are deleted 24 hours after they were sent.`,
      fr: `Les fichiers de votre organisation sont limités à ${megabytes(UPLOAD_QUOTA.bytes, 'fr')} et il n’en reste que ${megabytesLeft(left, 'fr')} : retirez de vos produits et de votre vitrine les logos, captures d’écran et contrats de licence dont vous n’avez plus besoin. Les fichiers inutilisés sont supprimés 24 heures après leur envoi.`,
    });
  }
}

/** Rounded down: what is left is never overstated. */
const megabytesLeft = (bytes: number, language: 'en' | 'fr') => {
  const value = Math.floor((bytes / MB) * 10) / 10;
  return language === 'fr' ? `${String(value).replace('.', ',')} Mo` : `${value} MB`;
};

/** Refuses content that is not of its announced type (a renamed file, a script posing as an image). */
export function assertContentMatches(type: FileType, bytes: Uint8Array): void {
  if (contentMatchesType(type, bytes)) return;
  const label = TYPE_NAMES[type];
  const text = type.startsWith('text/') || type === 'application/json' || type === 'application/xml';
  throw unsupportedMediaType({
    en: `The content of this file is not ${text ? 'UTF-8 ' : ''}${label.en}: save it again in that format.`,
    fr: `Le contenu de ce fichier n’est pas du ${label.fr}${text ? ' en UTF-8' : ''} : enregistrez-le de nouveau dans ce format.`,
  });
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** Whether the content is what its type says, by its first bytes (text: valid UTF-8 without NUL). */
export function contentMatchesType(type: FileType, bytes: Uint8Array): boolean {
  switch (type) {
    case 'image/png':
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'image/jpeg':
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case 'image/webp':
      return startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8);
    case 'application/pdf':
      return startsWith(bytes, ascii('%PDF-'));
    case 'text/plain':
    case 'text/markdown':
    case 'application/json':
    case 'application/xml':
      return bytes.length > 0 && !bytes.includes(0) && isUtf8(bytes);
    case 'application/zip':
      // A local file header, or the end record of an empty archive.
      return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
    case 'application/octet-stream':
      // Any bytes: a binary licence file has no signature of its own.
      return bytes.length > 0;
    default: {
      const unknown: never = type;
      throw new Error(`unknown file type ${String(unknown)}`);
    }
  }
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The name to keep and to offer on download: its last path segment, without control characters or
 * quotes, at most 255 characters (the extension kept); `fallback` when nothing is left.
 */
export function cleanFileName(name: string, fallback: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  if (clean === '' || clean === '.' || clean === '..') return fallback;
  if (clean.length <= 255) return clean;
  const extension = /\.[a-z0-9]{1,10}$/i.exec(clean)?.[0] ?? '';
  return clean.slice(0, 255 - extension.length) + extension;
}

/** The address of a stored file, as products and showcases hold it. */
export const storedFilePath = (id: string) => `/files/${id}`;

const STORED_FILE_PATH = /^\/files\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** The id in a `/files/<id>` address, or null for anything else (a web address, a text). */
export const storedFileId = (text: string): string | null => STORED_FILE_PATH.exec(text.trim())?.[1] ?? null;
