import { startWorker } from '../../worker-thread';
import { coerceError } from '../../errors';

/**
 * A second thread for the dispatcher's batch checks (the suppression check and a `consented`
 * task's audience check: each a statement the thread prepares once, picked per request). The check is one B-tree descent per
 * contact in random order: it waits on memory, not on arithmetic, so two threads each descending
 * for half of a batch finish it in about 60 % of the time (1.6x on the benchmark's two cores).
 * The worker holds its own read connection, a WAL reader like the store's: it sees every commit
 * made before it is asked, so the check still reads the database at send time.
 *
 * The hand-over is a SharedArrayBuffer and Atomics, not messages: the calling thread posts the
 * statement's parameters, runs its own half meanwhile, then waits (blocking, a few hundred
 * microseconds) for the worker's answer. A message would wake the event loop only after that
 * loop's other work, which costs more than the half saves (1.07x instead of 1.6x). Both sides
 * look for the other's next move for up to SPIN_MS before sleeping on the futex: waking a
 * sleeping thread costs tens of microseconds, a few times per batch.
 *
 * On a machine with more runnable threads than cores, the worker may not run for milliseconds
 * after it is woken, or be preempted halfway: a caller that waits for it then waits on the
 * scheduler (a pass measured 15-30x slower than one thread). So the caller can give a budget
 * (collect(budgetMs)): a request the worker has not started yet is withdrawn (REQUEST -> IDLE,
 * compare-and-exchange, so exactly one side has it), and one still running past the budget is
 * abandoned (RUNNING -> ABANDONED: the worker drops its answer and goes back to IDLE); either
 * way the caller runs that half itself, on its own snapshot, and the answer is the same.
 */

/**
 * The shared buffer's layout: Int32 header slots, then the data area. The thread
 * (suppression-thread.ts) receives it in workerData, so both sides read the same numbers.
 */
const LAYOUT = {
  /** Header slots. */
  STATE: 0,
  LENGTH: 1,
  READY: 2,
  /** Which of the thread's statements a request runs (its index in `statements`). */
  STATEMENT: 3,
  HEADER_BYTES: 16,
  /** STATE values. */
  IDLE: 0,
  REQUEST: 1,
  DONE: 2,
  FAILED: 3,
  STOP: 4,
  /** The worker took the request (it can no longer be withdrawn). */
  RUNNING: 5,
  /** The caller stopped waiting for a running request; the worker drops its answer. */
  ABANDONED: 6,
  /** Parameters and answers share this much room; anything larger is run by the caller itself. */
  DATA_BYTES: 512 * 1024,
} as const;
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
} = LAYOUT;

/** How long either side looks for the other's next move before it sleeps on the futex. */
const SPIN_MS = 1;

/**
 * How long the caller waits for an answer before it stops using the worker and runs it itself.
 * A half batch takes milliseconds, even from a cold disk; the caller's event loop is blocked
 * while it waits, so a hung worker must not hold it for long.
 */
export const WORKER_TIMEOUT_MS = 2_000;

/** What the thread is started with. */
export interface SuppressionThreadData {
  path: string;
  statements: readonly string[];
  pragmas: readonly string[];
  shared: SharedArrayBuffer;
  layout: typeof LAYOUT;
  spinMs: number;
}

export interface SuppressionWorker {
  /**
   * Hands the worker a statement's parameters (`statement`: its index in the worker's
   * `statements`, default the first). False when it cannot take them (still starting, stopped,
   * or the parameters do not fit): the caller runs that half itself.
   */
  post(params: Record<string, unknown>, statement?: number): boolean;
  /**
   * The worker's answer to the last accepted post, waiting for it (blocking) if need be; null
   * when the worker failed or took longer than the timeout, and the caller must run it itself.
   * With `budgetMs`, the caller does not wait on a worker that is late: a request not started
   * yet is withdrawn, one still running after `budgetMs` is abandoned, and null says so (the
   * worker stays usable; one that stays busy past the timeout is given up at the next post).
   */
  collect(budgetMs?: number): string | null;
  /**
   * Why the worker can no longer be used (it failed, exited, hung or was closed); null while it
   * can. A statement that failed in it does not count: the caller runs that part itself and
   * meets the error there if it is real.
   */
  readonly failure: string | null;
  /**
   * Whether the worker has taken the last post (running it, or done with it): a request no
   * longer to be withdrawn. For tests and diagnostics.
   */
  readonly working: boolean;
  /** Settles when the worker can take posts (tests; a post before then is simply refused). */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

export interface SuppressionWorkerOptions {
  path: string;
  /** Each prepared once as the thread starts; a request names one by its index. */
  statements: readonly string[];
  /** Applied to the worker's connection as it opens, like the store's own suppression reader's. */
  pragmas: readonly string[];
  timeoutMs?: number;
}

/** The worker has the request or has not answered it yet. */
const pending = (state: number) => state === REQUEST || state === RUNNING;

export function startSuppressionWorker(opts: SuppressionWorkerOptions): SuppressionWorker {
  const shared = new SharedArrayBuffer(HEADER_BYTES + DATA_BYTES);
  const header = new Int32Array(shared, 0, HEADER_BYTES / 4);
  const data = new Uint8Array(shared, HEADER_BYTES);
  const encoder = new TextEncoder();
  const timeoutMs = opts.timeoutMs ?? WORKER_TIMEOUT_MS;
  const workerData: SuppressionThreadData = {
    path: opts.path,
    statements: opts.statements,
    pragmas: opts.pragmas,
    shared,
    layout: LAYOUT,
    spinMs: SPIN_MS,
  };
  const worker = startWorker(__dirname, 'suppression-thread', 'packages', { workerData });
  // Never keeps a process alive; close() stops it.
  worker.unref();
  let failure: string | null = null;
  // When the caller last abandoned a running request (performance.now()), or null.
  let abandonedAt: number | null = null;
  const giveUp = (reason: string) => {
    if (failure !== null) return;
    failure = reason;
    void worker.terminate();
  };
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', (message: { ready?: true; failed?: string }) => {
      if (message.ready) resolve();
      else giveUp(`suppression worker failed: ${message.failed ?? 'unknown error'}`);
    });
    void exited.then(() => reject(new Error(failure ?? 'suppression worker exited')));
  });
  // Nobody has to wait for it.
  ready.catch(() => undefined);
  worker.once('error', (err) =>
    giveUp(`suppression worker failed: ${coerceError(err).message || 'unknown error'}`),
  );
  worker.once('exit', () => giveUp('suppression worker exited'));

  return {
    get failure() {
      return failure;
    },
    get working() {
      const state = Atomics.load(header, STATE);
      return state !== IDLE && state !== REQUEST && state !== STOP;
    },
    ready,

    post(params, statement = 0) {
      // A post nobody collected (the caller's own half threw in between): this thread is the
      // only one that collects, and it is here, so that request is nobody's any more.
      const stale = Atomics.load(header, STATE);
      if (stale === DONE || stale === FAILED) Atomics.compareExchange(header, STATE, stale, IDLE);
      else if (
        Atomics.compareExchange(header, STATE, REQUEST, IDLE) !== REQUEST &&
        Atomics.compareExchange(header, STATE, RUNNING, ABANDONED) === RUNNING
      )
        abandonedAt = performance.now();
      if (abandonedAt !== null && Atomics.load(header, STATE) === ABANDONED) {
        // Still on the request the caller gave up waiting for: hung, past the timeout.
        if (performance.now() - abandonedAt > timeoutMs)
          giveUp(`suppression worker gave no answer within ${timeoutMs} ms`);
        return false;
      }
      if (
        statement < 0 ||
        statement >= opts.statements.length ||
        failure !== null ||
        Atomics.load(header, READY) !== 1 ||
        Atomics.load(header, STATE) !== IDLE
      )
        return false;
      abandonedAt = null;
      const text = JSON.stringify(params);
      const { read, written } = encoder.encodeInto(text, data);
      if (read < text.length) return false;
      header[LENGTH] = written;
      header[STATEMENT] = statement;
      Atomics.store(header, STATE, REQUEST);
      Atomics.notify(header, STATE);
      return true;
    },

    collect(budgetMs) {
      // Not started yet: taken back, so the worker never runs it.
      if (
        budgetMs !== undefined &&
        Atomics.compareExchange(header, STATE, REQUEST, IDLE) === REQUEST
      )
        return null;
      const waitMs = budgetMs ?? timeoutMs;
      const started = performance.now();
      const spinUntil = started + Math.min(SPIN_MS, waitMs);
      while (pending(Atomics.load(header, STATE)) && performance.now() < spinUntil);
      for (;;) {
        const state = Atomics.load(header, STATE);
        const left = waitMs - (performance.now() - started);
        if (!pending(state) || left <= 0) break;
        Atomics.wait(header, STATE, state, left);
      }
      if (pending(Atomics.load(header, STATE))) {
        if (budgetMs === undefined) {
          giveUp(`suppression worker gave no answer within ${timeoutMs} ms`);
          return null;
        }
        // Running late (descheduled, most likely): the caller does that half itself.
        if (
          Atomics.compareExchange(header, STATE, RUNNING, ABANDONED) === RUNNING ||
          Atomics.compareExchange(header, STATE, REQUEST, IDLE) === REQUEST
        ) {
          abandonedAt = performance.now();
          return null;
        }
      }
      const state = Atomics.load(header, STATE);
      const text = Buffer.from(shared, HEADER_BYTES, header[LENGTH]).toString('utf8');
      Atomics.store(header, STATE, IDLE);
      // A failed statement is run again by the caller, which meets the error if it is real.
      return state === DONE ? text : null;
    },

    async close() {
      failure ??= 'suppression worker closed';
      Atomics.store(header, STATE, STOP);
      Atomics.notify(header, STATE);
      // Seen through even in a process with nothing else to do (see the checkpointer's stop).
      worker.ref();
      await exited;
    },
  };
}
