/**
 * The 4xxx codes of the official catalogue whose Name says the thing is missing (4000
 * access-keys-not-found, 4002 bucket-not-found, 4005 enable-access-log-not-found, 4006
 * gateway-does-not-exist, 4084 load-balancer-attribute-not-found): not found, although in the 4xxx family.
 */
const NOT_FOUND_4XXX = new Set(['4000', '4002', '4005', '4006', '4084']);

/** A failure answered by the OUTSCALE API (or by the network on its way), typed so callers can branch. */
export class OutscaleError extends Error {
  override readonly name = 'OutscaleError';
  readonly action: string;
  /** HTTP status; 0 when no answer came (network failure or timeout). */
  readonly status: number;
  /** The OUTSCALE error code, a string (`'5023'`), or `'Timeout'` / `'NetworkError'` without an answer. */
  readonly code: string;
  readonly type: string;
  readonly details: string;
  readonly requestId: string | undefined;
  /** How many HTTP attempts were made, retries included. */
  readonly attempts: number;

  constructor(init: {
    action: string;
    status: number;
    code: string;
    type: string;
    details: string;
    requestId?: string | undefined;
    attempts?: number;
    cause?: unknown;
  }) {
    super(
      `OUTSCALE ${init.action} failed: ${init.status ? `HTTP ${init.status}, ` : ''}code ${init.code} ${init.type}${
        init.details ? `: ${init.details}` : ''
      }${init.requestId ? ` (request ${init.requestId})` : ''}`,
      { cause: init.cause },
    );
    this.action = init.action;
    this.status = init.status;
    this.code = init.code;
    this.type = init.type;
    this.details = init.details;
    this.requestId = init.requestId;
    this.attempts = init.attempts ?? 1;
  }

  private get family(): number {
    const n = Number(this.code);
    if (!Number.isInteger(n) || n < 1000) return 0;
    return n >= 10000 ? 10 : Math.floor(n / 1000);
  }

  /** 5xxx, or a 4xxx named `...-not-found` (4000 for an access key): it does not exist (or is not visible). */
  isNotFound(): boolean {
    return this.family === 5 || NOT_FOUND_4XXX.has(this.code);
  }
  /** 9xxx or HTTP 409: it already exists, or conflicts with another resource. */
  isConflict(): boolean {
    return this.family === 9 || this.status === 409;
  }
  /** 6xxx: the resource is not in a state that allows the call (image still pending, active key...). */
  isInvalidState(): boolean {
    return this.family === 6;
  }
  /** 10xxx: a quota is reached. */
  isQuotaExceeded(): boolean {
    return this.family === 10;
  }
  /** HTTP 400 on the request's own content (the 4xxx not-found codes aside). */
  isInvalidParameter(): boolean {
    if (NOT_FOUND_4XXX.has(this.code)) return false;
    return this.status === 400 && (this.family === 4 || this.family === 3 || this.family === 7);
  }
  isThrottled(): boolean {
    return this.status === 429;
  }
  isServerError(): boolean {
    return this.status >= 500;
  }
  isTimeout(): boolean {
    return this.code === 'Timeout';
  }
  /** The only failures worth trying again as they are. */
  isRetryable(): boolean {
    return this.isThrottled() || this.isServerError();
  }
  /** Authentication refused for any reason: wrong keys, locked key, unmatched API access rules. */
  isAccessDenied(): boolean {
    return this.status === 401 || this.status === 403;
  }
  /** Code 1: the access key or the signature is wrong. */
  isInvalidCredentials(): boolean {
    return this.status === 401 && this.code === '1';
  }
  /** Code 14: the keys are right but the account's API access rules refuse this caller (IP or certificate). */
  isApiAccessRuleDenied(): boolean {
    return this.status === 401 && this.code === '14';
  }
}

export function isOutscaleError(error: unknown): error is OutscaleError {
  return error instanceof OutscaleError;
}

/** A higher-level operation that could not reach its goal although every call succeeded. */
export class OutscaleOperationError extends Error {
  override readonly name = 'OutscaleOperationError';
  constructor(
    readonly code: 'ImageCopyFailed' | 'ImageWaitTimeout' | 'ImageNotFound' | 'InvalidName',
    message: string,
  ) {
    super(message);
  }
}
