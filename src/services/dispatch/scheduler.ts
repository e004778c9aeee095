import { createTask, type ScheduledTask } from 'node-cron';
import { coerceError } from '../../errors';
import type { Logger } from '../../logger';
import type { Dispatcher } from './dispatcher';

/**
 * Runs the dispatcher on DISPATCH_CRON. A tick never overlaps the previous one: node-cron's
 * noOverlap skips a due run while one is busy, and our own guard does the same for runs
 * triggered any other way. A tick that runs long (a big campaign) simply continues; the next
 * one starts at the first cron time after it ends.
 */
export function createScheduler(deps: {
  cron: string;
  dispatcher: Pick<Dispatcher, 'tick' | 'stop'>;
  log: Logger;
}) {
  const { dispatcher, log } = deps;
  let task: ScheduledTask | null = null;
  let current: Promise<void> | null = null;
  let stopped = false;

  async function runTick(): Promise<void> {
    if (stopped || current) return;
    current = dispatcher
      .tick()
      .catch((err: unknown) => log.error({ err: coerceError(err) }, 'dispatch tick failed'))
      .finally(() => {
        current = null;
      });
    await current;
  }

  return {
    start(): void {
      if (task || stopped) return;
      task = createTask(deps.cron, runTick, {
        name: 'stopline-dispatch',
        noOverlap: true,
        // A long tick is normal here, not a problem worth node-cron's console warnings.
        logger: {
          info: (m) => log.debug(m),
          warn: (m) => log.debug(m),
          error: (m) => log.error(typeof m === 'string' ? m : { err: m }, 'node-cron error'),
          debug: (m) => log.debug(typeof m === 'string' ? m : { err: m }, 'node-cron'),
        },
      });
      void task.start();
      log.info({ cron: deps.cron }, 'dispatch scheduler started');
    },

    /** Runs one tick now unless one is running (also what the cron calls). */
    runTick,

    /**
     * Stops scheduling and the dispatcher (a tick of a big campaign could otherwise run for
     * hours): the batch in flight finishes, unsent claims go back to pending, leases are released.
     */
    async stop(): Promise<void> {
      stopped = true;
      if (task) {
        await task.destroy();
        task = null;
      }
      await Promise.all([dispatcher.stop(), current]);
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
