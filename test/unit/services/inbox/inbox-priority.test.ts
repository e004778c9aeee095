import { contactFromWaId } from '../../../../src/domain/contacts';
import { serializeLikeMeta } from '../../../../src/whatsapp/sandbox/build-inbound-webhook';
import { buildStatusWebhook } from '../../../../src/whatsapp/sandbox/build-status-webhook';
import {
  createTestContext,
  TEST_PHONE_NUMBER_ID,
  type TestContext,
} from '../../../support/context';
import { postSigned } from '../../../support/webhook';

/**
 * A customer's words are never queued behind receipts: a STOP posted behind hundreds of
 * delivery statuses is recorded by the processor's very first step, while every status is still
 * pending; the statuses are then applied in batches.
 */
let ctx: TestContext;
let taskId: string;
const RECIPIENTS = 40;
const waId = (i: number) => `55119876${String(i).padStart(5, '0')}`;
const messageId = (i: number) => `wamid.PRIO${String(i).padStart(5, '0')}`;

beforeEach(async () => {
  ctx = await createTestContext();
  // Stored only: the steps below are run by hand.
  await ctx.services.inbox.stop();
  const { store, defaultTenantId: tenantId } = ctx;
  const sentAt = ctx.clock.now();
  const task = await store.createTask(
    tenantId,
    {
      name: 'Sale',
      categoryId: null,
      template: { name: 'sale', language: 'en', optOutButtonIndex: 0 },
      startAt: null,
      endAt: null,
      policy: { window: null, messagesPerSecond: null },
      followUp: { assignees: [] },
    },
    sentAt,
  );
  taskId = task.id;
  await store.addRecipients(
    tenantId,
    taskId,
    Array.from({ length: RECIPIENTS }, (_, i) => ({
      contact: contactFromWaId(waId(i)),
      params: null,
    })),
  );
  const pending = await store.loadPending(taskId, RECIPIENTS, sentAt);
  await store.claimRecipients(
    taskId,
    pending.map((r) => r.id),
    'seed',
    sentAt,
  );
  for (const r of pending) {
    const i = Number(r.contact.slice(-5));
    const sent = { kind: 'sent' as const, messageId: messageId(i), waId: waId(i) };
    await store.recordSendResult(r.id, 'seed', sent, sentAt);
  }
});
afterEach(async () => ctx.close());

const status = (i: number, s: 'sent' | 'delivered' | 'read' | 'failed', code?: number) =>
  serializeLikeMeta(
    buildStatusWebhook({
      phoneNumberId: TEST_PHONE_NUMBER_ID,
      messageId: messageId(i % RECIPIENTS),
      status: s,
      timestamp: ctx.clock.now(),
      recipientId: waId(i % RECIPIENTS),
      ...(code ? { error: { code, title: 'Simulated' } } : {}),
    }),
  );

async function post(raw: string): Promise<void> {
  expect((await postSigned(ctx.app, raw)).status).toBe(200);
}

const stopFrom = (i: number, text = 'STOP') =>
  serializeLikeMeta({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '1',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: {
                display_phone_number: '15550000001',
                phone_number_id: TEST_PHONE_NUMBER_ID,
              },
              contacts: [{ profile: { name: 'Ana' }, wa_id: waId(i) }],
              messages: [
                {
                  context: { from: '15550000001', id: messageId(i) },
                  from: waId(i),
                  id: `wamid.STOP${i}`,
                  timestamp: String(Math.floor(ctx.clock.now().getTime() / 1000)),
                  type: 'text',
                  text: { body: text },
                },
              ],
            },
          },
        ],
      },
    ],
  });

const optedOut = async (i: number) =>
  (
    await ctx.store.findActiveOptOuts(
      ctx.defaultTenantId,
      'whatsapp',
      [contactFromWaId(waId(i))],
      ctx.clock.now(),
    )
  ).length > 0;

describe('a customer’s words before receipts', () => {
  it('records a STOP posted behind 600 statuses in the first step, statuses still pending', async () => {
    const STATUSES = 600;
    const kinds = ['sent', 'delivered', 'read'] as const;
    for (let i = 0; i < STATUSES; i++)
      await post(status(i, kinds[Math.floor(i / RECIPIENTS) % 3]!));
    await post(stopFrom(7));
    await ctx.services.ingest.idle();
    expect((await ctx.store.inboxBacklog()).lanes).toMatchObject({
      priority: { pending: 1 },
      status: { pending: STATUSES },
    });

    expect(await ctx.services.inbox.step()).toBe(1);
    expect(await optedOut(7)).toBe(true);
    expect((await ctx.store.inboxBacklog()).lanes).toMatchObject({
      priority: { pending: 0 },
      status: { pending: STATUSES },
    });
    expect((await ctx.store.recipientStats(ctx.defaultTenantId, taskId)).read).toBe(0);

    // Then the receipts, many per step.
    const taken = await ctx.services.inbox.step();
    expect(taken).toBeGreaterThanOrEqual(50);
    expect((await ctx.store.inboxBacklog()).lanes.status.pending).toBe(STATUSES - taken);
    await ctx.services.inbox.drain();
    expect((await ctx.store.inboxBacklog()).pending).toBe(0);
    const stats = await ctx.store.recipientStats(ctx.defaultTenantId, taskId);
    expect(stats).toMatchObject({ read: RECIPIENTS, total: RECIPIENTS, optedOutAfter: 1 });
  });

  it('takes a STOP that arrives between two status batches before the next batch', async () => {
    for (let i = 0; i < 300; i++) await post(status(i, 'delivered'));
    await ctx.services.ingest.idle();
    const first = await ctx.services.inbox.step();
    expect(first).toBeGreaterThan(0);
    await post(stopFrom(3, 'parar'));
    await post(status(0, 'read'));
    await ctx.services.ingest.idle();
    expect(await ctx.services.inbox.step()).toBe(1);
    expect(await optedOut(3)).toBe(true);
    expect((await ctx.store.inboxBacklog()).lanes.status.pending).toBe(300 - first + 1);
  });

  it('counts duplicates once and applies a failed status filed with the receipts one by one', async () => {
    for (let round = 0; round < 2; round++)
      for (let i = 0; i < RECIPIENTS; i++) await post(status(i, 'delivered'));
    // Not what the webhook files (a failure is a priority entry), but what an older process or
    // another writer may have stored: the status lane still acts on it.
    await ctx.store.appendInbox([
      { body: status(5, 'failed', 131050), receivedAt: ctx.clock.now(), lane: 'status' },
    ]);
    await ctx.services.ingest.idle();
    await ctx.services.inbox.drain();
    const stats = await ctx.store.recipientStats(ctx.defaultTenantId, taskId);
    expect(stats.delivered).toBe(RECIPIENTS - 1);
    expect(stats.suppressed).toBe(1);
    expect(await optedOut(5)).toBe(true);
    const counts = Object.fromEntries(
      (await ctx.metrics.inboundEvents.get()).values.map((v) => [
        `${v.labels.kind}/${v.labels.outcome}`,
        v.value,
      ]),
    );
    expect(counts).toMatchObject({ 'status/done': RECIPIENTS + 1, 'status/duplicate': RECIPIENTS });
  });
});
