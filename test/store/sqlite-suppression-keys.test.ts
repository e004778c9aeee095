/**
 * SQLite's suppression_keys (migration 3) from the outside: the triggers key a contact exactly
 * as the reader sends it, a database from before the migration is upgraded with its opt-outs and
 * links, and a second connection sees every change at once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { contactKeysJson, isIntegerKeyed } from '../../src/store/sqlite/contact-key';
import { createSqliteStore } from '../../src/store/sqlite';
import { at, createTenant, DAY, optOutInput, T0 } from './contract/harness';

let dir: string;
let files = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stopline-suppression-keys-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const newPath = () => join(dir, `db-${(files += 1)}.db`);

/** Strings near the E.164 rule's edges, plus seeded random ones from a phone-ish alphabet. */
function contactCorpus(): string[] {
  const edges = [
    '',
    '+',
    '+0',
    '+1',
    '+9',
    '+01',
    '+10',
    '+5511987654321',
    '5511987654321',
    '+05511987654321',
    '+123456789012345',
    '+1234567890123456',
    '+999999999999999',
    '+9007199254740993',
    '+-1',
    '+1e3',
    '+1.0',
    '+0x1f',
    ' +15550100',
    '+15550100 ',
    '+1555\u00000100',
    '+١٢٣',
    '+１２３',
    'US.13491208655302741918',
    'ana@example.com',
  ];
  const alphabet = ['+', '+', '0', '1', '5', '9', '9', ' ', '.', '-', 'e', 'a', '\u0661'];
  let state = 20260115;
  const next = (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * n);
  };
  const random = Array.from({ length: 3000 }, () => {
    const length = next(19);
    let s = next(4) === 0 ? '' : '+';
    for (let i = 0; i < length; i++)
      s += next(3) === 0 ? (alphabet[next(alphabet.length)] ?? '') : String(next(10));
    return s;
  });
  return [...new Set([...edges, ...random])];
}

describe('sqlite suppression_keys', () => {
  it('keys every contact in the triggers exactly as the reader sends it', async () => {
    const path = newPath();
    const store = createSqliteStore({ path });
    const tenant = await createTenant(store);
    const corpus = contactCorpus();
    const db = new Database(path);
    const insert = db.prepare(
      `INSERT INTO opt_outs (id, tenant_id, channel, contact, scope_key, origin, source, starts_at,
         created_at, updated_at)
       VALUES (?, ?, 'whatsapp', ?, '*', 'admin', 'import', ?, ?, ?)`,
    );
    db.transaction(() =>
      corpus.forEach((contact, i) =>
        insert.run(`id-${i}`, tenant, contact, T0.getTime(), T0.getTime(), T0.getTime()),
      ),
    )();
    const keys = db
      .prepare<[], { contact: string; contact_key: number | string }>(
        `SELECT o.contact, s.contact_key FROM opt_outs AS o JOIN suppression_keys AS s ON s.opt_out_id = o.id`,
      )
      .all();
    db.close();
    expect(keys).toHaveLength(corpus.length);
    // The key the reader sends for the contact, as json_each will read it.
    const sent = (contact: string): unknown =>
      (JSON.parse(contactKeysJson([contact])) as unknown[])[0];
    const mismatches = keys.filter(
      (row) =>
        row.contact_key !== sent(row.contact) ||
        (typeof row.contact_key === 'number') !== isIntegerKeyed(row.contact),
    );
    expect(mismatches).toEqual([]);
    expect(JSON.parse(contactKeysJson(corpus))).toEqual(corpus.map(sent));
    expect(keys.filter((row) => typeof row.contact_key === 'number').length).toBeGreaterThan(100);

    const found = await store.findSuppressionIds(tenant, 'whatsapp', corpus, null, at(DAY));
    expect(new Set(found.keys())).toEqual(new Set(corpus));
    await store.close();
  });

  it('upgrades a database from before migration 3 with its opt-outs and links', async () => {
    const path = newPath();
    const fresh = createSqliteStore({ path });
    const tenant = await createTenant(fresh);
    await fresh.close();

    // Back to schema version 2, then rows written as that version wrote them.
    const db = new Database(path);
    const triggers = db
      .prepare<[], { name: string }>(
        `SELECT name FROM sqlite_schema WHERE type = 'trigger' AND sql LIKE '%suppression_keys%'`,
      )
      .all();
    expect(triggers).toHaveLength(6);
    for (const { name } of triggers) db.exec(`DROP TRIGGER ${name}`);
    // Migration 12 (consent_keys) keys by opt_out_spaces too: undone with it, and run again.
    const consentTriggers = db
      .prepare<[], { name: string }>(
        `SELECT name FROM sqlite_schema WHERE type = 'trigger' AND sql LIKE '%consent_keys%'
           AND tbl_name <> 'consent_keys'`,
      )
      .all();
    expect(consentTriggers).toHaveLength(6);
    for (const { name } of consentTriggers) db.exec(`DROP TRIGGER ${name}`);
    db.exec(`DROP TABLE consent_keys; DROP INDEX recipients_tenant_contact;
      DROP INDEX task_replies_tenant_contact; DROP INDEX outbox_tenant_order_key;
      DELETE FROM schema_migrations WHERE version = 12;`);
    // Migration 17's log (its triggers went with consent_keys) comes back with it.
    db.exec(`DROP TABLE consent_changes; DROP TABLE consent_changes_pruned;
      DELETE FROM schema_migrations WHERE version = 17;`);
    db.exec(`DROP TABLE suppression_keys; DROP TABLE opt_out_spaces;
      DELETE FROM schema_migrations WHERE version = 3;`);
    const insertOptOut = db.prepare(
      `INSERT INTO opt_outs (id, tenant_id, channel, contact, scope_key, origin, source, starts_at,
         expires_at, created_at, updated_at, revoked_at)
       VALUES (?, ?, ?, ?, ?, 'customer', 'keyword', ?, ?, ?, ?, ?)`,
    );
    const t0 = T0.getTime();
    const rows: [string, string, string, string, number | null, number | null][] = [
      ['o-number', 'whatsapp', '+5511900000001', '*', null, null],
      ['o-bsuid', 'whatsapp', 'BR.123', 'cat-a', t0 + 10 * DAY, null],
      ['o-revoked', 'whatsapp', '+5511900000002', '*', null, t0],
      ['o-sms', 'sms', '+5511900000004', '*', null, null],
    ];
    for (const [id, channel, contact, scope, expires, revoked] of rows)
      insertOptOut.run(id, tenant, channel, contact, scope, t0, expires, t0, t0, revoked);
    const link = db.prepare(
      `INSERT INTO contact_identities (tenant_id, channel, identifier, group_id, created_at)
       VALUES (?, 'whatsapp', ?, 'g1', ?)`,
    );
    link.run(tenant, '+5511900000003', t0);
    link.run(tenant, 'BR.123', t0);
    db.close();

    const upgraded = createSqliteStore({ path });
    const contacts = ['+5511900000001', '+5511900000002', '+5511900000003', '+5511900000004'];
    expect(
      await upgraded.findSuppressionIds(tenant, 'whatsapp', contacts, 'cat-a', at(DAY)),
    ).toEqual(
      new Map([
        ['+5511900000001', 'o-number'],
        ['+5511900000003', 'o-bsuid'],
      ]),
    );
    expect(await upgraded.findSuppressionIds(tenant, 'sms', contacts, null, at(DAY))).toEqual(
      new Map([['+5511900000004', 'o-sms']]),
    );
    // And the triggers are back: a new link reaches the upgraded rows.
    await upgraded.linkIdentifiers(tenant, 'whatsapp', ['+5511900000009', 'BR.123'], at(DAY));
    expect(
      await upgraded.findSuppressionIds(tenant, 'whatsapp', ['+5511900000009'], 'cat-a', at(DAY)),
    ).toEqual(new Map([['+5511900000009', 'o-bsuid']]));
    await upgraded.close();
  });

  it('keeps the keys right when rows are renamed, moved or deleted by hand', async () => {
    const path = newPath();
    const store = createSqliteStore({ path });
    const tenant = await createTenant(store);
    const [a, b, c] = ['+5511900000001', '+5511900000002', '+5511900000003'];
    await store.linkIdentifiers(tenant, 'whatsapp', [a, b], T0);
    const { optOut } = await store.upsertOptOut(optOutInput(tenant, { contact: b }), T0);
    const check = () => store.findSuppressionIds(tenant, 'whatsapp', [a, b, c], null, at(DAY));
    expect([...(await check()).keys()]).toEqual([a, b]);

    const db = new Database(path);
    // Hand edits, as an operator's sqlite3 session would make them (no audit trail kept).
    db.pragma('foreign_keys = OFF');
    const identities = `UPDATE contact_identities SET identifier = ? WHERE tenant_id = ? AND identifier = ?`;
    db.prepare(identities).run(c, tenant, a);
    expect([...(await check()).keys()]).toEqual([b, c]);
    db.prepare('DELETE FROM contact_identities WHERE tenant_id = ? AND identifier = ?').run(
      tenant,
      b,
    );
    expect([...(await check()).keys()]).toEqual([b]);
    db.prepare('UPDATE opt_outs SET contact = ? WHERE id = ?').run(c, optOut.id);
    expect([...(await check()).keys()]).toEqual([c]);
    db.prepare('DELETE FROM opt_outs WHERE id = ?').run(optOut.id);
    expect((await check()).size).toBe(0);
    expect(db.prepare('SELECT count(*) AS n FROM suppression_keys').get()).toEqual({ n: 0 });
    db.close();
    await store.close();
  });

  it('shows one connection every opt-out, link and revocation another has just committed', async () => {
    const path = newPath();
    const writer = createSqliteStore({ path });
    const reader = createSqliteStore({ path });
    const tenant = await createTenant(writer);
    const [number, waId] = ['+5511987654321', '+551187654321'];
    const check = () => reader.findSuppressionIds(tenant, 'whatsapp', [number], null, at(DAY));

    expect((await check()).size).toBe(0);
    const { optOut } = await writer.upsertOptOut(optOutInput(tenant, { contact: waId }), T0);
    expect((await check()).size).toBe(0);
    await writer.linkIdentifiers(tenant, 'whatsapp', [number, waId], T0);
    expect(await check()).toEqual(new Map([[number, optOut.id]]));
    await writer.revokeOptOut(tenant, optOut.id, 'admin:sk', T0);
    expect((await check()).size).toBe(0);
    await writer.close();
    await reader.close();
  });
});
