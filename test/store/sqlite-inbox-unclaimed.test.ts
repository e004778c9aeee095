/**
 * Migration 18 (inbox_unclaimed): requeueInbox finds a number's entries on the notes' primary
 * key and each entry on the inbox's own, read from the query plan, never by reading bodies;
 * the migration notes the entries already processed without a tenant (recent ones) from their
 * bodies; an erased inbox row takes its notes with it.
 */
import Database from 'better-sqlite3';
import { REQUEUE_SQL } from '../../src/store/sqlite/inbox-repo';
import { migrate } from '../../src/store/sqlite/schema';
import { queryPlan } from '../support/query-plan';

const DAY = 24 * 3600_000;
const NOW = Date.now();

/** A delivery as Meta sends it, with one change per number. */
const delivery = (...numbers: string[]) =>
  JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: 'WABA',
        changes: numbers.map((n) => ({
          field: 'messages',
          value: { messaging_product: 'whatsapp', metadata: { phone_number_id: n } },
        })),
      },
    ],
  });

let db: Database.Database;
afterEach(() => db.close());

const plan = (sql: string): string[] => queryPlan(db, sql);

it('requeues by index: the notes by number and time, each entry by its id', () => {
  db = new Database(':memory:');
  migrate(db);
  const insert = db.prepare(
    "INSERT INTO inbox (id, body, received_at, status, lane) VALUES (?, ?, ?, 'processed', ?)",
  );
  const note = db.prepare(
    'INSERT INTO inbox_unclaimed (phone_number_id, received_at, inbox_id) VALUES (?, ?, ?)',
  );
  db.transaction(() => {
    for (let i = 0; i < 5000; i++) {
      insert.run(`i${i}`, delivery('100'), i, i % 10 === 0 ? 'status' : 'priority');
      if (i % 500 === 0) note.run(`9${i % 3}`, i, `i${i}`);
    }
  })();
  db.exec('ANALYZE');
  const lines = plan(REQUEUE_SQL.replaceAll('@number', "'90'").replaceAll('@since', '0'));
  expect(lines).toEqual([
    expect.stringMatching(/^SEARCH inbox USING INDEX sqlite_autoindex_inbox_1 \(id=\?\)$/),
    expect.stringMatching(/^LIST SUBQUERY \d+$/),
    expect.stringMatching(
      /^SEARCH inbox_unclaimed USING PRIMARY KEY \(phone_number_id=\? AND received_at>\?\)$/,
    ),
  ]);
  expect(lines.join('\n')).not.toMatch(/SCAN/);
});

describe('the migration', () => {
  /** A database as version 17 left it: migrated, then migration 18 undone. */
  function version17(): Database.Database {
    const d = new Database(':memory:');
    migrate(d, 0);
    d.exec(`
      DROP TRIGGER inbox_unclaimed_erased;
      DROP TABLE inbox_unclaimed;
      DELETE FROM schema_migrations WHERE version = 18;
    `);
    return d;
  }

  it('notes the recent completed priority entries for numbers no tenant has, from their bodies', () => {
    db = version17();
    db.prepare(
      `INSERT INTO tenants (id, name, phone_number_id, settings, created_at, updated_at)
       VALUES ('t1', 'Known', '200', '{}', 0, 0)`,
    ).run();
    const insert = db.prepare(
      'INSERT INTO inbox (id, body, received_at, status, lane) VALUES (?, ?, ?, ?, ?)',
    );
    const recent = NOW - DAY;
    insert.run('unknown', delivery('100'), recent, 'processed', 'priority');
    insert.run('mixed', delivery('200', '300', '300'), recent + 1, 'processed', 'priority');
    insert.run('failed', delivery('100'), recent + 2, 'failed', 'priority');
    insert.run('known', delivery('200'), recent + 3, 'processed', 'priority');
    insert.run('pending', delivery('100'), recent + 4, 'pending', 'priority');
    insert.run('receipt', delivery('100'), recent + 5, 'processed', 'status');
    insert.run('too-old', delivery('100'), NOW - 9 * DAY, 'processed', 'priority');
    // Bodies that are not deliveries: passed over, never a failed migration.
    insert.run('not-json', '{"entry": [', recent, 'failed', 'priority');
    insert.run(
      'odd-entry',
      '{"entry": ["x", 1, {"changes": "no"}]}',
      recent,
      'processed',
      'priority',
    );
    insert.run(
      'odd-change',
      '{"entry": [{"changes": ["x", {"value": {"metadata": {"phone_number_id": 5}}}]}]}',
      recent,
      'processed',
      'priority',
    );
    migrate(db);
    const rows = db
      .prepare(
        'SELECT phone_number_id, inbox_id FROM inbox_unclaimed ORDER BY inbox_id, phone_number_id',
      )
      .all();
    expect(rows).toEqual([
      { phone_number_id: '100', inbox_id: 'failed' },
      { phone_number_id: '300', inbox_id: 'mixed' },
      { phone_number_id: '100', inbox_id: 'unknown' },
    ]);
  });

  it('forgets the notes of an erased inbox entry', () => {
    db = new Database(':memory:');
    migrate(db);
    db.prepare(
      "INSERT INTO inbox (id, body, received_at, status) VALUES ('e1', '{}', 1, 'processed')",
    ).run();
    db.prepare(
      "INSERT INTO inbox_unclaimed (phone_number_id, received_at, inbox_id) VALUES ('100', 1, 'e1')",
    ).run();
    db.prepare("DELETE FROM inbox WHERE id = 'e1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM inbox_unclaimed').get()).toEqual({ n: 0 });
  });
});
