/**
 * The checkpointer's thread (checkpointer.ts): its own connection to the file, a PASSIVE
 * checkpoint on a timer, and a TRUNCATE one once the WAL has grown past its bound. PASSIVE never
 * waits for readers or writers; an instance that finds another process checkpointing just
 * tries again next time. Imports only packages (see src/worker-thread.ts).
 */
import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

export interface CheckpointerData {
  path: string;
  intervalMs: number;
  /** The WAL size past which it is truncated (checkpointer.ts, WAL_TRUNCATE_BYTES). */
  truncateBytes: number;
  /** How long a TRUNCATE waits for readers while it holds writers off. */
  truncateWaitMs: number;
}

interface PragmaCheckpoint {
  busy: number;
  log: number;
  checkpointed: number;
}

const port = parentPort;
if (!port) throw new Error('checkpointer-thread.ts runs as a worker thread (see checkpointer.ts)');
const { path, intervalMs, truncateBytes, truncateWaitMs } = workerData as CheckpointerData;

const db = new Database(path);
db.pragma('busy_timeout = 5000');
db.pragma('cache_size = -2048');
const passive = db.prepare<[], PragmaCheckpoint>('PRAGMA wal_checkpoint(PASSIVE)');
const truncate = db.prepare<[], PragmaCheckpoint>('PRAGMA wal_checkpoint(TRUNCATE)');

function walBytes(): number {
  try {
    return statSync(`${path}-wal`).size;
  } catch {
    return 0;
  }
}

function checkpoint(): PragmaCheckpoint & { truncated: boolean } {
  const result = { ...(passive.get() as PragmaCheckpoint), truncated: false };
  if (walBytes() <= truncateBytes) return result;
  // Writers wait while a TRUNCATE waits for readers: only briefly, then the next tick retries.
  db.pragma(`busy_timeout = ${truncateWaitMs}`);
  try {
    result.truncated = (truncate.get() as PragmaCheckpoint).busy === 0;
  } catch {
    // SQLITE_BUSY: a reader or another checkpointer; the next tick tries again.
  } finally {
    db.pragma('busy_timeout = 5000');
  }
  return result;
}

const timer = setInterval(checkpoint, intervalMs);
port.on('message', (message: 'checkpoint' | 'stop') => {
  if (message === 'checkpoint') {
    port.postMessage(checkpoint());
    return;
  }
  clearInterval(timer);
  db.close();
  port.close();
});
