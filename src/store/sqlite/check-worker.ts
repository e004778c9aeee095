import type Database from 'better-sqlite3';
import type { SuppressionWorker } from './suppression-worker';

/** A batch this large is split with the worker thread; below it, handing over costs more than it saves. */
export const SPLIT_MIN_CONTACTS = 100;

/** The share of a split batch the calling thread keeps (half measured best on two cores). */
const CALLER_SHARE = 0.5;

/**
 * The one extra thread the store's batch checks share (suppression-worker.ts), started on the
 * first batch large enough to split, with every check's statement prepared in it. The default
 * check and a `consented` task's audience check never run at once (each blocks the calling
 * thread while it waits), so one thread serves both.
 */
export interface CheckWorker {
  /** The statement's index in the worker; throws for a statement it was not given. */
  indexOf(sql: string): number;
  /** The worker, started on first use; null while it cannot help (none, or lost). */
  get(): SuppressionWorker | null;
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
}

export function createCheckWorker(opts: CheckWorkerOptions): CheckWorker {
  let worker: SuppressionWorker | null = null;
  let lost = false;
  return {
    indexOf(sql) {
      const index = opts.statements.indexOf(sql);
      if (index < 0) throw new Error('check worker: statement not among those it prepares');
      return index;
    },
    get() {
      if (lost || !opts.start) return null;
      worker ??= opts.start(opts.statements);
      if (worker.failure !== null) {
        lost = true;
        opts.onLost?.(worker.failure);
        return null;
      }
      return worker;
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
 * the worker's answer (or runs that part itself if the worker could not). Each part is one
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
  onAnswer(run.statement.get(params(mine)) as string, 0);
  if (posted) onAnswer(other.collect() ?? (run.statement.get(params(rest)) as string), cut);
}
