import { realSleep, type Clock } from '../clock';

export interface RateLimiterOptions {
  /** Sustained rate, e.g. Meta's 80 messages per second per number. */
  ratePerSecond: number;
  /** Tokens that may be spent at once; defaults to one second's worth (at least 1). */
  burst?: number;
  clock: Clock;
  /** How to wait; tests pass one that advances a ManualClock. */
  sleep?: (ms: number) => Promise<void>;
}

export interface RateLimiter {
  /** Resolves when `n` tokens are taken, waiting (through `sleep`) as long as needed. */
  take(n?: number): Promise<void>;
  /** Takes `n` tokens if they are there now; never waits. */
  tryTake(n?: number): boolean;
  /** Changes the rate from now on (e.g. when Meta upgrades the number to 1,000 mps). */
  setRate(ratePerSecond: number): void;
}

function checkRate(rate: number): void {
  if (!Number.isFinite(rate) || rate <= 0) {
    throw new Error(`Rate limiter: ratePerSecond must be a positive number, got ${rate}`);
  }
}

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`Rate limiter: take(n) needs a positive integer, got ${n}`);
}

/**
 * A token bucket, one per sending number: Meta's throughput limit is per number, so every task
 * sending from it shares one. `take` reserves its tokens at once (the balance may go negative)
 * and then waits for the debt to refill, so concurrent callers are served in call order and
 * never overshoot the rate. Time comes from the injected clock only.
 */
export function createRateLimiter(opts: RateLimiterOptions): RateLimiter {
  checkRate(opts.ratePerSecond);
  if (opts.burst !== undefined && (!Number.isFinite(opts.burst) || opts.burst < 1)) {
    throw new Error(`Rate limiter: burst must be at least 1, got ${opts.burst}`);
  }
  const sleep = opts.sleep ?? realSleep;
  const burstFor = (rate: number) => opts.burst ?? Math.max(1, rate);
  let rate = opts.ratePerSecond;
  let burst = burstFor(rate);
  let tokens = burst;
  let last = opts.clock.now().getTime();

  function refill(): void {
    const now = opts.clock.now().getTime();
    // A clock that steps back (NTP) adds nothing rather than taking tokens away.
    const elapsed = Math.max(0, now - last);
    last = Math.max(last, now);
    tokens = Math.min(burst, tokens + (elapsed * rate) / 1000);
  }

  return {
    async take(n = 1) {
      checkCount(n);
      refill();
      tokens -= n;
      if (tokens >= 0) return;
      await sleep(Math.ceil((-tokens * 1000) / rate));
    },
    tryTake(n = 1) {
      checkCount(n);
      refill();
      if (tokens < n) return false;
      tokens -= n;
      return true;
    },
    setRate(ratePerSecond) {
      checkRate(ratePerSecond);
      refill();
      rate = ratePerSecond;
      burst = burstFor(rate);
      tokens = Math.min(tokens, burst);
    },
  };
}
