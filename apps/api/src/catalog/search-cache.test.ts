import { describe, expect, it } from 'vitest';
import { searchCache } from './search-cache.ts';

describe('the search cache', () => {
  it('serves a result only at the generation it was computed at', () => {
    const cache = searchCache({ maxEntries: 10, ttlMs: 60_000 });
    cache.set('q=gitlab', '7', { total: 3 });
    expect(cache.get('q=gitlab', '7')).toEqual({ total: 3 });
    expect(cache.get('q=gitlab', '8')).toBeUndefined();
    // A stale entry is dropped, not kept for later.
    expect(cache.get('q=gitlab', '7')).toBeUndefined();
  });

  it('forgets results older than its time to live', () => {
    let clock = 0;
    const cache = searchCache({ maxEntries: 10, ttlMs: 1000, now: () => clock });
    cache.set('k', '1', 'v');
    clock = 999;
    expect(cache.get('k', '1')).toBe('v');
    clock = 2001;
    expect(cache.get('k', '1')).toBeUndefined();
  });

  it('keeps at most its size, the least recently used leaving first', () => {
    const cache = searchCache({ maxEntries: 2, ttlMs: 60_000 });
    cache.set('a', '1', 'A');
    cache.set('b', '1', 'B');
    cache.get('a', '1');
    cache.set('c', '1', 'C');
    expect(cache.size).toBe(2);
    expect(cache.get('b', '1')).toBeUndefined();
    expect(cache.get('a', '1')).toBe('A');
    expect(cache.get('c', '1')).toBe('C');
  });
});
