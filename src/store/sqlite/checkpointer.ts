import { startWorker } from '../../worker-thread';
import type { CheckpointerData } from './checkpointer-thread';
import type { Db } from './sql-helpers';

/** How often the worker moves committed WAL frames into the database file. */
export const CHECKPOINT_INTERVAL_MS = 200;

/**
 * The WAL file's size past which it is truncated. SQLite never shrinks the WAL by itself: it
 * reuses the file from the start once every frame is checkpointed and no reader needs them,
 * and under sustained writes a PASSIVE checkpoint rarely finds that moment (a 303 MB WAL next
 * to a 29 MB database was seen). Past this size the worker takes a TRUNCATE checkpoint, which
 * holds writers off while it copies what PASSIVE left (little: PASSIVE just ran) and empties
 * the file. The bound: the WAL stays under this size plus what is written in one interval,
 * except while one read transaction stays open (its frames cannot be dropped until it ends).
 */
export const WAL_TRUNCATE_BYTES = 64 * 1024 * 1024;

/**
 * How long a TRUNCATE checkpoint waits for readers on older snapshots while it holds writers
 * off; past it, it gives up until the next tick. It bounds the stall a write can see.
 */
export const TRUNCATE_WAIT_MS = 50;

/** What PRAGMA wal_checkpoint reports: frames in the WAL and frames now in the database file. */
export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
  /** Whether the WAL had passed its bound and was emptied (TRUNCATE). */
  truncated: boolean;
}

export interface CheckpointerOptions {
  intervalMs?: number;
  truncateBytes?: number;
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
 * grows without bound (journal_size_limit then keeps the file at most WAL_TRUNCATE_BYTES).
 */
export function startCheckpointer(
  db: Db,
  path: string,
  opts: CheckpointerOptions = {},
): Checkpointer {
  const truncateBytes = opts.truncateBytes ?? WAL_TRUNCATE_BYTES;
  db.pragma('wal_autocheckpoint = 0');
  // When SQLite restarts the WAL from its start by itself, it also cuts the file to this size.
  db.pragma(`journal_size_limit = ${truncateBytes}`);
  const workerData: CheckpointerData = {
    path,
    intervalMs: opts.intervalMs ?? CHECKPOINT_INTERVAL_MS,
    truncateBytes,
    truncateWaitMs: TRUNCATE_WAIT_MS,
  };
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
        // Each call's listeners go when it is answered, so many calls do not pile them up.
        const onMessage = (result: CheckpointResult) => {
          worker.off('error', onError);
          resolve(result);
        };
        const onError = (err: Error) => {
          worker.off('message', onMessage);
          reject(err);
        };
        worker.once('message', onMessage);
        worker.once('error', onError);
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
