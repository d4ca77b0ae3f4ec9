// A plain tRPC-over-HTTP client for tests, as another program would call the API: GET for queries,
// POST for mutations, JSON without superjson, and a cookie jar like a browser's.

export type TrpcErrorBody = {
  message: string;
  data: { code: string; httpStatus: number; fieldErrors?: unknown };
};

export class TrpcHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: TrpcErrorBody,
  ) {
    super(`${body.data.code}: ${body.message}`);
  }
  get code() {
    return this.body.data.code;
  }
}

export class HttpClient {
  private cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  query<T = unknown>(path: string, input?: unknown): Promise<T> {
    const search = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    return this.call<T>('GET', `${path}${search}`);
  }

  mutation<T = unknown>(path: string, input?: unknown): Promise<T> {
    return this.call<T>('POST', path, input === undefined ? undefined : JSON.stringify(input));
  }

  /** The session cookie's value, to check it is set, kept or cleared. */
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  private async call<T>(method: string, path: string, body?: string): Promise<T> {
    const response = await fetch(`${this.baseUrl}/trpc/${path}`, {
      method,
      headers: {
        ...this.headers,
        ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
      },
      ...(body ? { body } : {}),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const [name = '', value = ''] = pair.split('=');
      const removed = attributes.some((a) => /^max-age=0$/i.test(a)) || value === '';
      if (removed) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const json = (await response.json()) as { result?: { data: T }; error?: TrpcErrorBody };
    if (json.error) throw new TrpcHttpError(response.status, json.error);
    return json.result?.data as T;
  }
}

/** Runs `action`, expecting a tRPC error; returns it for assertions. */
export async function trpcError(action: Promise<unknown>): Promise<TrpcHttpError> {
  try {
    await action;
  } catch (error) {
    if (error instanceof TrpcHttpError) return error;
    throw error;
  }
  throw new Error('expected a tRPC error, the call succeeded');
}
