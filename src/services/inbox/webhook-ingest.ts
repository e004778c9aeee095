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
 * How long the webhook must have had nothing to do (no delivery waiting, none arriving, none
 * answered) to count as quiet. "Nothing waiting right now" alone is no sign of quiet: under a
 * flood, the moment a group commit is answered nothing waits, and the senders' next deliveries
 * are a fraction of a millisecond away. A flood leaves no such gap; a trickle (a delivery every
 * few tens of milliseconds, or several hundred a second arriving in bursts) leaves plenty.
 */
export const QUIET_MS = 5;

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
  /** Milliseconds from a monotonic clock (performance.now): when the webhook was last busy. */
  now?: () => number;
}) {
  const { store, clock, log } = deps;
  const now = deps.now ?? (() => performance.now());
  let queue: Waiting[] = [];
  let scheduled = false;
  let inFlight = 0;
  const drained: (() => void)[] = [];
  // The last arrival or answer; and one shared wait for quiet, however many ask.
  let lastBusy = -Infinity;
  let arrivals = 0;
  let quietWait: Promise<void> | null = null;

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
        lastBusy = now();
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
      lastBusy = now();
      arrivals += 1;
      const promise = new Promise<string>((resolve, reject) => {
        queue.push({ body, receivedAt: clock.now(), lane, resolve, reject });
      });
      schedule();
      return promise;
    },
    /** Resolves when nothing is waiting to be written. */
    idle,
    /**
     * Resolves once the webhook is quiet: nothing waiting to be stored, and no delivery arrived
     * or answered for QUIET_MS. What the inbox processor waits for past its share (see
     * processing-share.ts). Callers share one wait, so asking often costs nothing.
     */
    quiet(): Promise<void> {
      quietWait ??= untilQuiet().finally(() => {
        quietWait = null;
      });
      return quietWait;
    },
  };

  function idle(): Promise<void> {
    if (inFlight === 0 && queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => drained.push(resolve));
  }

  async function untilQuiet(): Promise<void> {
    for (;;) {
      await idle();
      // One turn of the loop first: deliveries that arrived while the caller kept the loop busy
      // are still unread in their sockets, and must not pass for a gap.
      const seen = arrivals;
      await new Promise((resolve) => setImmediate(resolve));
      if (arrivals !== seen || inFlight > 0 || queue.length > 0) continue;
      const left = lastBusy + QUIET_MS - now();
      if (left <= 0) return;
      await new Promise((resolve) => setTimeout(resolve, Math.ceil(left)));
    }
  }
}

export type WebhookIngest = ReturnType<typeof createWebhookIngest>;
