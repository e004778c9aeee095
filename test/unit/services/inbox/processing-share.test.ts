import { createProcessingShare } from '../../../../src/services/inbox/processing-share';

/**
 * The processor's guaranteed share of the event loop: 20 ms of every 100 ms whatever the webhook
 * does, everything else only while the webhook is quiet. Time is a hand-moved clock; the wait
 * for the window's end runs on Jest's fake timers.
 */
describe('processing share', () => {
  let t = 0;
  const now = () => t;
  beforeEach(() => {
    t = 0;
    jest.useFakeTimers({
      doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask', 'performance'],
    });
  });
  afterEach(() => jest.useRealTimers());

  it('never waits while its share of the window is not used up', async () => {
    let asked = 0;
    const share = createProcessingShare({
      now,
      webhookQuiet: () => {
        asked += 1;
        return new Promise<void>(() => undefined);
      },
    });
    for (let step = 0; step < 4; step++) {
      t += 4; // 16 ms of work in all: under the 20 ms share
      await share.pause();
    }
    expect(asked).toBe(0);
    expect(share.used()).toBe(16);
  });

  it('past its share, goes on at once when the webhook is quiet', async () => {
    let asked = 0;
    const share = createProcessingShare({
      now,
      webhookQuiet: async () => {
        asked += 1;
      },
    });
    t += 30;
    await share.pause();
    t += 30;
    await share.pause();
    expect(asked).toBe(2);
  });

  it('stops waiting at once when released (a drain or the shutdown), with no timer run', async () => {
    const share = createProcessingShare({ now, webhookQuiet: () => new Promise(() => undefined) });
    share.release(); // nothing waiting: nothing to end, and nothing ended in advance
    t += 30;
    let resumed = false;
    const pausing = share.pause().then(() => (resumed = true));
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(resumed).toBe(false);
    share.release();
    await pausing;
    expect(resumed).toBe(true);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('under a flood that is never quiet, gets a fresh share when the 100 ms window ends', async () => {
    const share = createProcessingShare({ now, webhookQuiet: () => new Promise(() => undefined) });
    t += 30; // the share used up 30 ms into the window
    let resumed = false;
    const pausing = share.pause().then(() => (resumed = true));
    await jest.advanceTimersByTimeAsync(69);
    expect(resumed).toBe(false);
    t = 100;
    await jest.advanceTimersByTimeAsync(1);
    await pausing;
    expect(resumed).toBe(true);
    // A new window: its share is whole again, so the next short step does not wait.
    expect(share.used()).toBe(0);
    t += 10;
    let again = false;
    await share.pause().then(() => (again = true));
    expect(again).toBe(true);
  });

  it('never waits without a webhook to yield to', async () => {
    const share = createProcessingShare({ now });
    t += 500;
    await share.pause();
    expect(share.used()).toBe(0);
  });
});

describe('processing share: one entry per turn', () => {
  it('gives side-by-side entries one turn of the loop each, with I/O let in between', async () => {
    const share = createProcessingShare();
    // A ticker that counts the loop's turns (as the webhook's I/O would get them).
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns += 1;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const startedAt: number[] = [];
    await Promise.all([0, 1, 2].map(() => share.turn().then(() => startedAt.push(turns))));
    ticking = false;
    expect(startedAt).toHaveLength(3);
    expect(startedAt[1]!).toBeGreaterThan(startedAt[0]!);
    expect(startedAt[2]!).toBeGreaterThan(startedAt[1]!);
  });
});
