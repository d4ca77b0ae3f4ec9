// Uploaded files over plain HTTP (a file is not JSON, so not tRPC): POST /files takes the raw bytes
// from a seller, GET /files/:id serves them (content never changes): to anyone, cached for long, once a
// published product or showcase holds them; before that only to their organization, never cached.
// Licence keys are never public: to their seller and their buyer only, never cached, always downloaded.
import type { Organization } from '@marketplace/db';
import {
  acceptUpload,
  badRequest,
  DomainError,
  type DomainErrorKind,
  forbidden,
  isUploadPurpose,
  type Text,
  UPLOAD_RULES,
  type UploadPurpose,
  unauthorized,
  uploadTooLarge,
} from '@marketplace/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requestLanguage } from '../http/language.ts';
import { cookieJar, resolveSession } from '../identity/sessions.ts';
import type { Services } from '../services.ts';
import { DOMAIN_ERROR_CODES, GENERIC_FAILURE, SIGN_IN } from '../trpc.ts';
import { contentOf, findServedFile, storeFile } from './stored-files.ts';

const HTTP_STATUS: Record<DomainErrorKind, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
};

const SELLERS_ONLY: Text = {
  en: 'Only the users of a seller organization can upload files.',
  fr: "Seuls les utilisateurs d'une organisation vendeur peuvent envoyer des fichiers.",
};
const WHICH_PURPOSE: Text = {
  en: 'Say what the file is for: purpose=logo, purpose=screenshot, purpose=licence or purpose=licence_key.',
  fr: 'Indiquez à quoi sert le fichier : purpose=logo, purpose=screenshot, purpose=licence ou purpose=licence_key.',
};
const WRONG_NAME: Text = {
  en: 'The file name (X-File-Name) must be URL-encoded.',
  fr: 'Le nom du fichier (X-File-Name) doit être encodé comme dans une URL.',
};
const UNREADABLE: Text = {
  en: 'This file could not be received completely: please send it again.',
  fr: "Ce fichier n'a pas pu être reçu en entier : veuillez l'envoyer de nouveau.",
};
/** The largest upload of any purpose: bodies beyond it are cut off while being read. */
const BODY_LIMIT = Math.max(...Object.values(UPLOAD_RULES).map((rule) => rule.maxBytes));
const ONE_YEAR = 365 * 24 * 3600;
/** Served files are documents of their own: no script, no plugin, no request anywhere. */
const CONTENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

type Uploader = { organization: Organization; purpose: UploadPurpose };
type UploadRequest = FastifyRequest<{ Querystring: { purpose?: string } }>;

export async function registerFileRoutes(app: FastifyInstance, services: Services): Promise<void> {
  // Known before the body is read, so a refused upload costs nothing to receive.
  const uploaders = new WeakMap<FastifyRequest, Uploader>();

  const signedIn = (request: FastifyRequest, reply: FastifyReply) => {
    const cookies = cookieJar(
      request.headers.cookie,
      (value) => {
        const previous = reply.getHeader('set-cookie');
        const list = Array.isArray(previous) ? previous : previous ? [String(previous)] : [];
        reply.header('set-cookie', [...list, value]);
      },
      (services.config.publicUrl ?? '').startsWith('https://'),
    );
    return resolveSession(services.orm.em.fork(), cookies, services.now());
  };

  const uploader = async (request: UploadRequest, reply: FastifyReply): Promise<Uploader> => {
    const auth = await signedIn(request, reply);
    if (!auth) throw unauthorized(SIGN_IN);
    const { account, organization } = auth;
    if (
      !organization ||
      !account.roles.includes('user') ||
      !organization.types.includes('seller') ||
      // A seller awaiting validation prepares its showcase and drafts, media included.
      organization.state === 'rejected'
    ) {
      throw forbidden(SELLERS_ONLY);
    }
    const purpose = request.query.purpose;
    if (!isUploadPurpose(purpose)) throw badRequest(WHICH_PURPOSE);
    return { organization, purpose };
  };

  await app.register(async (scope) => {
    // Any type is taken as raw bytes here; the use case decides which types it accepts.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

    scope.setErrorHandler((error, request, reply) => {
      const language = requestLanguage(request.headers);
      const fastifyError = error as { code?: string; statusCode?: number };
      let refusal = error instanceof DomainError ? error : null;
      if (!refusal && fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        const purpose = (request.query as { purpose?: string }).purpose;
        refusal = uploadTooLarge(isUploadPurpose(purpose) ? purpose : 'licence', null);
      }
      if (refusal) {
        return reply.code(HTTP_STATUS[refusal.kind]).send({
          error: { message: refusal.messageIn(language), code: DOMAIN_ERROR_CODES[refusal.kind] },
        });
      }
      // What Fastify itself refuses while reading the request (a length that lies, a body cut short).
      if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
        return reply
          .code(fastifyError.statusCode)
          .send({ error: { message: UNREADABLE[language], code: 'BAD_REQUEST' } });
      }
      request.log.error({ err: error }, 'file route failed');
      return reply
        .code(500)
        .send({ error: { message: GENERIC_FAILURE[language], code: 'INTERNAL_SERVER_ERROR' } });
    });

    scope.post<{ Querystring: { purpose?: string } }>(
      '/files',
      {
        bodyLimit: BODY_LIMIT,
        // After the same-origin check (a hook of the whole server), before the body is read.
        onRequest: async (request, reply) => {
          const found = await uploader(request, reply);
          const length = Number(request.headers['content-length'] ?? Number.NaN);
          // The type and the announced size first; the content itself is checked once received.
          acceptUpload(
            found.purpose,
            request.headers['content-type'] ?? null,
            Number.isFinite(length) ? length : null,
          );
          uploaders.set(request, found);
        },
      },
      async (request, reply) => {
        const found = uploaders.get(request);
        if (!found) throw unauthorized(SIGN_IN);
        const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const stored = await storeFile(
          services.orm.em.fork(),
          found.organization,
          {
            purpose: found.purpose,
            contentType: request.headers['content-type'] ?? null,
            fileName: fileNameOf(request.headers['x-file-name']),
            content,
          },
          services.secretKey,
        );
        return reply.code(201).header('location', stored.url).send(stored);
      },
    );

    scope.get<{ Params: { id: string }; Querystring: { download?: string } }>(
      '/files/:id',
      async (request, reply) => {
        const em = services.orm.em.fork();
        // Not even a refusal is kept: the same address may answer differently once published.
        reply.header('cache-control', 'no-store');
        const { file, published, licenceKey } = await findServedFile(
          em,
          request.params.id,
          async () => (await signedIn(request, reply))?.organization?.id ?? null,
        );
        const etag = `"${file.sha256}"`;
        reply
          .header('etag', etag)
          .header('cache-control', published ? `public, max-age=${ONE_YEAR}, immutable` : 'private, no-store')
          .header('x-content-type-options', 'nosniff');
        if (file.contentType !== 'application/pdf' || licenceKey) {
          reply.header('content-security-policy', CONTENT_POLICY);
        }
        if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
        // A key is for the buyer's software, not a page to open in the marketplace's origin.
        const download = request.query.download === '1' || licenceKey;
        return reply
          .type(
            file.contentType.startsWith('text/') ? `${file.contentType}; charset=utf-8` : file.contentType,
          )
          .header(
            'content-disposition',
            contentDisposition(download ? 'attachment' : 'inline', file.fileName),
          )
          .send(await contentOf(em, file, services.secretKey));
      },
    );
  });
}

function fileNameOf(header: string | string[] | undefined): string {
  const raw = Array.isArray(header) ? header[0] : header;
  if (raw === undefined) return '';
  try {
    return decodeURIComponent(raw);
  } catch {
    throw badRequest(WRONG_NAME);
  }
}

const matchesEtag = (header: string | undefined, etag: string) =>
  (header ?? '').split(',').some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === etag);

/** RFC 6266: an ASCII fallback for old clients, and the exact name in UTF-8. */
function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
