/**
 * Watches a database file for opt-outs becoming active, from a worker thread with its own
 * read-only connection (so the poll loop never waits behind the main thread's HTTP client).
 * Each contact is stamped with the start of the first poll whose snapshot showed its active
 * opt-out: the opt-out was committed, hence active, at that instant at the latest.
 */
import { startWorker } from '../../src/worker-thread';
import type { WatcherData } from './opt-out-watcher-thread';

export interface OptOutWatcher {
  /** Resolves with contact → instant it was seen active, once all expected were seen or stop() was called. */
  result: Promise<Map<string, number>>;
  stop(): void;
}

export function watchOptOuts(path: string, expected: number, intervalMs = 1): OptOutWatcher {
  const stop = new SharedArrayBuffer(4);
  const workerData: WatcherData = { path, expected, intervalMs, stop };
  const worker = startWorker(__dirname, 'opt-out-watcher-thread', 'packages', { workerData });
  const result = new Promise<Map<string, number>>((resolve, reject) => {
    worker.once('message', (pairs: [string, number][]) => resolve(new Map(pairs)));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`opt-out watcher exited with ${code}`));
    });
  });
  return {
    result,
    stop: () => Atomics.store(new Int32Array(stop), 0, 1),
  };
}
