// The context and the procedure builders: one place for access rules and error mapping.
import {
  DomainError,
  type DomainErrorKind,
  forbidden,
  type Language,
  type Role,
  type Text,
  unauthorized,
} from '@marketplace/domain';
import { issueMessage } from '@marketplace/validators';
import { initTRPC, TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { type Authenticated, type CookieJar, cookieJar, resolveSession } from './identity/sessions.ts';
import type { Services } from './services.ts';

/** What every procedure sees. Built without HTTP by `createInnerContext`, so tests use `createCaller`. */
export type Context = {
  services: Services;
  language: Language;
  requestId: string;
  cookies: CookieJar;
  ipAddress: string | null;
  userAgent: string | null;
  /** The signed-in account, resolved once per request on first use. */
  auth(): Promise<Authenticated | null>;
};

export type ContextOptions = Partial<Omit<Context, 'services' | 'auth'>>;

export function createInnerContext(services: Services, options: ContextOptions = {}): Context {
  const cookies = options.cookies ?? cookieJar(undefined, () => {}, false);
  let resolved: Promise<Authenticated | null> | undefined;
  return {
    services,
    language: options.language ?? 'en',
    requestId: options.requestId ?? 'internal',
    cookies,
    ipAddress: options.ipAddress ?? null,
    userAgent: options.userAgent ?? null,
    auth: () => {
      resolved ??= resolveSession(services.orm.em.fork(), cookies, services.now());
      return resolved;
    },
  };
}

/** The tRPC code of each kind of domain error; the HTTP routes (files) answer with the same codes. */
export const DOMAIN_ERROR_CODES: Record<DomainErrorKind, TRPC_ERROR_CODE_KEY> = {
  bad_request: 'BAD_REQUEST',
  unauthorized: 'UNAUTHORIZED',
  forbidden: 'FORBIDDEN',
  not_found: 'NOT_FOUND',
  conflict: 'CONFLICT',
  precondition_failed: 'PRECONDITION_FAILED',
  payload_too_large: 'PAYLOAD_TOO_LARGE',
  unsupported_media_type: 'UNSUPPORTED_MEDIA_TYPE',
  too_many_requests: 'TOO_MANY_REQUESTS',
};

/** What any unexpected failure says, over tRPC or a plain route; the log has the details. */
export const GENERIC_FAILURE: Record<Language, string> = {
  en: 'Something went wrong on our side. Please try again in a moment.',
  fr: 'Un problème est survenu de notre côté. Veuillez réessayer dans un instant.',
};
const INVALID_INPUT: Record<Language, string> = {
  en: 'Some fields are not valid: please check them.',
  fr: 'Certains champs ne sont pas valides : veuillez les vérifier.',
};

type ValidationIssue = {
  message: string;
  path?: readonly (PropertyKey | { key: PropertyKey })[];
  code?: string;
  params?: unknown;
};

/** tRPC reports input errors as zod's, or as Standard Schema's: both carry the issues. */
function isValidationError(cause: unknown): cause is { issues: ValidationIssue[] } {
  return typeof cause === 'object' && cause !== null && Array.isArray((cause as { issues?: unknown }).issues);
}

/** Input errors by field, in the caller's language, worded by the error map of @marketplace/validators. */
function inputFieldErrors(
  error: { issues: ValidationIssue[] },
  language: Language,
): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = (issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p)).join('.') || '_';
    fields[key] = [...(fields[key] ?? []), issueMessage(issue as never, language)];
  }
  return fields;
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error, ctx }) {
    const language = ctx?.language ?? 'en';
    const fieldErrors = isValidationError(error.cause)
      ? inputFieldErrors(error.cause, language)
      : error.cause instanceof DomainError
        ? Object.fromEntries(Object.entries(error.cause.fieldsIn(language)).map(([field, m]) => [field, [m]]))
        : undefined;
    // An unexpected failure says nothing of our internals; the log has it, under the request id.
    const message =
      error.code === 'INTERNAL_SERVER_ERROR'
        ? GENERIC_FAILURE[language]
        : isValidationError(error.cause)
          ? INVALID_INPUT[language]
          : shape.message;
    // What a client acts on besides the message (the subscription in conflict...), when there is any.
    const details =
      error.cause instanceof DomainError && Object.keys(error.cause.details).length > 0
        ? error.cause.details
        : undefined;
    return {
      ...shape,
      message,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, fieldErrors, details },
    };
  },
});

/** Typed domain errors become their tRPC code; everything else stays an internal error. */
const mapDomainErrors = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({
      code: DOMAIN_ERROR_CODES[cause.kind],
      message: cause.messageIn(ctx.language),
      cause,
    });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapDomainErrors);

export const SIGN_IN: Text = {
  en: 'Please sign in to continue.',
  fr: 'Veuillez vous connecter pour continuer.',
};
const ADMINS_ONLY: Text = {
  en: "Only your organization's administrators can do this.",
  fr: 'Seuls les administrateurs de votre organisation peuvent faire cela.',
};
const USERS_ONLY: Text = {
  en: 'Your account does not have the user role needed for this.',
  fr: "Votre compte n'a pas le rôle utilisateur nécessaire pour cela.",
};
const OPERATORS_ONLY: Text = {
  en: 'Only the platform operators can do this.',
  fr: 'Seuls les opérateurs de la plateforme peuvent faire cela.',
};

/** Any signed-in account. */
export const sessionProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const auth = await ctx.auth();
  if (!auth) throw unauthorized(SIGN_IN);
  return next({ ctx: { ...ctx, session: auth } });
});

/** A member of an organization, with the given role there. */
const memberWith = (role: Role, refusal: Text) =>
  sessionProcedure.use(({ ctx, next }) => {
    const { account, organization } = ctx.session;
    if (!organization || !account.roles.includes(role)) throw forbidden(refusal);
    return next({ ctx: { ...ctx, member: { account, organization } } });
  });

export const adminProcedure = memberWith('admin', ADMINS_ONLY);
export const userProcedure = memberWith('user', USERS_ONLY);

export const operatorProcedure = sessionProcedure.use(({ ctx, next }) => {
  if (!ctx.session.account.operator) throw forbidden(OPERATORS_ONLY);
  return next();
});

const SELLERS_ONLY: Text = {
  en: 'Your organization is not registered as a seller.',
  fr: "Votre organisation n'est pas inscrite comme vendeur.",
};

/** A user of a seller organization (validated or not: preparing is allowed, publishing checks it). */
export const sellerProcedure = userProcedure.use(({ ctx, next }) => {
  if (!ctx.member.organization.types.includes('seller')) throw forbidden(SELLERS_ONLY);
  return next();
});
