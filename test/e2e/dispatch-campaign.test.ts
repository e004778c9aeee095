/**
 * The acceptance test: a task with a category and 1,000 recipients, 100 of whom have
 * opt-outs of every kind, sent through the sandbox. Exactly the right contacts get the template,
 * with their parameters and the opt-out payload, and the stats add up.
 */
import type { Channel, OptOut, Recipient, Tenant } from '../../src/domain/types';
import type { Validity } from '../../src/services/opt-outs/opt-out-service';
import type { WhatsAppClient } from '../../src/whatsapp/types';
import { createTestContext, type TestContext } from '../support/context';
import {
  addRecipients,
  createTask,
  driveUntil,
  numbers,
  publish,
  sandboxOf,
  stats,
  taskStatus,
  testDispatcher,
} from './dispatch-helpers';

const DAY = 86_400_000;
let ctx: TestContext;
let tenant: Tenant;
beforeEach(async () => {
  ctx = await createTestContext();
  tenant = (await ctx.store.getTenant(ctx.defaultTenantId))!;
});
afterEach(async () => {
  await ctx.close();
});

async function category(name: string): Promise<string> {
  return (
    await ctx.store.createCategory(
      ctx.defaultTenantId,
      { name, unsubscribeDays: 30, description: null, keywords: [] },
      ctx.clock.now(),
    )
  ).id;
}

function optOut(
  contact: string,
  categoryId: string | null,
  extra: { channel?: Channel; at?: Date; validity?: Validity } = {},
): Promise<OptOut> {
  return ctx.services.optOuts
    .record({
      tenant,
      channel: extra.channel ?? 'whatsapp',
      contact,
      categoryId,
      origin: 'customer',
      source: 'keyword',
      at: extra.at ?? ctx.clock.now(),
      validity: extra.validity ?? { kind: 'default' },
      remarks: null,
      evidence: null,
      actor: `customer:${contact}`,
    })
    .then((r) => r.optOut);
}

it('sends to exactly the contacts without an active opt-out, with their parameters and the opt-out payload', async () => {
  const sandbox = sandboxOf(ctx);
  const promos = await category('Promotions');
  const news = await category('News');

  // 1,000 recipients: 990 German mobiles and 10 Brazilian ones (for the ninth-digit wa_id form).
  const brazil = Array.from({ length: 10 }, (_, i) => `+55119${String(87_650_000 + i)}`);
  const contacts = [...numbers(990), ...brazil];
  const slice = (from: number, n: number) => contacts.slice(from, from + n);

  const suppressedBy = new Map<string, string>();
  // Suppressed: 15 of this category, 15 of all marketing.
  for (const c of slice(0, 15)) suppressedBy.set(c, (await optOut(c, promos)).id);
  for (const c of slice(100, 15)) suppressedBy.set(c, (await optOut(c, null)).id);
  // Sent anyway: another category, expired, revoked, another channel.
  for (const c of slice(200, 15)) await optOut(c, news);
  for (const c of slice(300, 10))
    await optOut(c, promos, { at: new Date(ctx.clock.now().getTime() - 31 * DAY) });
  for (const c of slice(400, 10)) {
    const o = await optOut(c, null);
    await ctx.store.revokeOptOut(ctx.defaultTenantId, o.id, 'admin:test', ctx.clock.now());
  }
  for (const c of slice(500, 10)) await optOut(c, null, { channel: 'sms' });
  // A wa_id that differs from the imported number: 5 Brazilian numbers opted out in the
  // eight-digit form Meta's wa_id uses, and 5 contacts whose earlier message came back with a
  // different wa_id, opted out under that wa_id.
  for (const c of brazil.slice(0, 5)) {
    const eightDigit = c.replace(/^\+55119/, '+5511');
    suppressedBy.set(c, (await optOut(eightDigit, null)).id);
  }
  const aliased = slice(600, 5);
  const earlier = await createTask(ctx, { name: 'Earlier' });
  await addRecipients(
    ctx,
    earlier,
    aliased.map((contact) => ({ contact, params: ['x'] })),
  );
  aliased.forEach((c, i) => sandbox.setWaId(c, `4917000000${String(i).padStart(2, '0')}`));
  await publish(ctx, earlier);
  await driveUntil(
    ctx,
    [testDispatcher(ctx)],
    async () => (await taskStatus(ctx, earlier)) === 'completed',
  );
  for (const [i, c] of aliased.entries())
    suppressedBy.set(c, (await optOut(`+4917000000${String(i).padStart(2, '0')}`, promos)).id);
  sandbox.clear();

  // Added while the task runs: 10 far ahead, and 5 in the batch right after the one in flight.
  const lateFar = slice(900, 10);
  const lateNext = slice(250, 5);
  let sends = 0;
  let injected: Promise<void> | null = null;
  const base = ctx.services.whatsapp;
  const whatsapp: WhatsAppClient = {
    async send(sender, message) {
      sends += 1;
      if (sends === 170) {
        injected = (async () => {
          for (const c of [...lateFar, ...lateNext])
            suppressedBy.set(c, (await optOut(c, promos)).id);
        })();
        await injected;
      }
      return base.send(sender, message);
    },
  };

  const taskId = await createTask(ctx, {
    categoryId: promos,
    template: { name: 'spring_sale', language: 'pt_BR', optOutButtonIndex: 2 },
  });
  const accepted = await addRecipients(
    ctx,
    taskId,
    contacts.map((contact, i) => ({
      contact,
      params: { first_name: `Customer ${i}`, code: `C${i}` },
    })),
  );
  expect(accepted).toMatchObject({ accepted: 1000, duplicates: 0, invalid: [] });
  await publish(ctx, taskId);

  const d = testDispatcher(ctx, { whatsapp });
  await driveUntil(ctx, [d], async () => (await taskStatus(ctx, taskId)) === 'completed');
  expect(injected).not.toBeNull();

  // Exactly the right contacts, once each.
  const messages = sandbox.messages();
  const to = messages.map((m) => `+${m.to}`);
  const expected = contacts.filter((c) => !suppressedBy.has(c));
  expect(suppressedBy.size).toBe(55);
  expect(new Set(to).size).toBe(to.length);
  expect([...to].sort()).toEqual([...expected].sort());

  // Each with the template, its own parameters, the opt-out payload and the callback data.
  const recipients = new Map<string, Recipient>();
  let cursor: string | null = null;
  do {
    const page: { items: Recipient[]; nextCursor: string | null } = await ctx.store.listRecipients(
      ctx.defaultTenantId,
      taskId,
      {},
      { limit: 500, cursor },
    );
    for (const r of page.items) recipients.set(r.contact, r);
    cursor = page.nextCursor;
  } while (cursor);
  for (const m of messages) {
    const r = recipients.get(`+${m.to}`)!;
    const i = contacts.indexOf(r.contact);
    expect(m.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: r.contact.slice(1),
      biz_opaque_callback_data: `task:${taskId}:recipient:${r.id}`,
      type: 'template',
      template: {
        name: 'spring_sale',
        language: { code: 'pt_BR', policy: 'deterministic' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: `Customer ${i}`, parameter_name: 'first_name' },
              { type: 'text', text: `C${i}`, parameter_name: 'code' },
            ],
          },
          {
            type: 'button',
            sub_type: 'quick_reply',
            index: '2',
            parameters: [{ type: 'payload', payload: `optout:${taskId}` }],
          },
        ],
      },
    });
    expect(r).toMatchObject({ status: 'sent', messageId: m.id });
  }

  // Every suppressed recipient points at the opt-out that suppressed it.
  for (const [contact, optOutId] of suppressedBy) {
    expect([contact, recipients.get(contact)]).toEqual([
      contact,
      expect.objectContaining({ status: 'suppressed', suppressedBy: optOutId, messageId: null }),
    ]);
  }

  const s = await stats(ctx, taskId);
  expect(s).toMatchObject({
    total: 1000,
    sent: 945,
    suppressed: 55,
    pending: 0,
    sending: 0,
    failed: 0,
    unknown: 0,
  });
  expect(
    s.pending + s.sending + s.sent + s.delivered + s.read + s.failed + s.suppressed + s.unknown,
  ).toBe(s.total);
});
