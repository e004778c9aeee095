/**
 * The checkpointer's thread (checkpointer.ts): its own connection to the file, a PASSIVE
 * checkpoint on a timer. PASSIVE never waits for readers or writers; an instance that finds
 * another process checkpointing just tries again next time. Imports only packages (see
 * src/worker-thread.ts).
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

export interface CheckpointerData {
  path: string;
  intervalMs: number;
}

const port = parentPort;
if (!port) throw new Error('checkpointer-thread.ts runs as a worker thread (see checkpointer.ts)');
const { path, intervalMs } = workerData as CheckpointerData;

const db = new Database(path);
db.pragma('busy_timeout = 5000');
db.pragma('cache_size = -2048');
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
const timer = setInterval(() => checkpoint.run(), intervalMs);
port.on('message', (message: 'checkpoint' | 'stop') => {
  if (message === 'checkpoint') {
    port.postMessage(checkpoint.get());
    return;
  }
  clearInterval(timer);
  db.close();
  port.close();
});
