/**
 * The inbox's retention (INBOX_RETENTION_DAYS, default 30): the upkeep the inbox processor runs
 * once a minute removes, on the app's clock, the processed deliveries (their bodies hold the
 * customers' words) and the event keys older than the retention, never what they recorded: a
 * STOP's opt-out outlives the delivery that brought it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import request from 'supertest';
import { createTestContext, type TestContext } from '../support/context';
import { customerSays } from '../support/webhook';

const DAY = 24 * 3600_000;
let dir: string;
let ctx: TestContext | undefined;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'stopline-inbox-retention-'));
});
afterEach(async () => {
  await ctx?.close();
  ctx = undefined;
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

it('prunes deliveries and event keys past 30 days on the app clock, and keeps the opt-outs they made', async () => {
  const dbPath = path.join(dir, 'stopline.db');
  ctx = await createTestContext({ dbPath });
  const db = new Database(dbPath, { readonly: true });
  const count = (table: string) =>
    db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  try {
    const [early, later] = ['+5511900000901', '+5511900000902'];
    await customerSays(ctx, { from: early, text: 'STOP' });
    const entries = count('inbox');
    const keys = count('idempotency_keys');
    expect(entries).toBe(1);
    expect(keys).toBeGreaterThan(0);
    ctx.clock.advance(29 * DAY);
    await customerSays(ctx, { from: later, text: 'STOP' });
    expect(count('inbox')).toBe(2);
    const keysOfBoth = count('idempotency_keys');

    // 29 days after the first: nothing is old enough yet.
    expect(await ctx.services.inbox.pruneInbox()).toEqual({ entries: 0, keys: 0 });
    // 31 days after the first, 2 after the second: the first delivery and its keys go.
    ctx.clock.advance(2 * DAY);
    expect(await ctx.services.inbox.pruneInbox()).toEqual({ entries: 1, keys });
    expect(count('inbox')).toBe(1);
    expect(count('idempotency_keys')).toBe(keysOfBoth - keys);
    expect(await ctx.services.inbox.pruneInbox()).toEqual({ entries: 0, keys: 0 });
    const metrics = await ctx.metrics.registry.getSingleMetricAsString(
      'stopline_inbox_pruned_total',
    );
    expect(metrics).toMatch(/stopline_inbox_pruned_total\{kind="entries"\} 1/);
    expect(metrics).toMatch(new RegExp(`stopline_inbox_pruned_total\\{kind="keys"\\} ${keys}`));

    // The STOP the pruned delivery carried is still in force.
    const check = await request(ctx.app)
      .get(`/admin/opt-outs/check?channel=whatsapp&contact=${encodeURIComponent(early)}`)
      .set('authorization', `Bearer ${ctx.config.adminToken}`);
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ suppressed: true });
  } finally {
    db.close();
  }
});
