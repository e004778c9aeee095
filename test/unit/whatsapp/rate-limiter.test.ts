import { ManualClock } from '../../../src/clock';
import { createRateLimiter } from '../../../src/whatsapp/rate-limiter';

/** A sleep that records how long it was asked to wait and moves the clock by that much. */
function fakeSleep(clock: ManualClock) {
  const waits: number[] = [];
  return {
    waits,
    sleep: async (ms: number) => {
      waits.push(ms);
      clock.advance(ms);
    },
  };
}

describe('createRateLimiter', () => {
  it('spends the burst at once, then one token per 1/rate seconds', async () => {
    const clock = new ManualClock();
    const { sleep, waits } = fakeSleep(clock);
    const limiter = createRateLimiter({ ratePerSecond: 10, burst: 3, clock, sleep });
    for (let i = 0; i < 5; i += 1) await limiter.take();
    expect(waits).toEqual([100, 100]);
    expect(clock.now().toISOString()).toBe('2026-01-15T10:00:00.200Z');
  });

  it('never exceeds the rate over a long run (80 mps for 10 s of sends)', async () => {
    const clock = new ManualClock();
    const start = clock.now().getTime();
    const { sleep } = fakeSleep(clock);
    const limiter = createRateLimiter({ ratePerSecond: 80, clock, sleep });
    const sentAt: number[] = [];
    for (let i = 0; i < 880; i += 1) {
      await limiter.take();
      sentAt.push(clock.now().getTime() - start);
    }
    // Burst of 80 at t=0, then 800 more at 80/s: the last goes out at 10 s.
    expect(sentAt[79]).toBe(0);
    expect(sentAt[879]).toBe(10_000);
    for (let t = 0; t <= 9_000; t += 250) {
      const inWindow = sentAt.filter((s) => s >= t && s < t + 1000).length;
      expect(inWindow).toBeLessThanOrEqual(80 + 80); // burst + one second's refill at most
    }
    const afterBurst = sentAt.filter((s) => s >= 1000 && s < 2000).length;
    expect(afterBurst).toBe(80);
  });

  it('refills with time, up to the burst only', async () => {
    const clock = new ManualClock();
    const limiter = createRateLimiter({ ratePerSecond: 2, burst: 2, clock });
    expect(limiter.tryTake()).toBe(true);
    expect(limiter.tryTake()).toBe(true);
    expect(limiter.tryTake()).toBe(false);
    clock.advance(499);
    expect(limiter.tryTake()).toBe(false);
    clock.advance(1);
    expect(limiter.tryTake()).toBe(true);
    clock.advance(60_000);
    expect(limiter.tryTake(2)).toBe(true);
    expect(limiter.tryTake()).toBe(false);
  });

  it('serves concurrent takers in call order without overshooting', async () => {
    const clock = new ManualClock();
    const waits: number[] = [];
    // A sleep that does not move the clock: each caller's wait reflects the queue ahead of it.
    const limiter = createRateLimiter({
      ratePerSecond: 4,
      burst: 1,
      clock,
      sleep: async (ms) => void waits.push(ms),
    });
    await Promise.all([limiter.take(), limiter.take(), limiter.take(), limiter.take()]);
    expect(waits).toEqual([250, 500, 750]);
  });

  it('takes several tokens at once, waiting for the whole amount', async () => {
    const clock = new ManualClock();
    const { sleep, waits } = fakeSleep(clock);
    const limiter = createRateLimiter({ ratePerSecond: 10, burst: 10, clock, sleep });
    await limiter.take(10);
    await limiter.take(5);
    expect(waits).toEqual([500]);
    expect(limiter.tryTake()).toBe(false);
  });

  it('applies a new rate from now on', async () => {
    const clock = new ManualClock();
    const { sleep, waits } = fakeSleep(clock);
    const limiter = createRateLimiter({ ratePerSecond: 1, clock, sleep });
    await limiter.take();
    await limiter.take();
    limiter.setRate(20);
    await limiter.take();
    await limiter.take();
    // The bucket is empty when the rate rises: the next two wait 1/20 s each.
    expect(waits).toEqual([1000, 50, 50]);
  });

  it('lowers the default burst with the rate', () => {
    const clock = new ManualClock();
    const limiter = createRateLimiter({ ratePerSecond: 80, clock });
    limiter.setRate(2);
    expect(limiter.tryTake(2)).toBe(true);
    expect(limiter.tryTake()).toBe(false);
  });

  it('ignores a clock that steps back', () => {
    const clock = new ManualClock();
    const limiter = createRateLimiter({ ratePerSecond: 1, clock });
    expect(limiter.tryTake()).toBe(true);
    clock.advance(-10_000);
    expect(limiter.tryTake()).toBe(false);
    clock.advance(10_999);
    expect(limiter.tryTake()).toBe(false);
    clock.advance(1);
    expect(limiter.tryTake()).toBe(true);
  });

  it('refuses nonsense options and counts', async () => {
    const clock = new ManualClock();
    expect(() => createRateLimiter({ ratePerSecond: 0, clock })).toThrow(
      /ratePerSecond must be a positive number/,
    );
    expect(() => createRateLimiter({ ratePerSecond: 5, burst: 0, clock })).toThrow(
      /burst must be at least 1/,
    );
    const limiter = createRateLimiter({ ratePerSecond: 5, clock });
    expect(() => limiter.setRate(-1)).toThrow(/positive number/);
    expect(() => limiter.tryTake(0)).toThrow(/positive integer/);
    await expect(limiter.take(1.5)).rejects.toThrow(/positive integer/);
  });
});
