/**
 * SQLite's consent_keys (migration 12) from the outside: after any mix of grants, withdrawals,
 * links, hand edits and erasures the table holds exactly every active consent under each
 * identifier it reaches (recomputed here from the ledger), and a database from before the
 * migration is upgraded with its consents and links.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { isIntegerKeyed } from '../../src/store/sqlite/contact-key';
import { createSqliteStore } from '../../src/store/sqlite';
import type { Store } from '../../src/store/types';
import { consentInput } from './contract/consents';
import { at, createTenant, T0 } from './contract/harness';
import { consentedIn } from '../support/audience';

let dir: string;
let files = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stopline-consent-keys-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const newPath = () => join(dir, `db-${(files += 1)}.db`);

type KeyRow = {
  contact_key: number | string;
  space_id: number;
  consent_id: string;
  scope_key: string;
};

const sortRows = (rows: KeyRow[]): string[] =>
  rows.map((r) => JSON.stringify([r.contact_key, r.space_id, r.consent_id, r.scope_key])).sort();

/** consent_keys as the migration defines it, recomputed in JavaScript from the ledger. */
function expectedKeys(db: Database.Database): string[] {
  const consents = db
    .prepare<
      [],
      { id: string; tenant_id: string; channel: string; contact: string; scope_key: string }
    >('SELECT id, tenant_id, channel, contact, scope_key FROM consents WHERE withdrawn_at IS NULL')
    .all();
  const spaces = new Map(
    db
      .prepare<[], { id: number; tenant_id: string; channel: string }>(
        'SELECT id, tenant_id, channel FROM opt_out_spaces',
      )
      .all()
      .map((s) => [`${s.tenant_id}/${s.channel}`, s.id]),
  );
  const groupOf = db.prepare<[string, string, string], { group_id: string }>(
    'SELECT group_id FROM contact_identities WHERE tenant_id = ? AND channel = ? AND identifier = ?',
  );
  const members = db
    .prepare<[string, string, string], string>(
      'SELECT identifier FROM contact_identities WHERE tenant_id = ? AND channel = ? AND group_id = ?',
    )
    .pluck();
  const rows: KeyRow[] = [];
  for (const c of consents) {
    const group = groupOf.get(c.tenant_id, c.channel, c.contact);
    const reach = new Set([c.contact]);
    if (group) for (const m of members.all(c.tenant_id, c.channel, group.group_id)) reach.add(m);
    for (const identifier of reach)
      rows.push({
        contact_key: isIntegerKeyed(identifier) ? Number(identifier.slice(1)) : identifier,
        space_id: spaces.get(`${c.tenant_id}/${c.channel}`) ?? -1,
        consent_id: c.id,
        scope_key: c.scope_key,
      });
  }
  return sortRows(rows);
}

const actualKeys = (db: Database.Database): string[] =>
  sortRows(db.prepare<[], KeyRow>('SELECT * FROM consent_keys').all());

describe('sqlite consent_keys', () => {
  let path: string;
  let store: Store;
  let db: Database.Database;
  let tenant: string;

  beforeEach(async () => {
    path = newPath();
    store = createSqliteStore({ path });
    tenant = await createTenant(store);
    db = new Database(path);
  });

  afterEach(async () => {
    db.close();
    await store.close();
  });

  it('holds every active consent under each identifier it reaches, whatever changed', async () => {
    const contacts = ['+5511900000001', '+5511900000002', '+5511900000003', 'BR.1', 'BR.2'];
    const other = await createTenant(store, 'Other');
    // A fixed pseudo-random mix of every change the ledger and the links can see.
    let state = 15;
    const next = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    for (let step = 0; step < 150; step++) {
      const contact = contacts[next(contacts.length)] as string;
      const tenantId = next(5) === 0 ? other : tenant;
      const categoryId = [null, 'cat-a', 'cat-b'][next(3)] ?? null;
      const listed = await store.listConsents(
        tenantId,
        { contacts: [contact] },
        { limit: 10, cursor: null },
      );
      const held = listed.items[next(Math.max(1, listed.items.length))];
      switch (next(6)) {
        case 0:
        case 1:
          await store.grantConsent(consentInput(tenantId, { contact, categoryId }), at(step));
          break;
        case 2:
          if (held) await store.withdrawConsent(tenantId, held.id, 'admin:x', 'r', at(step));
          break;
        case 3:
          await store.linkIdentifiers(
            tenantId,
            'whatsapp',
            [contact, contacts[next(contacts.length)] as string],
            at(step),
          );
          break;
        case 4:
          // By hand: a contact renamed, a scope moved, a row deleted, an identity unlinked.
          if (held) {
            const edit = [
              `UPDATE consents SET contact = '${contacts[next(contacts.length)]}' WHERE id = '${held.id}'`,
              `UPDATE consents SET scope_key = 'cat-c' WHERE id = '${held.id}'`,
              `DELETE FROM consents WHERE id = '${held.id}'`,
            ][next(3)] as string;
            // A rename onto a key that already exists is refused by the unique index.
            try {
              db.exec(edit);
            } catch {
              // nothing changed
            }
          }
          break;
        default:
          db.exec(
            `DELETE FROM contact_identities WHERE tenant_id = '${tenantId}' AND identifier = '${contact}'`,
          );
      }
      expect(actualKeys(db)).toEqual(expectedKeys(db));
    }
    // The mix did reach linked identifiers and several tenants.
    expect(actualKeys(db).length).toBeGreaterThan(contacts.length);
  });

  it('upgrades a database from before migration 12 with its consents and links', async () => {
    const [number, bsuid, withdrawn] = ['+5511900000001', 'BR.123', '+5511900000002'];
    await store.grantConsent(consentInput(tenant, { contact: bsuid, categoryId: 'cat-a' }), T0);
    const { consent } = await store.grantConsent(consentInput(tenant, { contact: withdrawn }), T0);
    await store.withdrawConsent(tenant, consent.id, 'admin:x', 'asked', at(1));
    await store.linkIdentifiers(tenant, 'whatsapp', [number, bsuid], T0);
    await store.close();

    // Back to before migration 12: no consent_keys, no triggers, no contact indexes.
    const triggers = db
      .prepare<[], string>(
        `SELECT name FROM sqlite_schema WHERE type = 'trigger' AND sql LIKE '%consent_keys%'
           AND tbl_name <> 'consent_keys'`,
      )
      .pluck()
      .all();
    expect(triggers).toHaveLength(6);
    for (const name of triggers) db.exec(`DROP TRIGGER ${name}`);
    db.exec(`DROP TABLE consent_keys; DROP INDEX recipients_tenant_contact;
      DROP INDEX task_replies_tenant_contact; DROP INDEX outbox_tenant_order_key;
      DELETE FROM schema_migrations WHERE version = 12;`);
    // Migration 17's log went with the table (its triggers are on consent_keys): it comes back
    // with it, as on a database that never had either.
    db.exec(`DROP TABLE consent_changes; DROP TABLE consent_changes_pruned;
      DELETE FROM schema_migrations WHERE version = 17;`);

    store = createSqliteStore({ path });
    const check = await store.checkAudience(
      tenant,
      'whatsapp',
      [number, bsuid, withdrawn],
      'cat-a',
      at(2),
    );
    expect(check.noConsent).toEqual(new Set([withdrawn]));
    expect(consentedIn([number, bsuid, withdrawn], check)).toEqual(new Set([number, bsuid]));
    expect(actualKeys(db)).toEqual(expectedKeys(db));
    expect(actualKeys(db)).toHaveLength(2);
  });
});
