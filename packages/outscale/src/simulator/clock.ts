/**
 * The simulator's clock: a base clock (the injected one, or Date.now) plus an offset that tests move,
 * so that copies, VM state changes, consumption and signature freshness follow without anyone sleeping.
 */
export class SimulatorClock {
  private offsetMs = 0;

  constructor(private readonly base: () => number = Date.now) {}

  /** Epoch milliseconds, as the simulator sees them. */
  nowMs(): number {
    return this.base() + this.offsetMs;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  /** Moves the clock forward (or back, with a negative value); answers the new now. */
  advance(ms: number): Date {
    if (!Number.isFinite(ms)) throw new Error('advance() takes a number of milliseconds');
    this.offsetMs += ms;
    return this.now();
  }

  /** Puts the clock at a moment, from which it goes on at the base clock's pace. */
  set(date: Date | string | number): Date {
    const target = new Date(date).getTime();
    if (Number.isNaN(target)) throw new Error(`set() takes a date, not ${String(date)}`);
    this.offsetMs = target - this.base();
    return this.now();
  }

  /** Back to the base clock. */
  reset(): Date {
    this.offsetMs = 0;
    return this.now();
  }
}
