// The context and the procedure builders: one place for access rules and error mapping.
import { DomainError, type DomainErrorKind, type Language } from '@marketplace/domain';
import { initTRPC, TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { z } from 'zod';
import type { Services } from './services.ts';

/** What every procedure sees. Built without HTTP by `createInnerContext`, so tests use `createCaller`. */
export type Context = {
  services: Services;
  language: Language;
  requestId: string;
};

export function createInnerContext(
  services: Services,
  options: Partial<Omit<Context, 'services'>> = {},
): Context {
  return { services, language: options.language ?? 'en', requestId: options.requestId ?? 'internal' };
}

const CODES: Record<DomainErrorKind, TRPC_ERROR_CODE_KEY> = {
  bad_request: 'BAD_REQUEST',
  unauthorized: 'UNAUTHORIZED',
  forbidden: 'FORBIDDEN',
  not_found: 'NOT_FOUND',
  conflict: 'CONFLICT',
  precondition_failed: 'PRECONDITION_FAILED',
  too_many_requests: 'TOO_MANY_REQUESTS',
};

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const fieldErrors =
      error.cause instanceof z.ZodError
        ? z.flattenError(error.cause).fieldErrors
        : error.cause instanceof DomainError
          ? error.cause.fields
          : undefined;
    // An unexpected failure says nothing of our internals; the log has it, under the request id.
    const message =
      error.code === 'INTERNAL_SERVER_ERROR'
        ? 'Something went wrong on our side. Please try again.'
        : shape.message;
    return {
      ...shape,
      message,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, fieldErrors },
    };
  },
});

/** Typed domain errors become their tRPC code; everything else stays an internal error. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: CODES[cause.kind], message: cause.message, cause });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapDomainErrors);
