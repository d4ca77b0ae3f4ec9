/** What the next calls of an action (or of every action, `*`) should suffer. */
export interface Fault {
  action: string;
  /** How many calls it hits; then it is spent. */
  count: number;
  /** Answer with this status (429 throttling, 500/503 server error) instead of doing the call. */
  status?: 429 | 500 | 502 | 503;
  /** Never answer: the client has to time out. */
  timeout?: boolean;
  /** Wait this long before handling the call. */
  latencyMs?: number;
  /** CreateImage succeeds but the copy ends in the `failed` state instead of `available`. */
  failImage?: boolean;
}

export interface FaultOutcome {
  status?: number;
  timeout?: boolean;
  failImage?: boolean;
  latencyMs: number;
}

/** Faults and latency for tests, set from code or through POST /_control/faults. */
export class FaultInjector {
  private faults: Fault[] = [];
  private latencyMs = 0;

  add(fault: Fault): void {
    if (!Number.isInteger(fault.count) || fault.count < 1)
      throw new Error('A fault needs a count of 1 or more');
    this.faults.push({ ...fault });
  }

  /** Latency added to every call from now on. */
  setLatency(ms: number): void {
    this.latencyMs = Math.max(0, ms);
  }

  clear(): void {
    this.faults = [];
    this.latencyMs = 0;
  }

  pending(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  /** Consumes the first fault that applies to this call. */
  take(action: string): FaultOutcome {
    const fault = this.faults.find((f) => f.action === action || f.action === '*');
    if (!fault) return { latencyMs: this.latencyMs };
    fault.count -= 1;
    if (fault.count <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return {
      latencyMs: this.latencyMs + (fault.latencyMs ?? 0),
      ...(fault.status ? { status: fault.status } : {}),
      ...(fault.timeout ? { timeout: true } : {}),
      ...(fault.failImage ? { failImage: true } : {}),
    };
  }
}
