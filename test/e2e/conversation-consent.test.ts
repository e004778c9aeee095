import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestContext, type TestContext } from '../support/context';
import { customerSays, postSigned, wamid } from '../support/webhook';
import {
  createCategory,
  optOutsOf,
  replyText,
  sentTo,
  taskMessageSent,
} from './conversation-helpers';

const CUSTOMER = '+5511987654321';
const WA = '5511987654321';

describe('conversation: opt back in, help, status, and Meta’s own signals', () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
  });
  afterEach(async () => ctx.close());

  it('START revokes the customer opt-outs only, never admin or meta ones', async () => {
    await customerSays(ctx, { from: WA, text: 'STOP' });
    const tenant = (await ctx.store.getTenant(ctx.defaultTenantId))!;
    await ctx.services.optOuts.record({
      tenant,
      channel: 'whatsapp',
      contact: CUSTOMER,
      categoryId: null,
      origin: 'admin',
      source: 'admin',
      at: ctx.clock.now(),
      validity: { kind: 'until', expiresAt: null },
      remarks: 'asked by phone',
      evidence: null,
      actor: 'admin:test',
    });
    await customerSays(ctx, { from: WA, preference: 'stop' });
    await customerSays(ctx, { from: WA, text: 'START' });
    const byOrigin = Object.fromEntries((await optOutsOf(ctx, CUSTOMER)).map((o) => [o.origin, o]));
    expect(byOrigin.customer!.revokedAt).not.toBeNull();
    expect(byOrigin.admin!.revokedAt).toBeNull();
    expect(byOrigin.meta!.revokedAt).toBeNull();
    // The admin's and Meta's opt-outs still stop them: the reply says so (field test 9).
    const replies = sentTo(ctx, CUSTOMER);
    expect(replyText(replies[replies.length - 1])).toBe(
      "Noted. Promotions from Default tenant stay stopped for this number for now, so you won't receive them yet.",
    );
  });

  it('HELP explains the options; STATUS lists active opt-outs with their expiry', async () => {
    await customerSays(ctx, { from: WA, text: 'HELP' });
    expect(replyText(sentTo(ctx, CUSTOMER)[0])).toBe(
      'This is Default tenant. Reply STOP to stop promotions, START to receive them again, or STATUS to see your choices.',
    );
    await customerSays(ctx, { from: WA, text: 'STATUS' });
    expect(replyText(sentTo(ctx, CUSTOMER)[1])).toBe(
      "You're receiving promotions from Default tenant. Reply STOP to stop them.",
    );
    const offers = await createCategory(ctx, 'Offers', 10);
    await taskMessageSent(ctx, { contact: CUSTOMER, categoryId: offers.id, messageId: wamid() });
    await customerSays(ctx, { from: WA, text: 'stop' });
    await customerSays(ctx, { from: WA, text: 'status' });
    const status = replyText(sentTo(ctx, CUSTOMER)[3]);
    expect(status).toContain('Offers: January 25, 2026');
  });

  it("STATUS says who stopped what: the customer's own (START undoes), an admin's, Meta's", async () => {
    const tenant = (await ctx.store.getTenant(ctx.defaultTenantId))!;
    const offers = await createCategory(ctx, 'Offers', 10);
    const news = await createCategory(ctx, 'News', 10);
    await taskMessageSent(ctx, { contact: CUSTOMER, categoryId: offers.id, messageId: wamid() });
    await customerSays(ctx, { from: WA, text: 'stop' });
    await ctx.services.optOuts.record({
      tenant,
      channel: 'whatsapp',
      contact: CUSTOMER,
      categoryId: news.id,
      origin: 'admin',
      source: 'import',
      at: ctx.clock.now(),
      validity: { kind: 'until', expiresAt: null },
      remarks: 'from the old CRM',
      evidence: null,
      actor: 'admin:test',
    });
    await customerSays(ctx, { from: WA, text: 'STATUS' });
    expect(replyText(sentTo(ctx, CUSTOMER).at(-1))).toBe(
      "You've stopped these promotions from Default tenant: • Offers: January 25, 2026. " +
        'Reply START to receive them again.\n\n' +
        'Default tenant has stopped these promotions for this number: • News: no end date. ' +
        'To receive them again, ask Default tenant.',
    );

    // Only an admin's and Meta's: no word says START undoes them.
    await customerSays(ctx, { from: WA, text: 'START' });
    await customerSays(ctx, { from: WA, preference: 'stop' });
    await customerSays(ctx, { from: WA, text: 'STATUS' });
    const status = replyText(sentTo(ctx, CUSTOMER).at(-1));
    expect(status).toBe(
      'Default tenant has stopped these promotions for this number: • News: no end date. ' +
        'To receive them again, ask Default tenant.\n\n' +
        "You've stopped these promotions from Default tenant in WhatsApp: • all promotions: no end date. " +
        'To receive them again, turn them back on in WhatsApp.',
    );
    expect(status).not.toMatch(/START|opt back in/);
  });

  it('user_preferences stop: an all-marketing meta opt-out until resumed, no reply; resume revokes it', async () => {
    await customerSays(ctx, { from: WA, preference: 'stop' });
    let [optOut] = await optOutsOf(ctx, CUSTOMER);
    expect(optOut).toMatchObject({
      origin: 'meta',
      source: 'meta_preference',
      categoryId: null,
      expiresAt: null,
      revokedAt: null,
    });
    expect(sentTo(ctx, CUSTOMER)).toHaveLength(0);
    ctx.clock.advance(1000);
    await customerSays(ctx, { from: WA, preference: 'resume' });
    [optOut] = await optOutsOf(ctx, CUSTOMER);
    expect(optOut!.revokedAt).not.toBeNull();
    expect(optOut!.revokedBy).toBe('meta');
  });

  it('a Meta stop soon after a task message counts in that task optedOutAfter', async () => {
    const { taskId } = await taskMessageSent(ctx, {
      contact: CUSTOMER,
      categoryId: null,
      messageId: wamid(),
    });
    ctx.clock.advance(3600_000);
    await customerSays(ctx, { from: WA, preference: 'stop' });
    expect((await ctx.store.recipientStats(ctx.defaultTenantId, taskId)).optedOutAfter).toBe(1);
  });

  describe('with Meta-shaped fixtures', () => {
    const FIXTURES = join(__dirname, '../fixtures/webhooks');
    const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
    const phoneNumberIdOf = (raw: string) =>
      (
        JSON.parse(raw) as {
          entry: { changes: { value: { metadata: { phone_number_id: string } } }[] }[];
        }
      ).entry[0]!.changes[0]!.value.metadata.phone_number_id;

    async function deliver(name: string) {
      const raw = fixture(name);
      const res = await postSigned(ctx.app, raw);
      expect(res.status).toBe(200);
      await ctx.services.inbox.drain();
      return raw;
    }

    async function tenantFor(raw: string) {
      const existing = await ctx.store.findTenantByPhoneNumberId(phoneNumberIdOf(raw));
      if (existing) return existing.id;
      return (await ctx.createTenant('Fixture tenant', phoneNumberIdOf(raw))).id;
    }

    it('user_preferences signup changes nothing', async () => {
      const raw = fixture('user-preferences-signup.json');
      const tenantId = await tenantFor(raw);
      await deliver('user-preferences-signup.json');
      const all = await ctx.store.listOptOuts(tenantId, {}, { limit: 10 }, ctx.clock.now());
      expect(all.items).toHaveLength(0);
    });

    it('a user_preferences stop fixture records a meta opt-out; delivered three times it is one opt-out and one event', async () => {
      const raw = fixture('user-preferences-stop.json');
      const tenantId = await tenantFor(raw);
      for (let i = 0; i < 3; i++) await deliver('user-preferences-stop.json');
      const all = await ctx.store.listOptOuts(tenantId, {}, { limit: 10 }, ctx.clock.now());
      expect(all.items).toHaveLength(1);
      expect(all.items[0]).toMatchObject({ origin: 'meta', source: 'meta_preference' });
      expect(await ctx.store.listOptOutEvents(tenantId, all.items[0]!.id)).toHaveLength(1);
    });

    it('a failed status with 131050 records a meta opt-out of all marketing', async () => {
      const raw = fixture('status-failed-131050.json');
      const tenantId = await tenantFor(raw);
      await deliver('status-failed-131050.json');
      const all = await ctx.store.listOptOuts(tenantId, {}, { limit: 10 }, ctx.clock.now());
      expect(all.items).toHaveLength(1);
      expect(all.items[0]).toMatchObject({
        origin: 'meta',
        source: 'meta_error_131050',
        categoryId: null,
        expiresAt: null,
      });
    });

    it('every entry and change of a multi-entry delivery is processed', async () => {
      const raw = fixture('multi-entry-multi-change.json');
      const parsed = JSON.parse(raw) as {
        entry: { changes: { value: { metadata?: { phone_number_id: string } } }[] }[];
      };
      const numbers = new Set(
        parsed.entry.flatMap((e) =>
          e.changes.flatMap((c) => (c.value.metadata ? [c.value.metadata.phone_number_id] : [])),
        ),
      );
      for (const n of numbers)
        if (!(await ctx.store.findTenantByPhoneNumberId(n))) await ctx.createTenant(`T ${n}`, n);
      await deliver('multi-entry-multi-change.json');
      const counted = (await ctx.metrics.inboundEvents.get()).values.reduce(
        (sum, v) => sum + v.value,
        0,
      );
      expect(counted).toBeGreaterThanOrEqual(3);
    });

    it('a field we do not handle is stored, answered 200 and skipped', async () => {
      await deliver('unknown-field-business-capability.json');
      expect((await ctx.store.inboxBacklog()).pending).toBe(0);
      expect(ctx.logs.some((l) => l.includes('webhook content skipped'))).toBe(true);
    });

    it('text with emoji and accents verifies over the raw bytes and is classified', async () => {
      const raw = fixture('text-emoji-accents.json');
      await tenantFor(raw);
      await deliver('text-emoji-accents.json');
      expect((await ctx.store.inboxBacklog()).pending).toBe(0);
    });
  });
});
