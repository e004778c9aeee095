import { ManualClock } from '../../../../src/clock';
import { createPacer } from '../../../../src/services/dispatch/dispatch-pacer';

function setup(rate: number) {
  const clock = new ManualClock();
  const start = clock.now().getTime();
  const waits: number[] = [];
  const sleep = async (ms: number) => {
    waits.push(ms);
    clock.advance(ms);
  };
  const pacer = createPacer({ ratePerSecond: rate, clock, sleep });
  return { clock, waits, pacer, elapsed: () => clock.now().getTime() - start };
}

/** The most sends any window [t, t + 1 s) saw. */
function busiestSecond(times: number[]): number {
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[j]! <= times[i]! - 1000) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

describe('createPacer', () => {
  it('sends at the rate: 1,000 per second for 3 s of sends', async () => {
    const { pacer, elapsed } = setup(1000);
    for (let i = 0; i < 3000; i += 1) await pacer.take();
    // 50 ms of burst at the start, then one per millisecond.
    expect(elapsed()).toBe(2950);
  });

  it('catches up after a stall shorter than the burst instead of losing the time', async () => {
    const { pacer, clock, elapsed } = setup(1000);
    for (let i = 0; i < 1000; i += 1) await pacer.take();
    const before = elapsed();
    clock.advance(30); // a WAL checkpoint, a GC pause, the gap between two batches
    for (let i = 0; i < 1000; i += 1) await pacer.take();
    // 1,000 sends 1 s after the first 1,000 started: the 30 ms stall cost nothing.
    expect(elapsed() - before).toBe(1000);
  });

  it('never puts more than the rate in any one-second window, whatever the stalls', async () => {
    const { pacer, clock, elapsed } = setup(80);
    const times: number[] = [];
    let seed = 7;
    for (let i = 0; i < 2000; i += 1) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      if (seed % 10 === 0) clock.advance(seed % 45); // stalls within the 50 ms burst
      await pacer.take();
      times.push(elapsed());
    }
    expect(busiestSecond(times)).toBeLessThanOrEqual(80);
    // And the stalls cost nothing on average: 2,000 sends at 80 per second take 25 s.
    expect(elapsed()).toBeGreaterThanOrEqual(24_900);
    expect(elapsed()).toBeLessThan(25_300);
  });

  it('serves concurrent callers in call order', async () => {
    const { pacer, elapsed } = setup(10);
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3].map((i) => pacer.take().then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3]);
    expect(elapsed()).toBe(300);
  });

  it('tryTake refuses when the window is full, and setRate applies at once', async () => {
    const { pacer, clock } = setup(2);
    expect(pacer.tryTake()).toBe(true);
    clock.advance(500);
    expect(pacer.tryTake()).toBe(true);
    clock.advance(400);
    expect(pacer.tryTake()).toBe(false);
    pacer.setRate(3);
    expect(pacer.tryTake()).toBe(true);
    await expect(pacer.take(0)).rejects.toThrow('positive integer');
  });
});
