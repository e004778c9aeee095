import { Worker } from 'node:worker_threads';
import type { Db } from './sql-helpers';

/** How often the worker moves committed WAL frames into the database file. */
export const CHECKPOINT_INTERVAL_MS = 200;

/**
 * The worker's whole program: its own connection to the file, a PASSIVE checkpoint on a timer.
 * Plain JavaScript evaluated as a string, so it runs the same under ts-node tools, jest and the
 * compiled build. PASSIVE never waits for readers or writers; an instance that finds another
 * process checkpointing just tries again next time.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 5000');
db.pragma('cache_size = -2048');
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
const timer = setInterval(() => checkpoint.run(), workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message === 'checkpoint') {
    parentPort.postMessage(checkpoint.get());
    return;
  }
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

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
 * request waits. The store's connection turns it off and this worker thread does it instead.
 * If the worker ever fails, the connection takes automatic checkpoints back, so the WAL never
 * grows without bound.
 */
export function startCheckpointer(db: Db, path: string): Checkpointer {
  db.pragma('wal_autocheckpoint = 0');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      driver: require.resolve('better-sqlite3'),
      path,
      intervalMs: CHECKPOINT_INTERVAL_MS,
    },
  });
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
