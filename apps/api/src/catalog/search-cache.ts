// Search results kept in memory, each labelled with the catalog generation it was computed at: a
// result is served only while the generation is unchanged (read in the same database as the data, so
// a search right after a publication sees it), at most `ttlMs` old, least recently used first out.

export type SearchCache = {
  get<T>(key: string, generation: string): T | undefined;
  set(key: string, generation: string, value: unknown): void;
  readonly size: number;
};

export function searchCache(options: { maxEntries: number; ttlMs: number; now?: () => number }): SearchCache {
  const now = options.now ?? Date.now;
  const entries = new Map<string, { generation: string; at: number; value: unknown }>();
  return {
    get<T>(key: string, generation: string) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      if (entry.generation !== generation || now() - entry.at > options.ttlMs) return undefined;
      entries.set(key, entry); // most recently used last
      return entry.value as T;
    },
    set(key, generation, value) {
      entries.delete(key);
      entries.set(key, { generation, at: now(), value });
      while (entries.size > options.maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
    get size() {
      return entries.size;
    },
  };
}
