/**
 * The suppression worker's thread (suppression-worker.ts has the why and the caller's side): one
 * read connection, statements that each answer with a single text value (a JSON array), for
 * parameters that arrive as JSON in the shared buffer with the index of the statement to run. Imports only packages (see
 * src/worker-thread.ts): the buffer's layout comes in workerData, from the caller's constants.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { SuppressionThreadData } from './suppression-worker';

const port = parentPort;
if (!port)
  throw new Error('suppression-thread.ts runs as a worker thread (see suppression-worker.ts)');
const data = workerData as SuppressionThreadData;
const {
  STATE,
  LENGTH,
  READY,
  STATEMENT,
  HEADER_BYTES,
  IDLE,
  REQUEST,
  DONE,
  FAILED,
  STOP,
  RUNNING,
  ABANDONED,
  DATA_BYTES,
} = data.layout;
const SPIN_MS = data.spinMs;

const header = new Int32Array(data.shared, 0, HEADER_BYTES / 4);
const bytes = new Uint8Array(data.shared, HEADER_BYTES);
const encoder = new TextEncoder();
const messageOf = (err: unknown) =>
  String(err && (err as Error).message ? (err as Error).message : err);

/**
 * Hands the answer over, unless the caller stopped waiting for it (ABANDONED: dropped, back to
 * IDLE) or the thread is being stopped. Returns the state it left.
 */
function answer(text: string, state: number): number {
  const { read, written } = encoder.encodeInto(text, bytes);
  if (read < text.length) return answer(`answer larger than ${DATA_BYTES} bytes`, FAILED);
  header[LENGTH] = written;
  const was = Atomics.compareExchange(header, STATE, RUNNING, state);
  // Dropped; unless close() said STOP meanwhile, which must stay.
  const left =
    was === RUNNING
      ? state
      : was === ABANDONED
        ? Atomics.compareExchange(header, STATE, ABANDONED, IDLE) === ABANDONED
          ? IDLE
          : STOP
        : was;
  Atomics.notify(header, STATE);
  // The state this thread left (the caller may already have moved on from it).
  return left;
}

function serve(statements: Database.Statement[]): void {
  Atomics.store(header, READY, 1);
  port?.postMessage({ ready: true });
  let seen: number = IDLE;
  for (;;) {
    // Batches come back to back while a task sends: look for the next one for a moment before
    // sleeping, since waking a sleeping thread costs tens of microseconds.
    const until = performance.now() + SPIN_MS;
    while (Atomics.load(header, STATE) === seen && performance.now() < until);
    Atomics.wait(header, STATE, seen);
    const state = Atomics.load(header, STATE);
    if (state === STOP) return;
    // Taken, unless the caller withdrew it meanwhile (it runs that half itself then).
    if (state !== REQUEST || Atomics.compareExchange(header, STATE, REQUEST, RUNNING) !== REQUEST) {
      // Withdrawn: the state went back to IDLE (and may already hold the next request).
      seen = state === REQUEST ? IDLE : state;
      continue;
    }
    Atomics.notify(header, STATE);
    try {
      const length = header[LENGTH] ?? 0;
      const params = JSON.parse(Buffer.from(data.shared, HEADER_BYTES, length).toString('utf8'));
      const statement = statements[header[STATEMENT] ?? 0];
      if (!statement) throw new Error(`no statement ${header[STATEMENT]} in the worker`);
      seen = answer(String(statement.get(params)), DONE);
    } catch (err) {
      seen = answer(messageOf(err), FAILED);
    }
    if (seen === STOP) return;
  }
}

let db: Database.Database | undefined;
try {
  db = new Database(data.path, { fileMustExist: true });
  for (const pragma of data.pragmas) db.pragma(pragma);
  const connection = db;
  serve(data.statements.map((sql) => connection.prepare(sql).pluck()));
} catch (err) {
  // Said in a message: thrown, it would reach the caller without its text (a SqliteError is
  // not cloned whole). The thread then ends.
  port.postMessage({ failed: messageOf(err) });
} finally {
  if (db) db.close();
}
