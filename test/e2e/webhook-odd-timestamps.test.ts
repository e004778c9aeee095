/**
 * A STOP whose timestamp is unusable ("0", "-5", "abc") or in milliseconds is still an opt-out:
 * the receive time (or the milliseconds read as seconds) stands in, with a warning and a metric.
 */
import {
  buildInboundWebhook,
  serializeLikeMeta,
} from '../../src/whatsapp/sandbox/build-inbound-webhook';
import { createTestContext, TEST_PHONE_NUMBER_ID, type TestContext } from '../support/context';
import { postSigned, wamid } from '../support/webhook';
import { optOutsOf } from './conversation-helpers';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(async () => ctx.close());

/** A signed STOP from `wa` whose message timestamp is `timestamp`, as sent, then drained. */
async function stopWithTimestamp(wa: string, timestamp: unknown): Promise<void> {
  const webhook = buildInboundWebhook({
    phoneNumberId: TEST_PHONE_NUMBER_ID,
    timestamp: ctx.clock.now(),
    from: wa,
    text: 'STOP',
    messageId: wamid(),
  }) as unknown as { entry: { changes: { value: { messages: Record<string, unknown>[] } }[] }[] };
  const message = webhook.entry[0]?.changes[0]?.value.messages[0];
  if (!message) throw new Error('no message in the built webhook');
  message.timestamp = timestamp;
  const res = await postSigned(ctx.app, serializeLikeMeta(webhook as never));
  expect(res.status).toBe(200);
  await ctx.services.inbox.drain();
}

const repaired = async (repair: string) =>
  (await ctx.metrics.webhookTimesRepaired.get()).values.find((v) => v.labels.repair === repair)
    ?.value ?? 0;

it.each([['0'], ['-5'], ['abc'], [null]])(
  'records the opt-out of a STOP with timestamp %j at the time it was received',
  async (timestamp) => {
    await stopWithTimestamp('34696000001', timestamp);
    const optOuts = await optOutsOf(ctx, '+34696000001');
    expect(optOuts).toHaveLength(1);
    expect(optOuts[0]?.createdAt.toISOString()).toBe(ctx.clock.now().toISOString());
    expect(await repaired('receive_time')).toBe(1);
    const warning = ctx.logs
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.msg === 'webhook event time repaired');
    expect(warning).toMatchObject({ level: 40 });
    expect(String(warning?.reason)).toContain('the time it was received is used');
  },
);

it('reads a millisecond timestamp as seconds', async () => {
  const sentAt = ctx.clock.now().getTime() - 60_000;
  await stopWithTimestamp('34696000002', String(sentAt));
  const optOuts = await optOutsOf(ctx, '+34696000002');
  expect(optOuts).toHaveLength(1);
  expect(await repaired('milliseconds')).toBe(1);
  expect(await repaired('receive_time')).toBe(0);
});

it('counts and warns about a delivery for a phone_number_id no tenant has', async () => {
  const webhook = buildInboundWebhook({
    phoneNumberId: '999000000000009',
    timestamp: ctx.clock.now(),
    from: '34696000003',
    text: 'STOP',
    messageId: wamid(),
  });
  expect((await postSigned(ctx.app, serializeLikeMeta(webhook))).status).toBe(200);
  await ctx.services.inbox.drain();
  const counted = (await ctx.metrics.webhookUnknownNumber.get()).values.find(
    (v) => v.labels.kind === 'message',
  );
  expect(counted?.value).toBe(1);
  expect(
    ctx.logs.some((l) => l.includes('unknown phone_number_id') && l.includes('"level":40')),
  ).toBe(true);
});

it('processes a STOP that came before its tenant once a tenant takes the number', async () => {
  const number = '999000000000010';
  const webhook = buildInboundWebhook({
    phoneNumberId: number,
    timestamp: ctx.clock.now(),
    from: '34696000004',
    text: 'STOP',
    messageId: wamid(),
  });
  expect((await postSigned(ctx.app, serializeLikeMeta(webhook))).status).toBe(200);
  await ctx.services.inbox.drain();
  ctx.clock.advance(3 * 24 * 3600_000);

  const tenant = await ctx.createTenant('Late tenant', number);
  await ctx.services.inbox.drain();
  const optOuts = await ctx.store.listOptOuts(
    tenant.id,
    { channel: 'whatsapp', contacts: ['+34696000004'] },
    { limit: 10 },
    ctx.clock.now(),
  );
  expect(optOuts.items).toHaveLength(1);
  expect(optOuts.items[0]).toMatchObject({ source: 'keyword', revokedAt: null });
  // Another tenant's number is not replayed into it, and a second replay changes nothing.
  await ctx.services.tenants.update(tenant.id, { phoneNumberId: '999000000000011' });
  await ctx.services.tenants.update(tenant.id, { phoneNumberId: number });
  await ctx.services.inbox.drain();
  const again = await ctx.store.listOptOuts(
    tenant.id,
    { channel: 'whatsapp', contacts: ['+34696000004'] },
    { limit: 10 },
    ctx.clock.now(),
  );
  expect(again.items).toHaveLength(1);
});

it('does not replay deliveries older than 7 days', async () => {
  const number = '999000000000012';
  const webhook = buildInboundWebhook({
    phoneNumberId: number,
    timestamp: ctx.clock.now(),
    from: '34696000005',
    text: 'STOP',
    messageId: wamid(),
  });
  expect((await postSigned(ctx.app, serializeLikeMeta(webhook))).status).toBe(200);
  await ctx.services.inbox.drain();
  ctx.clock.advance(8 * 24 * 3600_000);
  const tenant = await ctx.createTenant('Much later', number);
  await ctx.services.inbox.drain();
  const optOuts = await ctx.store.listOptOuts(
    tenant.id,
    { channel: 'whatsapp', contacts: ['+34696000005'] },
    { limit: 10 },
    ctx.clock.now(),
  );
  expect(optOuts.items).toEqual([]);
});
