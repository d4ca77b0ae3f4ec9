import type { OutscaleClient, Request, Response } from './client.ts';
import type { FirstItemPaginatedAction, TokenPaginatedAction } from './generated/api.gen.ts';

const PAGE_SIZE = 1000;

/** The pages of a `Read*` call paginated with NextPageToken. */
export async function* tokenPages<A extends TokenPaginatedAction>(
  client: OutscaleClient,
  action: A,
  request: Request<A> = {} as Request<A>,
): AsyncGenerator<Response<A>> {
  let token: string | undefined;
  do {
    const page: Response<A> = await client.call(action, {
      ResultsPerPage: PAGE_SIZE,
      ...request,
      ...(token ? { NextPageToken: token } : {}),
    });
    yield page;
    token = page.NextPageToken || undefined;
  } while (token);
}

/** The pages of an EIM read paginated with FirstItem and HasMoreItems. */
export async function* firstItemPages<A extends FirstItemPaginatedAction>(
  client: OutscaleClient,
  action: A,
  request: Request<A>,
  countItems: (page: Response<A>) => number,
): AsyncGenerator<Response<A>> {
  let first = request.FirstItem ?? 0;
  for (;;) {
    const page: Response<A> = await client.call(action, {
      ResultsPerPage: 100,
      ...request,
      FirstItem: first,
    });
    yield page;
    const count = countItems(page);
    if (!page.HasMoreItems || count === 0) return;
    first += count;
  }
}

/** Flattens pages into their items. */
export async function* items<P, T>(
  pages: AsyncIterable<P>,
  pick: (page: P) => T[] | undefined,
): AsyncGenerator<T> {
  for await (const page of pages) yield* pick(page) ?? [];
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}
