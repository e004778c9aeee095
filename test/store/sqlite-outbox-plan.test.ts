/**
 * SQLite's outbox reads by index, read from the query plans: an endpoint's backlog and failures
 * count entries of the partial indexes of migration 14 (not every row the endpoint ever had),
 * and pruning finds finished rows on the due index (not by scanning the table).
 */
import Database from 'better-sqlite3';
import {
  ENDPOINT_HEALTH_SQL,
  PRUNE_DEAD_SQL,
  PRUNE_DELIVERED_SQL,
} from '../../src/store/sqlite/event-repo';
import { migrate } from '../../src/store/sqlite/schema';
import { queryPlan } from '../support/query-plan';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  migrate(db);
});
afterEach(() => db.close());

const plan = (sql: string): string[] => queryPlan(db, sql);

/** The planner's choice after ANALYZE, on an outbox made mostly of delivered rows. */
function fillAndAnalyze(): void {
  const insert = db.prepare(
    `INSERT INTO outbox (id, tenant_id, endpoint_id, event_id, type, order_key, body, created_at,
       status, attempts, next_attempt_at, delivered_at)
     VALUES (?, 't', ?, ?, 'opt_out.created', ?, '{}', 0, ?, 1, ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) {
      const status = i % 100 === 0 ? 'pending' : i % 100 === 1 ? 'dead' : 'delivered';
      insert.run(
        `o${i}`,
        `e${i % 3}`,
        `ev${i}`,
        `k${i}`,
        status,
        i,
        status === 'delivered' ? i : null,
      );
    }
  })();
  db.exec('ANALYZE');
}

it.each([
  ['on a new database', () => undefined],
  ['after ANALYZE of a full outbox', fillAndAnalyze],
])("counts an endpoint's backlog and failures on the partial indexes, %s", (_, prepare) => {
  prepare();
  const lines = plan(ENDPOINT_HEALTH_SQL.replaceAll('@endpoint', "'e1'"));
  expect(lines.filter((l) => /outbox/.test(l))).toEqual([
    expect.stringMatching(/^SEARCH outbox USING COVERING INDEX outbox_pending \(endpoint_id=\?\)$/),
    expect.stringMatching(/^SEARCH outbox USING COVERING INDEX outbox_dead \(endpoint_id=\?\)$/),
  ]);
});

it('counts the same figures the rows hold', () => {
  fillAndAnalyze();
  const counts = db.prepare(ENDPOINT_HEALTH_SQL).get({ endpoint: 'e1' });
  const byScan = db
    .prepare(
      `SELECT SUM(status = 'pending') AS backlog, SUM(status = 'dead') AS failed
       FROM outbox NOT INDEXED WHERE endpoint_id = 'e1'`,
    )
    .get();
  expect(counts).toEqual(byScan);
  expect(counts).toEqual({ backlog: 7, failed: 7 });
});

it.each([
  ['delivered', PRUNE_DELIVERED_SQL],
  ['dead', PRUNE_DEAD_SQL],
])('finds %s rows to prune on the due index, never scanning the outbox', (_, sql) => {
  fillAndAnalyze();
  const lines = plan(sql.replaceAll('@before', '1000').replaceAll('@limit', '500'));
  expect(
    lines.some((l) =>
      /USING (COVERING )?INDEX outbox_due \(status=\? AND next_attempt_at<\?\)/.test(l),
    ),
  ).toBe(true);
  expect(lines.filter((l) => /^SCAN outbox\b/.test(l))).toEqual([]);
});
