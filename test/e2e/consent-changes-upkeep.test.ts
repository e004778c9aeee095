/**
 * The consent change log's retention (SQLite migration 17): the inbox's upkeep prunes the
 * changes older than an hour on the app's clock, oldest first, and a `consented` check stays
 * exact across it. The log's times are the database's clock, so the test sets them by hand.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createTestContext, type TestContext } from '../support/context';
import { consentedIn } from '../support/audience';

let dir: string;
let ctx: TestContext | undefined;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'stopline-consent-changes-'));
});
afterEach(async () => {
  await ctx?.close();
  ctx = undefined;
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const input = (tenantId: string, contact: string) => ({
  tenantId,
  channel: 'whatsapp' as const,
  contact,
  categoryId: null,
  source: 'api' as const,
  evidence: { actor: 'admin:x', wording: 'Yes' },
  actor: 'admin:x',
});

it('prunes the consent changes older than an hour, and checks stay exact', async () => {
  const dbPath = path.join(dir, 'stopline.db');
  ctx = await createTestContext({ dbPath });
  const tenant = ctx.defaultTenantId;
  const [old, recent] = ['+5511900000801', '+5511900000802'];
  const now = ctx.clock.now();
  await ctx.store.grantConsent(input(tenant, old), now);
  const check = async () =>
    consentedIn(
      [old, recent],
      await ctx!.store.checkAudience(tenant, 'whatsapp', [old, recent], null, ctx!.clock.now()),
    );
  expect(await check()).toEqual(new Set([old]));
  await ctx.store.grantConsent(input(tenant, recent), now);
  const db = new Database(dbPath);
  try {
    const [first, second] = db
      .prepare('SELECT seq FROM consent_changes ORDER BY seq')
      .pluck()
      .all() as number[];
    // The first grant's change 61 minutes old, the second's 59.
    db.prepare('UPDATE consent_changes SET at = ? WHERE seq = ?').run(
      now.getTime() - 61 * 60_000,
      first,
    );
    db.prepare('UPDATE consent_changes SET at = ? WHERE seq = ?').run(
      now.getTime() - 59 * 60_000,
      second,
    );
    expect(await ctx.services.inbox.pruneConsentChanges()).toBe(1);
    expect(db.prepare('SELECT seq FROM consent_changes').pluck().all()).toEqual([second]);
    expect(await check()).toEqual(new Set([old, recent]));
    ctx.clock.advance(2 * 60_000);
    expect(await ctx.services.inbox.pruneConsentChanges()).toBe(1);
    expect(await ctx.services.inbox.pruneConsentChanges()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM consent_changes').pluck().get()).toBe(0);
    expect(await check()).toEqual(new Set([old, recent]));
  } finally {
    db.close();
  }
});
