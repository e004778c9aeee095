/** Every time decision takes `clock.now()`, so tests can pin and move time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Waits for real time to pass: the default of every injectable `sleep` (tests inject their own). */
export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A clock for tests and simulations: starts at `start` and moves only when told to. */
export class ManualClock implements Clock {
  private ms: number;
  constructor(start: Date | string | number = '2026-01-15T10:00:00.000Z') {
    this.ms = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.ms);
  }
  advance(ms: number): Date {
    this.ms += ms;
    return this.now();
  }
  set(to: Date | string | number): void {
    this.ms = new Date(to).getTime();
  }
}
