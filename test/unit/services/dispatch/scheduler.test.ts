import { createLogger } from '../../../../src/logger';
import { createScheduler } from '../../../../src/services/dispatch/scheduler';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createScheduler', () => {
  const log = createLogger({ level: 'silent' });

  it('never runs a tick while the previous one is running', async () => {
    const gate = deferred();
    let ticks = 0;
    const dispatcher = {
      tick: async () => {
        ticks += 1;
        await gate.promise;
      },
      stop: async () => undefined,
    };
    const scheduler = createScheduler({ cron: '*/10 * * * * *', dispatcher, log });
    const first = scheduler.runTick();
    await scheduler.runTick();
    await scheduler.runTick();
    expect(ticks).toBe(1);
    gate.resolve();
    await first;
    await scheduler.runTick();
    expect(ticks).toBe(2);
  });

  it('stop() stops the dispatcher and waits for the running tick', async () => {
    const gate = deferred();
    const events: string[] = [];
    const dispatcher = {
      tick: async () => {
        events.push('tick');
        await gate.promise;
        events.push('tick done');
      },
      stop: async () => {
        events.push('dispatcher stop');
        gate.resolve();
      },
    };
    const scheduler = createScheduler({ cron: '*/10 * * * * *', dispatcher, log });
    scheduler.start();
    void scheduler.runTick();
    await scheduler.stop();
    expect(events).toEqual(['tick', 'dispatcher stop', 'tick done']);
    await scheduler.runTick();
    expect(events.filter((e) => e === 'tick')).toHaveLength(1);
  });

  it('keeps ticking after a tick fails', async () => {
    let ticks = 0;
    const dispatcher = {
      tick: async () => {
        ticks += 1;
        throw new Error('boom');
      },
      stop: async () => undefined,
    };
    const scheduler = createScheduler({ cron: '*/10 * * * * *', dispatcher, log });
    await scheduler.runTick();
    await scheduler.runTick();
    expect(ticks).toBe(2);
  });
});
