// Typed business errors. The API maps each kind to one tRPC code in one place;
// the message key lets the pages show it in the person's language.

export type DomainErrorKind =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'too_many_requests';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** Field-level messages, keyed by the input's field path. */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} was not found.`);
export const conflict = (message: string) => new DomainError('conflict', message);
export const preconditionFailed = (message: string) => new DomainError('precondition_failed', message);
export const forbidden = (message: string) => new DomainError('forbidden', message);
export const badRequest = (message: string, fields: Record<string, string> = {}) =>
  new DomainError('bad_request', message, fields);
