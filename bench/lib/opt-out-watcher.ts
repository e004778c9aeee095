/**
 * Watches a database file for opt-outs becoming active, from a worker thread with its own
 * read-only connection (so the poll loop never waits behind the main thread's HTTP client).
 * Each contact is stamped with the start of the first poll whose snapshot showed its active
 * opt-out: the opt-out was committed, hence active, at that instant at the latest.
 */
import { Worker } from 'node:worker_threads';

const WATCHER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const rows = db.prepare('SELECT rowid AS r, contact, starts_at, expires_at, revoked_at FROM opt_outs WHERE rowid > ? ORDER BY rowid');
const stop = new Int32Array(workerData.stop);
const nap = new Int32Array(new SharedArrayBuffer(4));
const seen = new Map();
let last = 0;
while (seen.size < workerData.expected && Atomics.load(stop, 0) === 0) {
  const at = performance.timeOrigin + performance.now();
  for (const row of rows.all(last)) {
    last = row.r;
    const active = row.revoked_at === null && row.starts_at <= at && (row.expires_at === null || row.expires_at > at);
    if (active && !seen.has(row.contact)) seen.set(row.contact, at);
  }
  Atomics.wait(nap, 0, 0, workerData.intervalMs);
}
db.close();
parentPort.postMessage([...seen]);
`;

export interface OptOutWatcher {
  /** Resolves with contact → instant it was seen active, once all expected were seen or stop() was called. */
  result: Promise<Map<string, number>>;
  stop(): void;
}

export function watchOptOuts(path: string, expected: number, intervalMs = 1): OptOutWatcher {
  const stop = new SharedArrayBuffer(4);
  const worker = new Worker(WATCHER, {
    eval: true,
    workerData: { path, expected, intervalMs, stop, driver: require.resolve('better-sqlite3') },
  });
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
