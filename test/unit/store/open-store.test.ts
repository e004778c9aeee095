import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../../src/config';
import { openStore } from '../../../src/store/open-store';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stopline-open-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openStore (SQLite folders)', () => {
  it('refuses an explicit DATABASE_URL into a missing folder, naming it, and creates nothing', () => {
    const folder = join(dir, 'nonexistent', 'dir');
    const open = () => openStore({ kind: 'sqlite', path: join(folder, 'x.db'), explicit: true });
    expect(open).toThrow(ConfigError);
    expect(open).toThrow(`the folder ${folder}, which does not exist`);
    expect(existsSync(join(dir, 'nonexistent'))).toBe(false);
  });

  it('creates the folder of the default database (./data when DATABASE_URL is not set)', async () => {
    const path = join(dir, 'data', 'stopline.db');
    const store = openStore({ kind: 'sqlite', path, explicit: false });
    await store.ping();
    await store.close();
    expect(existsSync(path)).toBe(true);
  });

  it('opens an explicit path whose folder exists', async () => {
    const store = openStore({ kind: 'sqlite', path: join(dir, 'x.db'), explicit: true });
    await store.ping();
    await store.close();
  });
});
