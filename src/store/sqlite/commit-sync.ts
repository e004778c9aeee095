import type { Store } from '../types';
import { startCheckpointer } from './checkpointer';
import type { Db } from './sql-helpers';
import { createWalSync, type Flush } from './wal-sync';

/** Runs a write whose rows the caller does not wait to reach the disk (Durability `deferred`). */
export type Deferred = <T>(fn: () => T) => T;

export interface CommitSync {
  deferred: Deferred;
  /**
   * The store with each method that changed rows (outside `deferred`) resolving only once those
   * rows are fsync'd: "resolved" still means "on the disk", as with synchronous=FULL.
   */
  wrap(store: Store): Store;
  close(): Promise<void>;
}

/**
 * Group commit for every write of a file database: commits run with synchronous=NORMAL (frames
 * written to the WAL, no fsync inside the commit, so the event loop never waits for the disk),
 * and the method's promise waits for an fsync of the WAL shared with every commit made meanwhile
 * (see wal-sync.ts). Deferred writes skip the wait; a later fsync covers them as well, since
 * the WAL is a log and a power cut can only cut off its tail.
 *
 * Checkpoints run in a worker thread (checkpointer.ts), so no commit ever pays for one either.
 * In-memory and `file:` URI databases keep synchronous=FULL and are returned unwrapped.
 */
export function createCommitSync(db: Db, path: string, flush?: Flush): CommitSync {
  if (path === ':memory:' || path.startsWith('file:')) {
    return { deferred: (fn) => fn(), wrap: (store) => store, close: async () => undefined };
  }
  db.pragma('synchronous = NORMAL');
  const wal = createWalSync(path, flush);
  const checkpointer = startCheckpointer(db, path);
  const totalChanges = db.prepare<[], number>('SELECT total_changes()').pluck();
  // Rows changed inside deferred(): subtracted, so that only the durable ones ask for an fsync.
  let deferredChanges = 0;

  return {
    deferred(fn) {
      const before = totalChanges.get() ?? 0;
      try {
        return fn();
      } finally {
        deferredChanges += (totalChanges.get() ?? 0) - before;
      }
    },

    wrap(store) {
      const wrapped: Record<string, unknown> = { ...store };
      for (const [name, method] of Object.entries(store)) {
        if (typeof method !== 'function' || name === 'close') continue;
        wrapped[name] = async (...args: unknown[]) => {
          const before = totalChanges.get() ?? 0;
          const deferredBefore = deferredChanges;
          const result: unknown = await (method as (...a: unknown[]) => Promise<unknown>).apply(
            store,
            args,
          );
          // Read after the await: a superset of this call's changes (others' can only add an
          // fsync, never hide one of ours).
          const durable = (totalChanges.get() ?? 0) - before - (deferredChanges - deferredBefore);
          if (durable > 0 && db.open) await wal.barrier();
          return result;
        };
      }
      return wrapped as unknown as Store;
    },

    async close() {
      await wal.close();
      await checkpointer.stop();
    },
  };
}
