import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
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
});
