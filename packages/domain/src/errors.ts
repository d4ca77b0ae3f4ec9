// Typed business errors. The API maps each kind to one tRPC code in one place, and picks the message
// in the caller's language: every message a person may read exists in English and French.
import type { Language, Text } from './vocabulary.ts';

export type DomainErrorKind =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'too_many_requests';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly text: Text,
    /** Field-level messages, keyed by the input's field path. */
    readonly fields: Record<string, Text> = {},
    /** Facts a client acts on, the same in every language (e.g. the ID of the subscription in conflict). */
    readonly details: Record<string, string> = {},
  ) {
    super(text.en);
    this.name = 'DomainError';
  }

  messageIn(language: Language): string {
    return this.text[language];
  }

  fieldsIn(language: Language): Record<string, string> {
    return Object.fromEntries(Object.entries(this.fields).map(([field, text]) => [field, text[language]]));
  }
}

export const notFound = (what: Text) =>
  new DomainError('not_found', { en: `${what.en} was not found.`, fr: `${what.fr} est introuvable.` });
export const conflict = (text: Text, details: Record<string, string> = {}) =>
  new DomainError('conflict', text, {}, details);
export const preconditionFailed = (text: Text) => new DomainError('precondition_failed', text);
export const forbidden = (text: Text) => new DomainError('forbidden', text);
export const unauthorized = (text: Text) => new DomainError('unauthorized', text);
export const payloadTooLarge = (text: Text) => new DomainError('payload_too_large', text);
export const unsupportedMediaType = (text: Text) => new DomainError('unsupported_media_type', text);
export const tooManyRequests = (text: Text) => new DomainError('too_many_requests', text);
export const badRequest = (text: Text, fields: Record<string, Text> = {}) =>
  new DomainError('bad_request', text, fields);
