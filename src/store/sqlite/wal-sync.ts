import { closeSync, fdatasync, fsyncSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';

/** Flushes a file descriptor to the disk; fs.fdatasync on the libuv thread pool by default. */
export type Flush = (fd: number) => Promise<void>;

export interface WalSync {
  /**
   * Resolves once every commit made before the call is on the disk: it waits for an fsync of the
   * WAL that STARTS after the call. Callers that arrive while one runs share the next one, so a
   * burst of commits costs one or two fsyncs, and the event loop never blocks on the disk.
   */
  barrier(): Promise<void>;
  /** Waits for the fsyncs under way, then closes the WAL's descriptor. */
  close(): Promise<void>;
}

/**
 * The fsync half of a commit, done off the event loop. The connection runs with
 * synchronous=NORMAL, so a commit only writes its frames to the WAL file; fsyncing that file
 * afterwards is exactly what synchronous=FULL would have done inside the commit (SQLite's own
 * FULL is an fsync of the WAL after the commit frame), but it runs in the thread pool while the
 * loop keeps answering requests. A checkpoint that moves frames into the database file syncs
 * that file before the WAL is reused, so frames gone from the WAL are durable already.
 */
export function createWalSync(
  dbPath: string,
  flush: Flush = promisify(fdatasync) as Flush,
): WalSync {
  let fd: number | null = null;
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;

  function walFd(): number {
    if (fd === null) {
      // Only after a commit: the WAL exists by then. Its directory entry is made durable once,
      // so the file itself cannot vanish with a power cut.
      fd = openSync(`${dbPath}-wal`, 'r+');
      const dir = openSync(dirname(dbPath), 'r');
      try {
        fsyncSync(dir);
      } finally {
        closeSync(dir);
      }
    }
    return fd;
  }

  function start(): Promise<void> {
    const p = flush(walFd()).finally(() => {
      running = null;
    });
    running = p;
    return p;
  }

  return {
    barrier() {
      if (!running) return start();
      // The running fsync may have started before the caller's commit: wait for a fresh one.
      queued ??= running
        .catch(() => undefined)
        .then(() => {
          queued = null;
          return running ?? start();
        });
      return queued;
    },
    async close() {
      while (queued ?? running) await (queued ?? running)?.catch(() => undefined);
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}
