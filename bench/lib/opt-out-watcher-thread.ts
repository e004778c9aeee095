/**
 * The opt-out watcher's thread (opt-out-watcher.ts): polls the opt-outs table on its own
 * read-only connection and stamps each contact with the start of the first poll that showed
 * its opt-out active. Imports only packages (see src/worker-thread.ts).
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

export interface WatcherData {
  path: string;
  expected: number;
  intervalMs: number;
  stop: SharedArrayBuffer;
}

interface OptOutRow {
  r: number;
  contact: string;
  starts_at: number;
  expires_at: number | null;
  revoked_at: number | null;
}

const port = parentPort;
if (!port) throw new Error('opt-out-watcher-thread.ts runs as a worker thread');
const data = workerData as WatcherData;
const db = new Database(data.path, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const rows = db.prepare<[number], OptOutRow>(
  'SELECT rowid AS r, contact, starts_at, expires_at, revoked_at FROM opt_outs WHERE rowid > ? ORDER BY rowid',
);
const stop = new Int32Array(data.stop);
const nap = new Int32Array(new SharedArrayBuffer(4));
const seen = new Map<string, number>();
let last = 0;
while (seen.size < data.expected && Atomics.load(stop, 0) === 0) {
  const at = performance.timeOrigin + performance.now();
  for (const row of rows.all(last)) {
    last = row.r;
    const active =
      row.revoked_at === null &&
      row.starts_at <= at &&
      (row.expires_at === null || row.expires_at > at);
    if (active && !seen.has(row.contact)) seen.set(row.contact, at);
  }
  Atomics.wait(nap, 0, 0, data.intervalMs);
}
db.close();
port.postMessage([...seen]);
