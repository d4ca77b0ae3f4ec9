// The input of every procedure, as zod schemas shared by the server (routers) and the pages (forms).
export * from './search.ts';
