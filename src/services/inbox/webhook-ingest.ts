import type { Clock } from '../../clock';
import { coerceError } from '../../errors';
import type { Logger } from '../../logger';
import type { Metrics } from '../../metrics';
import type { InboxLane, InboxStore } from '../../store/types';

interface Waiting {
  body: string;
  receivedAt: Date;
  lane: InboxLane;
  resolve: (id: string) => void;
  reject: (err: Error) => void;
}

/** Group commits allowed in flight at once (a MongoDB store may take a while to answer). */
const MAX_IN_FLIGHT = 8;

/**
 * Durable webhook intake with group commit: deliveries that arrive in one turn of the event loop
 * are stored together in one transaction, and each request is answered only after its own row
 * is durable. Commits are pipelined: the next group is written while the previous one's fsync
 * is still running (the SQLite store shares one fsync among every commit made meanwhile), so
 * the loop never idles waiting for the disk. That keeps the "200 means stored" guarantee
 * without paying one fsync per request.
 */
export function createWebhookIngest(deps: {
  store: InboxStore;
  clock: Clock;
  log: Logger;
  metrics: Metrics;
}) {
  const { store, clock, log } = deps;
  let queue: Waiting[] = [];
  let scheduled = false;
  let inFlight = 0;
  const drained: (() => void)[] = [];

  function schedule(): void {
    if (scheduled || queue.length === 0 || inFlight >= MAX_IN_FLIGHT) return;
    scheduled = true;
    // setImmediate lets the deliveries already parsed in this turn of the loop join the group.
    setImmediate(flush);
  }

  function flush(): void {
    scheduled = false;
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    inFlight += 1;
    store
      .appendInbox(batch.map(({ body, receivedAt, lane }) => ({ body, receivedAt, lane })))
      .then(
        (ids) => batch.forEach((w, i) => w.resolve(ids[i] ?? '')),
        (err: unknown) => {
          const e = coerceError(err);
          log.error(
            { err: e, count: batch.length },
            'could not store webhook deliveries; Meta will retry them',
          );
          batch.forEach((w) => w.reject(e));
        },
      )
      .finally(() => {
        inFlight -= 1;
        schedule();
        if (inFlight === 0 && queue.length === 0) for (const done of drained.splice(0)) done();
      });
  }

  return {
    /**
     * Resolves with the inbox id once the delivery is durably stored, in `lane` (priority when
     * not said: never behind receipts when in doubt).
     */
    store(body: string, lane: InboxLane = 'priority'): Promise<string> {
      const promise = new Promise<string>((resolve, reject) => {
        queue.push({ body, receivedAt: clock.now(), lane, resolve, reject });
      });
      schedule();
      return promise;
    },
    /** Resolves when nothing is waiting to be written. */
    idle(): Promise<void> {
      if (inFlight === 0 && queue.length === 0) return Promise.resolve();
      return new Promise((resolve) => drained.push(resolve));
    },
  };
}

export type WebhookIngest = ReturnType<typeof createWebhookIngest>;
