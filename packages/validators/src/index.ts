// The input of every procedure, as zod schemas shared by the server (routers) and the pages (forms), and
// the error map that words their refusals for people, in English and in French.
export * from './catalog.ts';
export * from './identity.ts';
export * from './jobs.ts';
export {
  errorMapOf,
  type IssueLike,
  issueMessage,
  localizeMessage,
  MESSAGES,
  type MessageKey,
  message,
  messagePatterns,
  say,
} from './messages.ts';
export * from './paging.ts';
export * from './publication.ts';
export * from './sales.ts';
export * from './search.ts';
export * from './subscriptions.ts';
export * from './text.ts';
export * from './usage.ts';
