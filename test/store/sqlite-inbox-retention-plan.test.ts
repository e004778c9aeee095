/**
 * SQLite's inbox retention reads by index, read from the query plans: the oldest completed
 * entries are a range of the primary key (ids sort by receive time), and the oldest event keys
 * a range of migration 19's index by creation time; neither scans its table, however many young
 * rows it holds.
 */
import Database from 'better-sqlite3';
import { idFloor, newId } from '../../src/ids';
import { PRUNE_INBOX_SQL, PRUNE_KEYS_SQL } from '../../src/store/sqlite/inbox-repo';
import { migrate } from '../../src/store/sqlite/schema';
import { queryPlan } from '../support/query-plan';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  migrate(db);
});
afterEach(() => db.close());

const plan = (sql: string): string[] => queryPlan(db, sql);

const bound = (sql: string) =>
  sql
    .replaceAll('@bound', `'${idFloor(Date.UTC(2026, 0, 1))}'`)
    .replaceAll('@before', String(Date.UTC(2026, 0, 1)))
    .replaceAll('@limit', '5000');

/** The planner's choice after ANALYZE, on an inbox and keys made mostly of young rows. */
function fillAndAnalyze(): void {
  const entry = db.prepare(
    "INSERT INTO inbox (id, body, received_at, status, lane) VALUES (?, '{}', ?, ?, 'status')",
  );
  const key = db.prepare('INSERT INTO idempotency_keys (key, created_at) VALUES (?, ?)');
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) {
      const at = Date.UTC(2026, 0, 1) + (i - 100) * 60_000;
      entry.run(newId(at), at, i % 50 === 0 ? 'pending' : 'processed');
      key.run(`status:wamid.${i}:read`, at);
    }
  })();
  db.exec('ANALYZE');
}

it.each([
  ['on a new database', () => undefined],
  ['after ANALYZE of a full inbox', fillAndAnalyze],
])('prunes old entries and keys on indexes, never scanning a table, %s', (_, prepare) => {
  prepare();
  const entries = plan(bound(PRUNE_INBOX_SQL)).filter((l) => /inbox/.test(l));
  expect(entries.length).toBeGreaterThan(0);
  expect(
    entries.some((l) => /^SEARCH inbox USING INDEX sqlite_autoindex_inbox_1 \(id<\?\)/.test(l)),
  ).toBe(true);
  expect(entries.filter((l) => /^SCAN inbox\b/.test(l))).toEqual([]);
  const keys = plan(bound(PRUNE_KEYS_SQL)).filter((l) => /idempotency_keys/.test(l));
  expect(
    keys.some((l) => /USING (COVERING )?INDEX idempotency_keys_created \(created_at<\?\)/.test(l)),
  ).toBe(true);
  expect(keys.filter((l) => /^SCAN idempotency_keys\b/.test(l))).toEqual([]);
});

it('bounds an id range at the millisecond: ids made before it sort below, at or after it not', () => {
  const at = Date.UTC(2026, 5, 1, 12);
  const floor = idFloor(at);
  expect(newId(at - 1) < floor).toBe(true);
  expect(newId(at) >= floor).toBe(true);
  expect(newId(at + 1) > floor).toBe(true);
  expect(floor).toHaveLength(24);
});
