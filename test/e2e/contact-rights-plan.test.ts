/**
 * A contact's export and erasure find the contact's rows through indexes: every statement the
 * two routes run on SQLite is recorded and its query plan read. No table holding the contact's
 * data is scanned, and each is reached through an index that leads with the contact (or an id
 * found through one). The one scan left is the inbox's: stored webhook bodies are searched for
 * the number as text, which no index can answer (see the notes of issue 15).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import request from 'supertest';
import { createSqliteStore } from '../../src/store/sqlite';
import { createTestContext, type TestContext } from '../support/context';
import { queryPlan } from '../support/query-plan';
import { customerSays } from '../support/webhook';
import {
  addRecipients,
  auth,
  createTask,
  driveUntil,
  numbers,
  publish,
  taskStatus,
  testDispatcher,
} from './dispatch-helpers';

const CUSTOMER = '+5511987654321';
const WA = '5511987654321';

let ctx: TestContext;
let dir: string;
let dbPath: string;
let recording = false;
const statements: string[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stopline-rights-plan-'));
  dbPath = join(dir, 'stopline.db');
  const store = createSqliteStore({
    path: dbPath,
    trace: (sql) => {
      if (recording) statements.push(sql);
    },
  });
  ctx = await createTestContext({ store });
});
afterEach(async () => {
  await ctx.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Each statement's plan lines, for the statements that read or write rows. */
function plans(path: string, sqls: string[]): { sql: string; plan: string[] }[] {
  const db = new Database(path, { readonly: true });
  try {
    return sqls
      .filter((sql) => /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i.test(sql))
      .map((sql) => ({
        sql,
        plan: queryPlan(db, sql),
      }));
  } finally {
    db.close();
  }
}

/**
 * A plan line that reads a table through an index must name the contact (or an identifier, a
 * status's recipient wa_id or user id, or an id found through one) among the index's constrained
 * columns.
 */
const BY_CONTACT =
  /\((?:\w+=\? AND )*(contact|identifier|recipient_id|recipient_user_id|opt_out_id|consent_id|group_id|order_key|task_id|id)=\?/;

/**
 * Scans that read no table of the contact's data: json_each's values, a constant row, the
 * tenant's task list the export walks (one (task_id, contact) probe per task), and the inbox's
 * text search.
 */
const HARMLESS_SCAN = /^SCAN (CONSTANT ROW|\w+ VIRTUAL TABLE|t$|inbox$)/;

it('exports and erases a contact through indexes, scanning no table of its data', async () => {
  // The contact's history in two tasks (with other recipients), a consent, a STOP and a reply.
  for (const name of ['First', 'Second']) {
    const task = await createTask(ctx, { name });
    await addRecipients(
      ctx,
      task,
      [CUSTOMER, ...numbers(5)].map((contact) => ({ contact, params: ['Maria'] })),
    );
    await publish(ctx, task);
    await driveUntil(
      ctx,
      [testDispatcher(ctx)],
      async () => (await taskStatus(ctx, task)) === 'completed',
    );
  }
  await request(ctx.app)
    .post('/admin/consents')
    .set(auth)
    .send({ channel: 'whatsapp', contact: CUSTOMER, evidence: { wording: 'Yes' } });
  await customerSays(ctx, { from: WA, text: 'STOP' });
  await customerSays(ctx, { from: WA, text: 'Obrigada' });

  recording = true;
  const exported = await request(ctx.app)
    .get(`/admin/contacts/${encodeURIComponent(CUSTOMER)}/export`)
    .set(auth);
  const erased = await request(ctx.app)
    .post(`/admin/contacts/${encodeURIComponent(CUSTOMER)}/erase`)
    .set(auth);
  recording = false;
  expect(exported.status).toBe(200);
  expect(exported.body.taskMessages).toHaveLength(2);
  expect(exported.body.replies).toHaveLength(1);
  expect(erased.body).toMatchObject({ erased: true, recipients: 2, replies: 1, consents: 1 });

  const explained = plans(dbPath, statements);
  const lines = explained.flatMap(({ sql, plan }) => plan.map((detail) => ({ sql, detail })));
  // Every table was reached through an index leading with the contact, or an id found by one.
  const searches = lines.filter((l) => /^SEARCH /.test(l.detail));
  // The consent change log (migration 17) is emptied whole by an erasure: its end read by its
  // key, its one-row pruning record by its key.
  const notByContact = searches.filter(
    // tasks and tenants by id; api_keys by tenant (authenticating ADMIN_TOKEN as the default tenant);
    // the consent change log by its key (erasure empties it).
    (l) =>
      !BY_CONTACT.test(l.detail) &&
      !/^SEARCH (tasks|tenants) /.test(l.detail) &&
      !/^SEARCH api_keys USING INDEX api_keys_tenant /.test(l.detail) &&
      !/^SEARCH consent_changes($| )|^SEARCH consent_changes_pruned USING INTEGER PRIMARY KEY/.test(
        l.detail,
      ),
  );
  expect(notByContact).toEqual([]);
  // Each table of the contact's data was in fact read or written that way.
  for (const index of [
    'opt_outs_key',
    'opt_out_events_opt_out',
    'consents_key',
    'consent_events_consent',
    'recipients_tenant_contact',
    'task_replies_tenant_contact',
    'outbox_tenant_order_key',
    'parked_statuses_recipient',
    'parked_statuses_recipient_user',
  ])
    expect(searches.some((l) => l.detail.includes(` ${index} `))).toBe(true);
  const scans = lines.filter((l) => /^SCAN /.test(l.detail) && !HARMLESS_SCAN.test(l.detail));
  expect(scans).toEqual([]);
  // The inbox scan is the text search of stored webhook bodies, and only that.
  const inboxScans = lines.filter((l) => /^SCAN inbox\b/.test(l.detail));
  expect(inboxScans.length).toBeGreaterThan(0);
  for (const scan of inboxScans) expect(scan.sql).toMatch(/instr\(body/);
});
