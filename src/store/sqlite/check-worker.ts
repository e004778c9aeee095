import type Database from 'better-sqlite3';
import type { SuppressionWorker } from './suppression-worker';

/** A batch this large is split with the worker thread; below it, handing over costs more than it saves. */
export const SPLIT_MIN_CONTACTS = 100;

/** The share of a split batch the calling thread keeps (half measured best on two cores). */
const CALLER_SHARE = 0.5;

/**
 * How long the caller, its own half done, waits for the worker's: this many times what its own
 * half took (at least MIN_WAIT_MS). Past that the worker is late (not scheduled: the machine
 * has more runnable threads than cores) and the caller runs that half itself.
 */
const PATIENCE = 2;
const MIN_WAIT_MS = 0.5;
/** After this many late answers in a row, this many checks run in the calling thread alone. */
const LATE_IN_A_ROW = 3;
const ALONE_AFTER_LATE = 64;

/**
 * The one extra thread the store's batch checks share (suppression-worker.ts), started on the
 * first batch large enough to split, with every check's statement prepared in it. The default
 * check and a `consented` task's audience check never run at once (each blocks the calling
 * thread while it waits), so one thread serves both.
 */
export interface CheckWorker {
  /** The statement's index in the worker; throws for a statement it was not given. */
  indexOf(sql: string): number;
  /**
   * The worker, started on first use; null while it cannot help (none, lost, or resting after
   * late answers).
   */
  get(): SuppressionWorker | null;
  /** How long to wait for the worker's half once the caller's took `ownMs`; undefined: no limit. */
  budgetMs(ownMs: number): number | undefined;
  /** Whether the worker's half came in time (or had to be run by the caller). */
  settled(onTime: boolean): void;
  /** Stops it (the checks go on in the calling thread). */
  close(): Promise<void>;
}

export interface CheckWorkerOptions {
  statements: readonly string[];
  /**
   * Opens the thread; absent for a `:memory:` database (private to its connection) or a
   * single-core machine, when every check runs in the calling thread.
   */
  start?: (statements: readonly string[]) => SuppressionWorker;
  /** Told once if the worker stops being used. */
  onLost?: (reason: string) => void;
  /**
   * Wait for the worker's half however late it comes (up to its timeout), never run it here
   * instead: for tests that check the worker's own answers.
   */
  patient?: boolean;
}

export function createCheckWorker(opts: CheckWorkerOptions): CheckWorker {
  let worker: SuppressionWorker | null = null;
  let lost = false;
  let lateInARow = 0;
  let alone = 0;
  return {
    indexOf(sql) {
      const index = opts.statements.indexOf(sql);
      if (index < 0) throw new Error('check worker: statement not among those it prepares');
      return index;
    },
    get() {
      if (lost || !opts.start) return null;
      if (alone > 0) {
        alone -= 1;
        return null;
      }
      worker ??= opts.start(opts.statements);
      if (worker.failure !== null) {
        lost = true;
        opts.onLost?.(worker.failure);
        return null;
      }
      return worker;
    },
    budgetMs(ownMs) {
      return opts.patient ? undefined : Math.max(MIN_WAIT_MS, ownMs * PATIENCE);
    },
    settled(onTime) {
      lateInARow = onTime ? 0 : lateInARow + 1;
      if (lateInARow < LATE_IN_A_ROW) return;
      // The machine is oversubscribed: handing over costs more than it saves for a while.
      lateInARow = 0;
      alone = ALONE_AFTER_LATE;
    },
    async close() {
      lost = true;
      await worker?.close();
    },
  };
}

/** Where a split check runs one statement: this connection's, and the worker's copy of it. */
export interface SplitStatement {
  statement: Database.Statement<[Record<string, unknown>], string>;
  /** Null: this connection alone. */
  worker: CheckWorker | null;
  index: number;
}

/**
 * Runs a check's statement over a batch, each part answering one text value. A large batch is
 * split: the worker is handed the second part, this thread runs the first meanwhile, then takes
 * the worker's answer (or runs that part itself if the worker could not, or is late: not
 * started when this thread's part is done, or still running well after). Each part is one
 * statement, so it reads one snapshot, taken after the call began. `onAnswer` gets each part's
 * answer with the index of its first contact in `contacts`.
 */
export function runSplit(
  run: SplitStatement,
  contacts: string[],
  params: (part: string[]) => Record<string, unknown>,
  onAnswer: (answer: string, offset: number) => void,
): void {
  const other =
    run.worker !== null && contacts.length >= SPLIT_MIN_CONTACTS ? run.worker.get() : null;
  const cut = other ? Math.floor(contacts.length * CALLER_SHARE) : contacts.length;
  const rest = contacts.slice(cut);
  const posted = other !== null && other.post(params(rest), run.index);
  const mine = posted ? contacts.slice(0, cut) : contacts;
  const started = performance.now();
  onAnswer(run.statement.get(params(mine)) as string, 0);
  if (!posted || !run.worker) return;
  const answer = other.collect(run.worker.budgetMs(performance.now() - started));
  run.worker.settled(answer !== null);
  onAnswer(answer ?? (run.statement.get(params(rest)) as string), cut);
}
