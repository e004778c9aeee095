import type { Clock } from '../clock';
import { coerceError } from '../errors';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import type { Store } from '../store/types';

interface Waiting {
  body: string;
  receivedAt: Date;
  resolve: (id: string) => void;
  reject: (err: Error) => void;
}

/**
 * Durable webhook intake with group commit: deliveries that arrive while a write is in flight
 * are stored together in the next transaction (one fsync for many), and each request is
 * answered only after its own row is durable. That keeps the "200 means stored" guarantee
 * without paying one fsync per request.
 */
export function createWebhookIngest(deps: {
  store: Store;
  clock: Clock;
  log: Logger;
  metrics: Metrics;
}) {
  const { store, clock, log } = deps;
  let queue: Waiting[] = [];
  let flushing: Promise<void> | null = null;
  const listeners: (() => void)[] = [];

  async function flushLoop(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      try {
        const ids = await store.appendInbox(
          batch.map(({ body, receivedAt }) => ({ body, receivedAt })),
        );
        batch.forEach((w, i) => w.resolve(ids[i] ?? ''));
      } catch (err) {
        const e = coerceError(err);
        log.error(
          { err: e, count: batch.length },
          'could not store webhook deliveries; Meta will retry them',
        );
        batch.forEach((w) => w.reject(e));
      }
    }
    flushing = null;
    for (const listener of listeners) listener();
  }

  return {
    /** Resolves with the inbox id once the delivery is durably stored. */
    store(body: string): Promise<string> {
      const promise = new Promise<string>((resolve, reject) => {
        queue.push({ body, receivedAt: clock.now(), resolve, reject });
      });
      if (!flushing) {
        // setImmediate lets the deliveries already parsed in this turn of the loop join the batch.
        flushing = new Promise((done) => setImmediate(() => void flushLoop().then(done)));
      }
      return promise;
    },
    /** Called after each group commit (the inbox processor drains then). */
    onStored(listener: () => void): void {
      listeners.push(listener);
    },
    /** Resolves when nothing is waiting to be written. */
    async idle(): Promise<void> {
      while (flushing) await flushing;
    },
  };
}

export type WebhookIngest = ReturnType<typeof createWebhookIngest>;
