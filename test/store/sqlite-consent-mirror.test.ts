/**
 * SQLite's consent mirror (consent-mirror.ts, migration 17's change log) from the outside: a
 * `consented` task's check answered from memory equals AUDIENCE_SQL's after every change any
 * writer makes, in any process; a mirror that fell behind a prune reloads; a load made in steps
 * while consents change is exact; a space beyond the cap is checked in SQL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createSqliteStore } from '../../src/store/sqlite';
import { AUDIENCE_SQL } from '../../src/store/sqlite/audience-query';
import { createConsentMirrors } from '../../src/store/sqlite/consent-mirror';
import { contactKeysJson } from '../../src/store/sqlite/contact-key';
import { toScopeKey } from '../../src/store/sqlite/rows';
import type { AudienceCheck, Store } from '../../src/store/types';
import { consentInput } from './contract/consents';
import { at, createTenant, DAY, optOutInput, T0 } from './contract/harness';
import { consentedIn } from '../support/audience';

let dir: string;
let files = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stopline-consent-mirror-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const newPath = () => join(dir, `db-${(files += 1)}.db`);

/** AUDIENCE_SQL's answer, run by hand on its own connection: the reference. */
function bySql(
  db: Database.Database,
  tenantId: string,
  contacts: string[],
  categoryId: string | null,
  now: Date,
): AudienceCheck {
  const answer = db
    .prepare<[Record<string, unknown>], string>(AUDIENCE_SQL)
    .pluck()
    .get({
      keys: contactKeysJson(contacts),
      tenantId,
      channel: 'whatsapp',
      scopeKey: toScopeKey(categoryId),
      now: now.getTime(),
    }) as string;
  const suppressed = new Set<string>();
  const consented = new Set<string>();
  for (const row of JSON.parse(answer) as (number | [number, string])[]) {
    if (typeof row === 'number') consented.add(contacts[row] as string);
    else suppressed.add(contacts[row[0]] as string);
  }
  for (const contact of suppressed) consented.delete(contact);
  const noConsent = new Set(contacts.filter((c) => !suppressed.has(c) && !consented.has(c)));
  return { suppressed: new Map([...suppressed].map((c) => [c, ''])), noConsent };
}

const CATEGORIES = [null, 'cat-a', 'cat-b'] as const;

describe('sqlite consent mirror', () => {
  it('answers as AUDIENCE_SQL after every grant, withdrawal, erasure, link, opt-out and import', async () => {
    const path = newPath();
    const store = createSqliteStore({ path });
    const tenant = await createTenant(store);
    const other = await createTenant(store, 'Other');
    const db = new Database(path, { readonly: true });
    // Numbers, BSUIDs and numbers without their '+': every kind of key.
    const contacts = [
      ...Array.from({ length: 12 }, (_, i) => `+55119000000${String(i).padStart(2, '0')}`),
      'BR.1',
      'BR.2',
      'BR.3',
      '5511900000001',
    ];
    let state = 20261207;
    const next = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    const pick = () => contacts[next(contacts.length)] as string;
    let consentedSeen = 0;
    let changedAnswers = 0;
    let previous = '';
    try {
      for (let step = 0; step < 300; step++) {
        const now = at(step * 1000);
        const tenantId = next(6) === 0 ? other : tenant;
        const categoryId = CATEGORIES[next(3)] ?? null;
        const contact = pick();
        switch (next(8)) {
          case 0:
          case 1:
            await store.grantConsent(consentInput(tenantId, { contact, categoryId }), now);
            break;
          case 2: {
            const listed = await store.listConsents(
              tenantId,
              { contacts: [contact] },
              { limit: 10, cursor: null },
            );
            const held = listed.items[next(Math.max(1, listed.items.length))];
            if (held) await store.withdrawConsent(tenantId, held.id, 'admin:x', 'r', now);
            break;
          }
          case 3:
            await store.linkIdentifiers(tenantId, 'whatsapp', [contact, pick()], now);
            break;
          case 4:
            await store.upsertOptOut(
              optOutInput(tenantId, {
                contact,
                categoryId,
                startsAt: now,
                expiresAt: next(2) === 0 ? null : at(step * 1000 + DAY),
              }),
              now,
            );
            break;
          case 5:
            // An import: many grants in one transaction.
            await store.grantConsents(
              Array.from({ length: 1 + next(6) }, () =>
                consentInput(tenantId, {
                  contact: pick(),
                  categoryId: CATEGORIES[next(3)] ?? null,
                }),
              ),
              now,
            );
            break;
          case 6:
            if (next(3) === 0)
              await store.eraseContact(
                {
                  tenantId,
                  channel: 'whatsapp',
                  identifiers: [{ identifier: contact, key: `erased:${contact}` }],
                  actor: 'admin:x',
                  phoneNumberId: null,
                },
                now,
              );
            break;
          default:
            break;
        }
        // Every step, both tenants, every scope: the mirror's answer is AUDIENCE_SQL's.
        for (const checked of [tenant, other])
          for (const category of CATEGORIES) {
            const batch = [...contacts, pick()];
            const mine = await store.checkAudience(checked, 'whatsapp', batch, category, now);
            const sql = bySql(db, checked, batch, category, now);
            const consented = consentedIn(batch, mine);
            expect([...mine.noConsent].sort()).toEqual([...sql.noConsent].sort());
            expect([...mine.suppressed.keys()].sort()).toEqual([...sql.suppressed.keys()].sort());
            consentedSeen += consented.size;
            const answer = JSON.stringify([...consented].sort());
            if (checked === tenant && category === null && answer !== previous) {
              changedAnswers += 1;
              previous = answer;
            }
          }
      }
      // The mix did move the answers, many times over.
      expect(consentedSeen).toBeGreaterThan(1000);
      expect(changedAnswers).toBeGreaterThan(20);
    } finally {
      db.close();
      await store.close();
    }
  });

  it('honours a withdrawal and a grant written by another process at its very next check', async () => {
    const path = newPath();
    const sender = createSqliteStore({ path });
    const admin = createSqliteStore({ path });
    const tenant = await createTenant(admin);
    const [a, b] = ['+5511900000101', '+5511900000102'];
    const check = async () =>
      consentedIn([a, b], await sender.checkAudience(tenant, 'whatsapp', [a, b], 'cat-a', T0));
    try {
      const { consent } = await admin.grantConsent(consentInput(tenant, { contact: a }), T0);
      expect(await check()).toEqual(new Set([a]));
      await admin.withdrawConsent(tenant, consent.id, 'admin:x', 'asked', at(1));
      expect(await check()).toEqual(new Set());
      await admin.grantConsent(consentInput(tenant, { contact: b, categoryId: 'cat-a' }), at(2));
      expect(await check()).toEqual(new Set([b]));
      await admin.grantConsents([consentInput(tenant, { contact: a })], at(3));
      expect(await check()).toEqual(new Set([a, b]));
      // An opt-out still wins over the mirror's consent.
      await admin.upsertOptOut(optOutInput(tenant, { contact: b, startsAt: at(4) }), at(4));
      const withOptOut = await sender.checkAudience(tenant, 'whatsapp', [a, b], 'cat-a', at(5));
      expect(consentedIn([a, b], withOptOut)).toEqual(new Set([a]));
      expect([...withOptOut.suppressed.keys()]).toEqual([b]);
    } finally {
      await sender.close();
      await admin.close();
    }
  });

  it('reloads a mirror that fell behind a prune of the log, and stays exact', async () => {
    const path = newPath();
    const sender = createSqliteStore({ path });
    const admin = createSqliteStore({ path });
    const tenant = await createTenant(admin);
    const [a, b] = ['+5511900000201', 'BR.201'];
    const check = async () =>
      consentedIn([a, b], await sender.checkAudience(tenant, 'whatsapp', [a, b], null, T0));
    try {
      const { consent } = await admin.grantConsent(consentInput(tenant, { contact: a }), T0);
      expect(await check()).toEqual(new Set([a]));
      // While the sender is idle: a withdrawal and a grant, then the whole log pruned.
      await admin.withdrawConsent(tenant, consent.id, 'admin:x', 'asked', at(1));
      await admin.grantConsent(consentInput(tenant, { contact: b }), at(1));
      expect(await admin.pruneConsentChanges(new Date(Date.now() + DAY), 1000)).toBeGreaterThan(0);
      const db = new Database(path, { readonly: true });
      try {
        expect(db.prepare('SELECT count(*) FROM consent_changes').pluck().get()).toBe(0);
      } finally {
        db.close();
      }
      expect(await check()).toEqual(new Set([b]));
      // And follows the log again from there.
      await admin.grantConsent(consentInput(tenant, { contact: a }), at(2));
      expect(await check()).toEqual(new Set([a, b]));
    } finally {
      await sender.close();
      await admin.close();
    }
  });

  it('keeps no key of an erased contact in the log, and every mirror reloads exact', async () => {
    const path = newPath();
    const sender = createSqliteStore({ path });
    const admin = createSqliteStore({ path });
    const tenant = await createTenant(admin);
    const [number, bsuid, kept] = ['+5511900000601', 'BR.601', '+5511900000602'];
    const check = async () =>
      consentedIn(
        [number, bsuid, kept],
        await sender.checkAudience(tenant, 'whatsapp', [number, bsuid, kept], null, T0),
      );
    const db = new Database(path, { readonly: true });
    const logged = () =>
      db
        .prepare(`SELECT count(*) FROM consent_changes WHERE contact_key IN (?, ?)`)
        .pluck()
        .get(5511900000601, bsuid);
    try {
      await admin.linkIdentifiers(tenant, 'whatsapp', [number, bsuid], T0);
      for (const contact of [number, kept])
        await admin.grantConsent(consentInput(tenant, { contact }), T0);
      expect(await check()).toEqual(new Set([number, bsuid, kept]));
      expect(logged()).toBeGreaterThan(0);
      await admin.eraseContact(
        {
          tenantId: tenant,
          channel: 'whatsapp',
          identifiers: [
            { identifier: number, key: 'erased:n' },
            { identifier: bsuid, key: 'erased:b' },
          ],
          actor: 'admin:x',
          phoneNumberId: null,
        },
        at(1),
      );
      expect(logged()).toBe(0);
      expect(await check()).toEqual(new Set([kept]));
      await admin.grantConsent(consentInput(tenant, { contact: bsuid }), at(2));
      expect(await check()).toEqual(new Set([bsuid, kept]));
    } finally {
      db.close();
      await sender.close();
      await admin.close();
    }
  });

  it('prunes only changes older than asked, from the head of the log', async () => {
    const path = newPath();
    const store = createSqliteStore({ path });
    const tenant = await createTenant(store);
    const db = new Database(path);
    try {
      for (const contact of ['+5511900000301', '+5511900000302', '+5511900000303'])
        await store.grantConsent(consentInput(tenant, { contact }), T0);
      // The log's times by hand: 1,000 then 3,000 then 2,000 (clocks can step back).
      db.exec(`UPDATE consent_changes SET at = CASE seq % 3 WHEN 1 THEN 1000 WHEN 2 THEN 3000
        ELSE 2000 END`);
      const seqs = () => db.prepare('SELECT seq FROM consent_changes ORDER BY seq').pluck().all();
      const [first, second, third] = seqs() as number[];
      // Before 2,500: only the first (the second is newer, so the third waits behind it).
      expect(await store.pruneConsentChanges(new Date(2500), 10)).toBe(1);
      expect(seqs()).toEqual([second, third]);
      expect(db.prepare('SELECT through FROM consent_changes_pruned').pluck().get()).toBe(first);
      expect(await store.pruneConsentChanges(new Date(3500), 1)).toBe(1);
      expect(seqs()).toEqual([third]);
      expect(await store.pruneConsentChanges(new Date(3500), 10)).toBe(1);
      expect(seqs()).toEqual([]);
      // A seq is never handed out again, even from an emptied log.
      await store.grantConsent(consentInput(tenant, { contact: '+5511900000304' }), T0);
      const after = seqs() as number[];
      expect(after).toHaveLength(1);
      expect(after[0]).toBeGreaterThan(third as number);
    } finally {
      db.close();
      await store.close();
    }
  });

  it('loads in steps while consents change, and is exact once synced', async () => {
    const path = newPath();
    const store = createSqliteStore({ path });
    const tenant = await createTenant(store);
    const contacts = Array.from(
      { length: 40 },
      (_, i) => `+55119000004${String(i).padStart(2, '0')}`,
    );
    const reader = new Database(path, { readonly: true });
    try {
      const ids: string[] = [];
      for (const [i, contact] of contacts.entries()) {
        const categoryId = i % 3 === 0 ? 'cat-a' : null;
        ids.push(
          (await store.grantConsent(consentInput(tenant, { contact, categoryId }), T0)).consent.id,
        );
      }
      // Linked: several rows under one key, across a step boundary.
      await store.linkIdentifiers(
        tenant,
        'whatsapp',
        [contacts[0] as string, contacts[39] as string],
        T0,
      );
      const mirrors = createConsentMirrors(reader, { maxKeys: 1000, chunkRows: 3 });
      const loading = mirrors.acquire(tenant, 'whatsapp', T0);
      // Between the load's steps: one consent behind the cursor withdrawn, one ahead, a new one.
      await store.withdrawConsent(tenant, ids[1] as string, 'admin:x', 'r', at(1));
      await store.withdrawConsent(tenant, ids[38] as string, 'admin:x', 'r', at(1));
      await store.grantConsent(consentInput(tenant, { contact: 'BR.400' }), at(1));
      const mirror = await loading;
      if (!mirror) throw new Error('expected a mirror under the cap');
      expect(reader.transaction(() => mirrors.sync(mirror))()).toBe(true);
      const batch = [...contacts, 'BR.400', 'BR.401'];
      for (const category of CATEGORIES) {
        const fromMirror = batch.filter(
          (c) => mirrors.covering(toScopeKey(category))[mirror.keys.getContact(c)] === 1,
        );
        expect(fromMirror.sort()).toEqual(
          [...consentedIn(batch, bySql(reader, tenant, batch, category, T0))].sort(),
        );
      }
      expect(mirror.keys.getContact(contacts[1] as string)).toBe(-1);
      expect(mirror.keys.getContact('BR.400')).toBeGreaterThanOrEqual(0);
      expect(mirrors.size()).toBe(mirror.keys.size);
    } finally {
      reader.close();
      await store.close();
    }
  });

  it('reloads after a bulk change in its own space, not after one in another', async () => {
    const path = newPath();
    const store = createSqliteStore({ path });
    const tenant = await createTenant(store);
    const other = await createTenant(store, 'Other');
    const reader = new Database(path, { readonly: true });
    const grants = (tenantId: string, from: number) =>
      store.grantConsents(
        Array.from({ length: 5 }, (_, i) =>
          consentInput(tenantId, { contact: `+55119000007${String(from + i).padStart(2, '0')}` }),
        ),
        T0,
      );
    try {
      await grants(tenant, 0);
      await grants(other, 0);
      const mirrors = createConsentMirrors(reader, { maxKeys: 1000, reloadAbove: 3 });
      const mirror = await mirrors.acquire(tenant, 'whatsapp', T0);
      if (!mirror) throw new Error('expected a mirror under the cap');
      const synced = () => reader.transaction(() => mirrors.sync(mirror))();
      expect(synced()).toBe(true);
      // Five changes in another tenant's space: nothing to apply here, no reload.
      await grants(other, 10);
      expect(synced()).toBe(true);
      expect(mirror.keys.size).toBe(5);
      // Five in its own: more than it patches, so it asks to be reloaded.
      await grants(tenant, 10);
      expect(synced()).toBe(false);
      mirrors.drop(mirror);
      const fresh = await mirrors.acquire(tenant, 'whatsapp', T0);
      expect(fresh?.keys.size).toBe(10);
      expect(mirrors.size()).toBe(10);
    } finally {
      reader.close();
      await store.close();
    }
  });

  it('drops a mirror no check has used for its idle time, keeps one in use, and reloads on demand', async () => {
    const path = newPath();
    const store = createSqliteStore({ path });
    const quiet = await createTenant(store);
    const busy = await createTenant(store, 'Busy');
    const reader = new Database(path, { readonly: true });
    try {
      await store.grantConsents(
        [1, 2, 3].map((i) => consentInput(quiet, { contact: `+551190000080${i}` })),
        T0,
      );
      await store.grantConsents([consentInput(busy, { contact: '+5511900000811' })], T0);
      const mirrors = createConsentMirrors(reader, { maxKeys: 1000, idleMs: 90_000 });
      const after = (ms: number) => new Date(T0.getTime() + ms);
      const first = await mirrors.acquire(quiet, 'whatsapp', T0);
      const other = await mirrors.acquire(busy, 'whatsapp', T0);
      if (!first || !other) throw new Error('expected mirrors under the cap');
      expect(mirrors.size()).toBe(4);
      // 61 s later only `busy` is checked: `quiet` has been idle 61 s, under its 90.
      expect(await mirrors.acquire(busy, 'whatsapp', after(61_000))).toBe(other);
      expect(first.dropped).toBe(false);
      // 122 s: `quiet` idle 122 s is dropped with its keys; `busy`, used 61 s ago, is kept.
      expect(await mirrors.acquire(busy, 'whatsapp', after(122_000))).toBe(other);
      expect(first.dropped).toBe(true);
      expect(other.dropped).toBe(false);
      expect(mirrors.size()).toBe(1);
      // Its next check loads it again, exact.
      const again = await mirrors.acquire(quiet, 'whatsapp', after(122_000));
      expect(again).not.toBe(first);
      expect(again?.keys.size).toBe(3);
      expect(mirrors.size()).toBe(4);
      if (!again) throw new Error('expected a fresh mirror');
      expect(reader.transaction(() => mirrors.sync(again))()).toBe(true);
      expect(again.keys.getContact('+5511900000802')).toBeGreaterThanOrEqual(0);
      // A dropped mirror a check still held refuses to sync (the check reloads).
      expect(reader.transaction(() => mirrors.sync(first))()).toBe(false);
    } finally {
      reader.close();
      await store.close();
    }
  });

  it('checks a space beyond the cap in SQL, and one within it from memory', async () => {
    const path = newPath();
    const setup = createSqliteStore({ path });
    const tenant = await createTenant(setup);
    const contacts = ['+5511900000501', '+5511900000502', '+5511900000503', 'BR.501'];
    const ids: string[] = [];
    for (const contact of contacts)
      ids.push((await setup.grantConsent(consentInput(tenant, { contact }), T0)).consent.id);
    const capped = createSqliteStore({ path, consentMirrorMaxKeys: 3 });
    const never = createSqliteStore({ path, consentMirrorMaxKeys: 0 });
    const mirrored = createSqliteStore({ path, consentMirrorMaxKeys: 4 });
    const db = new Database(path);
    const check = async (store: Store) =>
      consentedIn(contacts, await store.checkAudience(tenant, 'whatsapp', contacts, null, T0));
    try {
      // Another tenant's empty space: nothing to hold, still not mirrored with a cap of 0.
      const empty = await createTenant(setup, 'Empty');
      expect(
        consentedIn(contacts, await never.checkAudience(empty, 'whatsapp', contacts, null, T0)),
      ).toEqual(new Set());
      for (const store of [capped, never, mirrored])
        expect(await check(store)).toEqual(new Set(contacts));
      // A change the log does not see (its triggers dropped by hand): only a check that reads
      // consent_keys itself notices it. That tells which path answered.
      db.exec('DROP TRIGGER consent_keys_log_insert; DROP TRIGGER consent_keys_log_delete;');
      await setup.withdrawConsent(tenant, ids[0] as string, 'admin:x', 'r', at(1));
      const rest = new Set(contacts.slice(1));
      expect(await check(capped)).toEqual(rest);
      expect(await check(never)).toEqual(rest);
      expect(await check(mirrored)).toEqual(new Set(contacts));
    } finally {
      db.close();
      await capped.close();
      await never.close();
      await mirrored.close();
      await setup.close();
    }
  });
});
