import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { redactUri, runMigrate } from '../../../src/cli/migrate';
import { createSqliteStore } from '../../../src/store/sqlite';

const capture = () => {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (c: Buffer) => chunks.push(c.toString()));
  return { out, text: () => chunks.join('') };
};

describe('npm run migrate', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'stopline-migrate-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates a SQLite file ahead of time, which the store then opens as it is', async () => {
    const path = join(dir, 'data', 'stopline.db');
    const { out, text } = capture();
    await runMigrate({ kind: 'sqlite', path, explicit: true }, out);
    expect(existsSync(path)).toBe(true);
    expect(text()).toBe(
      `migrate: SQLite schema at ${path}\nmigrate: SQLite schema is up to date\n`,
    );
    const store = createSqliteStore({ path });
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
    await runMigrate({ kind: 'sqlite', path, explicit: true }, capture().out); // again: no-op
  });

  it('builds MongoDB indexes through migrateMongo, never printing the credentials', async () => {
    const calls: unknown[] = [];
    const { out, text } = capture();
    const uri =
      'mongodb+srv://stopline:s3cret@cluster0.example.mongodb.net/stopline?readPreference=secondary&w=1';
    await runMigrate({ kind: 'mongo', uri }, out, {
      mongo: async (opts) => {
        calls.push(opts);
      },
    });
    expect(calls).toEqual([{ uri }]);
    expect(text()).not.toContain('s3cret');
    expect(text()).toContain('mongodb+srv://***@cluster0.example.mongodb.net/stopline');
    expect(text()).toContain(
      "sets these connection-string parameters itself and ignores the URI's: readPreference, w\n",
    );
    expect(text()).toMatch(/MongoDB collections and indexes are built\n$/);
  });

  it('redacts the user and password of a URI and leaves one without them alone', () => {
    expect(redactUri('mongodb://u:p@h1,h2/db?x=1')).toBe('mongodb://***@h1,h2/db?x=1');
    expect(redactUri('mongodb://h1:27017/db')).toBe('mongodb://h1:27017/db');
  });
});
