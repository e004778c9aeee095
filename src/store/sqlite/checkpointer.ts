import { startWorker } from '../../worker-thread';
import type { CheckpointerData } from './checkpointer-thread';
import type { Db } from './sql-helpers';

/** How often the worker moves committed WAL frames into the database file. */
export const CHECKPOINT_INTERVAL_MS = 200;

/** What PRAGMA wal_checkpoint reports: frames in the WAL and frames now in the database file. */
export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

export interface Checkpointer {
  /** Checkpoints now, in the worker (tests; the timer does it otherwise). */
  checkpoint(): Promise<CheckpointResult>;
  /** Stops the worker (its connection closed) before the store's own connection closes. */
  stop(): Promise<void>;
}

/**
 * Checkpoints away from the event loop. SQLite's automatic checkpoint runs inside whichever
 * commit crosses 1,000 WAL pages: two fsyncs and a few megabytes copied (~7 ms) while every
 * request waits. The store's connection turns it off and this worker thread does it instead
 * (checkpointer-thread.ts).
 * If the worker ever fails, the connection takes automatic checkpoints back, so the WAL never
 * grows without bound.
 */
export function startCheckpointer(db: Db, path: string): Checkpointer {
  db.pragma('wal_autocheckpoint = 0');
  const workerData: CheckpointerData = { path, intervalMs: CHECKPOINT_INTERVAL_MS };
  const worker = startWorker(__dirname, 'checkpointer-thread', 'packages', { workerData });
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  let stopping = false;
  const fallBack = () => {
    if (!stopping && db.open) db.pragma('wal_autocheckpoint = 1000');
  };
  worker.on('error', fallBack);
  worker.once('exit', fallBack);

  return {
    checkpoint() {
      return new Promise((resolve, reject) => {
        worker.once('message', (result: CheckpointResult) => resolve(result));
        worker.once('error', reject);
        worker.postMessage('checkpoint');
      });
    },
    async stop() {
      stopping = true;
      // Unref'd so it never keeps a process alive, but a stop must be seen through: without
      // this, a process with nothing else to do exits before the worker answers, and close()
      // never resolves (what follows it in a shutdown never runs).
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
