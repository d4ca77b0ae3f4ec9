// How search parameters are written in the address: plain `?kind=omi&kind=managed&page=2`, readable and
// stable for shared links (not the router's default JSON). Pure, unit-tested; the route schemas of
// `@marketplace/validators` (search.ts) then read the strings into typed values.

/** Every value as a string; a repeated key as a list of strings. */
export function parseSearch(searchStr: string): Record<string, unknown> {
  const result: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(searchStr.replace(/^\?/, ''))) {
    const previous = result[key];
    if (previous === undefined) result[key] = value;
    else if (Array.isArray(previous)) previous.push(value);
    else result[key] = [previous, value];
  }
  return result;
}

const written = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
};

/** `?a=1&b=x&b=y`, or '' for nothing: empty texts, empty lists and absent values are left out. */
export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      const text = written(item);
      if (text !== undefined) params.append(key, text);
    }
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
