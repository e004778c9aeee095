import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { startCheckpointer } from '../../../../src/store/sqlite/checkpointer';

let dir: string;
let path: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stopline-checkpoint-'));
  path = join(dir, 'stopline.db');
  db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)');
});
afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

const autocheckpoint = () => db.pragma('wal_autocheckpoint', { simple: true });
const write = (rows: number) => {
  const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run('x'.repeat(1500));
  })();
};

describe('checkpointer', () => {
  it('takes checkpoints off the connection and moves its WAL frames into the database file', async () => {
    const checkpointer = startCheckpointer(db, path);
    try {
      expect(autocheckpoint()).toBe(0);
      const sizeBefore = statSync(path).size;
      // Past the 1,000 pages at which the connection itself would have checkpointed.
      for (let i = 0; i < 30; i++) write(100);
      expect(statSync(path).size).toBe(sizeBefore);
      const result = await checkpointer.checkpoint();
      expect(result.log).toBeGreaterThan(1000);
      expect(result.checkpointed).toBe(result.log);
      expect(statSync(path).size).toBeGreaterThan(sizeBefore + 3000 * 1500);
    } finally {
      await checkpointer.stop();
    }
  });

  it('gives checkpoints back to the connection if the worker fails', async () => {
    // The worker cannot open this file, so it dies at start-up.
    const checkpointer = startCheckpointer(db, join(dir, 'missing', 'stopline.db'));
    expect(autocheckpoint()).toBe(0);
    await expect(checkpointer.checkpoint()).rejects.toThrow(/directory does not exist/);
    expect(autocheckpoint()).toBe(1000);
    await checkpointer.stop();
  });

  describe('keeps the WAL bounded (issue 12: a 303 MB WAL next to a 29 MB database)', () => {
    const MB = 1024 * 1024;
    const walSize = () => (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0);
    /** One round of sustained load: 100 rows of 1.5 KB (~160 KB of WAL), then a checkpoint tick. */
    const round = async (checkpointer: ReturnType<typeof startCheckpointer>) => {
      write(100);
      return checkpointer.checkpoint();
    };

    it('shrinks a WAL that a long read let grow back under the bound once the read ends', async () => {
      // The timer is out of the way: the test runs the ticks.
      const checkpointer = startCheckpointer(db, path, {
        intervalMs: 3_600_000,
        truncateBytes: MB,
      });
      const reader = new Database(path, { readonly: true });
      try {
        // A read transaction held open (an export streaming, a long check) pins the WAL's frames.
        reader.exec('BEGIN');
        reader.prepare('SELECT count(*) FROM t').get();
        for (let i = 0; i < 20; i++) await round(checkpointer);
        const grown = walSize();
        expect(grown).toBeGreaterThan(3 * MB);
        reader.exec('COMMIT');
        // Sustained load goes on: the first tick after the read ends brings the WAL under the
        // bound, and it stays there (bound + one round's writes), whatever is written after.
        const first = await round(checkpointer);
        expect(first.truncated).toBe(true);
        expect(walSize()).toBeLessThanOrEqual(MB);
        const sizes: number[] = [];
        for (let i = 0; i < 40; i++) {
          write(100);
          sizes.push(walSize());
          await checkpointer.checkpoint();
          sizes.push(walSize());
        }
        expect(Math.max(...sizes)).toBeLessThanOrEqual(MB + 0.5 * MB);
        expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 6100 });
      } finally {
        if (reader.open) reader.close();
        await checkpointer.stop();
      }
    });

    it('holds the bound with writes and timer ticks interleaved, no test-driven checkpoints', async () => {
      const checkpointer = startCheckpointer(db, path, { intervalMs: 5, truncateBytes: MB });
      try {
        let max = 0;
        // ~10 MB of WAL in small transactions; the loop yields so the worker's timer runs.
        for (let i = 0; i < 600; i++) {
          write(10);
          max = Math.max(max, walSize());
          if (i % 10 === 9) await new Promise((resolve) => setImmediate(resolve));
          if (i % 100 === 99) await checkpointer.checkpoint();
        }
        await checkpointer.checkpoint();
        expect(walSize()).toBeLessThanOrEqual(MB);
        // Between ticks the WAL can pass the bound by what is written before the next one.
        expect(max).toBeLessThan(3 * MB);
      } finally {
        await checkpointer.stop();
      }
    });
  });
});
