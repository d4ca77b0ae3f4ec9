import { isOutscaleKeyText } from '@marketplace/domain';
import { OutscaleError } from './errors.ts';
import type { ActionName, Operations } from './generated/api.gen.ts';
import { publicActions } from './generated/api.gen.ts';
import { backoffDelay, defaultRetryPolicy, type RetryPolicy, realSleep } from './retry.ts';
import { formatDateTime, signRequest } from './signing.ts';

export type Request<A extends ActionName> = Operations[A]['request'];
export type Response<A extends ActionName> = Operations[A]['response'];

export const DEFAULT_ENDPOINT = 'https://api.{region}.outscale.com/api/v1';
const CONTENT_TYPE = 'application/json; charset=utf-8';

/** What the client is about to send, for logs and for tests that check every request. */
export interface RequestEvent {
  action: ActionName;
  body: unknown;
  attempt: number;
}

export interface ClientOptions {
  region: string;
  accessKey: string;
  secretKey: string;
  /** Endpoint template; `{region}` is replaced. Default: the public OUTSCALE API. */
  endpoint?: string;
  /** Per attempt. Default 30 s. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Injected in tests so that backoff never really waits. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => Date;
  /** Extra unsigned headers (the simulator reads a few of them, see README). */
  headers?: Record<string, string>;
  onRequest?: (event: RequestEvent) => void;
  onRetry?: (event: { action: ActionName; error: OutscaleError; delayMs: number; retry: number }) => void;
}

/** One client per region and credential pair, as an OUTSCALE account lives in one region. */
export class OutscaleClient {
  readonly region: string;
  readonly baseUrl: string;
  private readonly options: ClientOptions;
  private readonly retry: RetryPolicy;

  constructor(options: ClientOptions) {
    this.options = options;
    this.region = options.region;
    this.baseUrl = (options.endpoint ?? DEFAULT_ENDPOINT)
      .replaceAll('{region}', options.region)
      .replace(/\/+$/, '');
    this.retry = { ...defaultRetryPolicy, ...options.retry };
  }

  get accessKey(): string {
    return this.options.accessKey;
  }

  /** Calls one action, retrying on 429 and 5xx only. Throws `OutscaleError`. */
  async call<A extends ActionName>(action: A, request: Request<A>): Promise<Response<A>> {
    const sleep = this.options.sleep ?? realSleep;
    const random = this.options.random ?? Math.random;
    if (!publicActions.includes(action)) this.assertSendableKeys(action);
    for (let attempt = 1; ; attempt++) {
      try {
        return (await this.attempt(action, request, attempt)) as Response<A>;
      } catch (error) {
        if (!(error instanceof OutscaleError) || !error.isRetryable() || attempt > this.retry.retries)
          throw error;
        const delayMs = backoffDelay(attempt - 1, this.retry, random);
        this.options.onRetry?.({ action, error, delayMs, retry: attempt });
        await sleep(delayMs);
      }
    }
  }

  /**
   * Keys go into a header and a signature, which take ASCII only: other keys cannot be anyone's, so
   * they are refused as wrong credentials (code 1) without a request, not as a failure to send one.
   */
  private assertSendableKeys(action: ActionName): void {
    if (isOutscaleKeyText(this.options.accessKey) && isOutscaleKeyText(this.options.secretKey)) return;
    throw new OutscaleError({
      action,
      status: 401,
      code: '1',
      type: 'AccessDenied',
      details: 'the access key or the secret key is not printable ASCII, so no request was sent',
      attempts: 0,
    });
  }

  private async attempt(action: ActionName, request: unknown, attempt: number): Promise<unknown> {
    const url = new URL(`${this.baseUrl}/${action}`);
    const body = JSON.stringify(request ?? {});
    this.options.onRequest?.({ action, body: JSON.parse(body), attempt });
    const headers = publicActions.includes(action)
      ? { 'Content-Type': CONTENT_TYPE }
      : signRequest({
          accessKey: this.options.accessKey,
          secretKey: this.options.secretKey,
          region: this.region,
          host: url.host,
          path: url.pathname,
          body,
          contentType: CONTENT_TYPE,
          dateTime: formatDateTime(this.options.now?.() ?? new Date()),
        });
    const timeoutMs = this.options.timeoutMs ?? 30_000;
    let response: globalThis.Response;
    let text: string;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { ...this.options.headers, ...headers },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      text = await response.text();
    } catch (cause) {
      const timedOut =
        cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
      throw new OutscaleError({
        action,
        status: 0,
        code: timedOut ? 'Timeout' : 'NetworkError',
        type: timedOut ? 'Timeout' : 'NetworkError',
        details: timedOut
          ? `no answer from ${url.origin} within ${timeoutMs} ms`
          : `cannot reach ${url.origin}: ${cause instanceof Error ? cause.message : String(cause)}`,
        attempts: attempt,
        cause,
      });
    }
    const payload = parseJson(text);
    if (response.ok && payload) return payload;
    const first = Array.isArray(payload?.Errors) ? (payload.Errors[0] as Record<string, unknown>) : undefined;
    throw new OutscaleError({
      action,
      status: response.status,
      code: String(first?.Code ?? (response.ok ? 'InvalidResponse' : response.status)),
      type: String(first?.Type ?? (response.ok ? 'InvalidResponse' : response.statusText)),
      details: String(first?.Details ?? (payload ? '' : text.slice(0, 200))),
      requestId: (payload?.ResponseContext as { RequestId?: string } | undefined)?.RequestId,
      attempts: attempt,
    });
  }
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function createClient(options: ClientOptions): OutscaleClient {
  return new OutscaleClient(options);
}
