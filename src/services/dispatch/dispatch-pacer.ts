/**
 * How fast one sending number (or one task with its own cap) may send. Two rules together:
 * - a token bucket holding BURST_SECONDS of tokens, so a late timer, a GC pause, a WAL
 *   checkpoint or the gap between two batches does not cost throughput: the sends missed during
 *   a stall that short are caught up (with one token only, every such stall is lost for good, and
 *   1,000 per second came out near 850);
 * - a sliding window over the last `rate` sends, so catching up never puts more than `rate`
 *   sends in any one-second window, which is how Meta counts a number's throughput.
 * Time comes from the injected clock and waits go through the injected sleep, as in the limiter.
 */
import type { Clock } from '../../clock';
import { createRateLimiter, type RateLimiter } from '../../whatsapp/rate-limiter';

const BURST_SECONDS = 0.05;
const WINDOW_MS = 1000;

export interface PacerOptions {
  ratePerSecond: number;
  clock: Clock;
  sleep: (ms: number) => Promise<void>;
}

export function createPacer(opts: PacerOptions): RateLimiter {
  const { clock, sleep } = opts;
  const bucketFor = (rate: number) =>
    createRateLimiter({
      ratePerSecond: rate,
      burst: Math.max(1, Math.floor(rate * BURST_SECONDS)),
      clock,
      sleep,
    });
  let bucket = bucketFor(opts.ratePerSecond);
  /** When the last `capacity` sends went out, oldest first. */
  let recent: number[] = [];
  let capacity = Math.max(1, Math.floor(opts.ratePerSecond));
  let queue: Promise<void> = Promise.resolve();

  /** Milliseconds until `n` more sends keep every one-second window within the rate. */
  function windowWait(n = 1): number {
    if (n > capacity) return WINDOW_MS;
    const index = recent.length + n - 1 - capacity;
    if (index < 0) return 0;
    return Math.max(0, (recent[index] ?? 0) + WINDOW_MS - clock.now().getTime());
  }

  function record(): void {
    recent.push(clock.now().getTime());
    if (recent.length > capacity * 2) recent = recent.slice(-capacity);
  }

  async function takeOne(): Promise<void> {
    await bucket.take();
    for (let wait = windowWait(); wait > 0; wait = windowWait()) await sleep(wait);
    record();
  }

  return {
    take(n = 1) {
      if (!Number.isInteger(n) || n < 1) {
        return Promise.reject(new Error(`Pacer: take(n) needs a positive integer, got ${n}`));
      }
      // Callers are served one after another, in call order, as by the limiter.
      const turn = queue.then(async () => {
        for (let i = 0; i < n; i += 1) await takeOne();
      });
      queue = turn.catch(() => undefined);
      return turn;
    },
    tryTake(n = 1) {
      if (!Number.isInteger(n) || n < 1 || windowWait(n) > 0) return false;
      if (!bucket.tryTake(n)) return false;
      for (let i = 0; i < n; i += 1) record();
      return true;
    },
    setRate(ratePerSecond) {
      // A fresh bucket (full, at most BURST_SECONDS of sends); the window still holds.
      bucket = bucketFor(ratePerSecond);
      capacity = Math.max(1, Math.floor(ratePerSecond));
      recent = recent.slice(-capacity);
    },
  };
}
