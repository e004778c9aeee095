/**
 * The query plans of the dispatcher's two batch checks on SQLite, read from the database: each
 * contact of the batch costs one descent of suppression_keys and, for a `consented` task, one of
 * consent_keys, each through its primary key on (contact_key, space_id). No table is scanned;
 * the only scan is json_each's, over the batch's own keys.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createSqliteStore } from '../../src/store/sqlite';
import { AUDIENCE_SQL } from '../../src/store/sqlite/audience-query';
import { LOG_POSITION_SQL } from '../../src/store/sqlite/consent-changes-schema';
import { CHANGED_SQL, NEXT_CHUNK_SQL, PENDING_SQL } from '../../src/store/sqlite/consent-mirror';
import { SUPPRESSION_SQL } from '../../src/store/sqlite/suppression-query';
import { queryPlan } from '../support/query-plan';

let dir: string;
let db: Database.Database;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stopline-audience-plan-'));
  const path = join(dir, 'stopline.db');
  await createSqliteStore({ path }).close();
  db = new Database(path, { readonly: true });
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const params = {
  keys: '[15550000001,"BR.1"]',
  tenantId: 't1',
  channel: 'whatsapp',
  scopeKey: 'cat-a',
  now: 0,
};

const planOf = (sql: string): string[] => queryPlan(db, sql, params);

/** What a plan line may read without an index: the batch's keys, a constant row. */
const HARMLESS_SCAN = /^SCAN (j VIRTUAL TABLE INDEX \d+:|CONSTANT ROW)$/;
const KEY_DESCENT = (alias: string) =>
  new RegExp(`^SEARCH ${alias} (EXISTS )?USING PRIMARY KEY \\(contact_key=\\? AND space_id=\\?\\)`);

describe('the batch checks’ query plans', () => {
  it('the default check: one descent of suppression_keys per contact, nothing scanned', () => {
    const plan = planOf(SUPPRESSION_SQL);
    expect(plan.filter((line) => line.startsWith('SCAN'))).toEqual(
      plan.filter((line) => HARMLESS_SCAN.test(line)),
    );
    expect(plan.filter((line) => KEY_DESCENT('s').test(line))).toHaveLength(1);
    expect(plan.some((line) => /consent_keys|\bc\b/.test(line))).toBe(false);
  });

  it('the consented check: one descent each of suppression_keys and consent_keys per contact', () => {
    const plan = planOf(AUDIENCE_SQL);
    // No table scanned: only json_each's batch of keys (once: one pass over the batch).
    const scans = plan.filter((line) => line.startsWith('SCAN'));
    expect(scans.every((line) => HARMLESS_SCAN.test(line))).toBe(true);
    expect(scans.filter((line) => line.startsWith('SCAN j'))).toHaveLength(1);
    // Each key table through its primary key, contact and space constrained: a range per contact.
    expect(plan.filter((line) => KEY_DESCENT('s').test(line))).toHaveLength(1);
    expect(plan.filter((line) => KEY_DESCENT('c').test(line))).toHaveLength(1);
    // Every other read is the (tenant, channel) space, through its unique index.
    const others = plan.filter(
      (line) =>
        line.startsWith('SEARCH') && !KEY_DESCENT('s').test(line) && !KEY_DESCENT('c').test(line),
    );
    for (const line of others)
      expect(line).toMatch(
        /^SEARCH opt_out_spaces USING COVERING INDEX \S+ \(tenant_id=\? AND channel=\?\)$/,
      );
    expect(others.length).toBeGreaterThan(0);
  });

  it('the consent mirror: its sync reads the log since a seq and descends consent_keys per key', () => {
    const plan = (sql: string, p: Record<string, unknown>) => queryPlan(db, sql, p);
    const changed = plan(CHANGED_SQL, { seq: 1, tenantId: 't1', channel: 'whatsapp' });
    expect(changed).toContain(
      'SEARCH consent_changes USING INDEX consent_changes_space (space_id=? AND seq>?)',
    );
    expect(changed.some((line) => KEY_DESCENT('c').test(line))).toBe(true);
    expect(changed.filter((line) => /^SCAN (consent_keys|consent_changes)/.test(line))).toEqual([]);
    // What is pending in the space: a range of the same index.
    expect(plan(PENDING_SQL, { seq: 1, tenantId: 't1', channel: 'whatsapp', limit: 10 })).toContain(
      'SEARCH consent_changes USING COVERING INDEX consent_changes_space (space_id=? AND seq>?)',
    );
    // The log's position: two lookups, nothing scanned.
    expect(
      plan(LOG_POSITION_SQL, {}).filter((line) => /^SCAN (?!CONSTANT ROW)/.test(line)),
    ).toEqual([]);
    // A load's next step: a range of the primary key from the cursor.
    const step = plan(NEXT_CHUNK_SQL, {
      tenantId: 't1',
      channel: 'whatsapp',
      limit: 10,
      key: 1,
      space: 1,
      consent: 'c',
    });
    expect(step[0]).toMatch(
      /^SEARCH consent_keys USING PRIMARY KEY \(\(contact_key,space_id,consent_id\)>/,
    );
  });
});
