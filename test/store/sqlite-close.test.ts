/**
 * Closing the SQLite store in a process that has nothing else to do: close() must resolve (and
 * what follows it run), not leave the process to exit half-way through with status 0.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Opens a store, optionally runs large suppression checks (which start a worker), closes it. */
const SCRIPT = `
const { createSqliteStore } = require('./src/store/sqlite');
(async () => {
  const store = createSqliteStore({ path: process.env.DB_PATH, suppressionWorker: true });
  await store.init();
  const contacts = Array.from({ length: 300 }, (_, i) => '+4479' + String(i).padStart(8, '0'));
  for (let i = 0; i < Number(process.env.CHECKS); i++) {
    await store.findSuppressionIds('t', 'whatsapp', contacts, null, new Date());
  }
  await store.close();
  process.stdout.write('closed\\n');
})();
`;

describe('sqlite store close', () => {
  it.each([
    ['right after opening', 0],
    ['after large suppression checks started their worker', 3],
  ])('resolves in a process with nothing else keeping it alive, %s', (_, checks) => {
    const dir = mkdtempSync(join(tmpdir(), 'stopline-close-'));
    try {
      const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', SCRIPT], {
        cwd: join(__dirname, '..', '..'),
        env: { ...process.env, DB_PATH: join(dir, 'stopline.db'), CHECKS: String(checks) },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe('closed\n');
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
