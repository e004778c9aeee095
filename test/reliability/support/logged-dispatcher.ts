/**
 * A dispatcher on a test context whose logs go into `ctx.logs` (at trace) and whose waits move
 * the ManualClock instead of sleeping, so a whole task dispatches in one tick.
 */
import { Writable } from 'node:stream';
import { createLogger } from '../../../src/logger';
import { createDispatcher, type Dispatcher } from '../../../src/services/dispatch/dispatcher';
import type { TestContext } from '../../support/context';

export function loggedDispatcher(ctx: TestContext, instanceId = 'logged-dispatcher'): Dispatcher {
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      ctx.logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return createDispatcher({
    ...ctx.services,
    store: ctx.store,
    clock: ctx.clock,
    metrics: ctx.metrics,
    log: createLogger({ level: 'trace', destination }),
    config: { instanceId, leaseTtlMs: 30_000 },
    sleep: async (ms) => {
      ctx.clock.advance(ms);
      await new Promise<void>((resolve) => setImmediate(resolve));
    },
    random: () => 0.5,
  });
}
