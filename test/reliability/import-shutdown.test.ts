/**
 * Issue 12, item 7, on the real service in a child process: SIGTERM during a background import
 * stops it between two chunks, the process says "stopped cleanly" and exits, and the import
 * records exactly the rows that were committed. After a restart the same file is run again:
 * every row ends up imported exactly once.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  admin,
  CHILD_ADMIN_TOKEN,
  childEnv,
  startService,
  type ChildService,
} from './support/child-service';
import { realDelay } from './support/random';

jest.setTimeout(90_000);

const ROWS = 20_000;
const csv = Buffer.from(
  `contact\n${Array.from({ length: ROWS }, (_, i) => `+55119${String(10000000 + i)}`).join('\n')}\n`,
);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stopline-import-shutdown-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function upload(service: ChildService): Promise<string> {
  const res = await fetch(`${service.url}/admin/opt-outs/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${CHILD_ADMIN_TOKEN}`, 'content-type': 'text/csv' },
    body: csv,
  });
  const body = (await res.json()) as { importId: string };
  expect(res.status).toBe(202);
  return body.importId;
}

interface JobView {
  status: string;
  processed: number;
  error: string | null;
  summary: Record<string, number>;
}

function probe(dbPath: string, importId: string): { job: JobView; optOuts: number } {
  const db = new Database(dbPath, { readonly: true });
  try {
    const row = db.prepare('SELECT * FROM imports WHERE id = ?').get(importId) as {
      status: string;
      processed: number;
      error: string | null;
      summary: string;
    };
    const { n } = db.prepare('SELECT count(*) AS n FROM opt_outs').get() as { n: number };
    return { job: { ...row, summary: JSON.parse(row.summary) }, optOuts: n };
  } finally {
    db.close();
  }
}

it('SIGTERM mid-import: stopped between chunks, exactly what was committed recorded, re-run without duplicates', async () => {
  const dbPath = join(dir, 'stopline.db');
  const env = childEnv(dbPath, 'http://127.0.0.1:9');
  const first = await startService(env);
  const importId = await upload(first);
  await first.stop();
  expect(first.output.some((line) => line.includes('stopped cleanly'))).toBe(true);

  const { job, optOuts } = probe(dbPath, importId);
  expect(job.status).toBe('failed');
  expect(job.error).toMatch(/stopped by a shutdown after .* rows.*run the import again/);
  expect(job.processed).toBeGreaterThan(0);
  expect(job.processed).toBeLessThan(ROWS);
  // Exactly what was committed: the rows counted are the rows stored.
  expect(job.processed).toBe(optOuts);
  expect(job.summary.created).toBe(optOuts);

  const second = await startService(env);
  try {
    const rerun = await upload(second);
    let view: JobView;
    for (;;) {
      view = (await admin(second, 'GET', `/admin/imports/${rerun}`)).body as JobView;
      if (view.status !== 'running') break;
      await realDelay(200);
    }
    expect(view).toMatchObject({ status: 'completed', processed: ROWS });
    // The rows committed before the stop come back as they are (extended: their default
    // validity now ends a little later), never as new ones; the rest are created.
    const { created, unchanged, extended, invalidCount } = view.summary;
    expect({ created, again: (unchanged ?? 0) + (extended ?? 0), invalidCount }).toEqual({
      created: ROWS - optOuts,
      again: optOuts,
      invalidCount: 0,
    });
    expect(probe(dbPath, rerun).optOuts).toBe(ROWS);
  } finally {
    await second.stop();
  }
});
