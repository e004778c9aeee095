/**
 * Statuses that beat their send's response: under load Meta's webhook for a wamid can reach the
 * inbox before the Cloud API's HTTP answer gave the dispatcher that wamid. They are parked, not
 * dropped, and applied by the usual rules once the send records the wamid; the ones that never
 * match are pruned after PARKED_STATUS_RETENTION_MINUTES; a restart loses none.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger } from '../../src/logger';
import { applyDeliveryStatus } from '../../src/services/inbox/delivery-status';
import {
  buildStatusWebhook,
  type StatusWebhookSpec,
} from '../../src/whatsapp/sandbox/build-status-webhook';
import { serializeLikeMeta } from '../../src/whatsapp/sandbox/build-inbound-webhook';
import type { WhatsAppClient } from '../../src/whatsapp/types';
import { createTestContext, TEST_PHONE_NUMBER_ID, type TestContext } from '../support/context';
import { postSigned } from '../support/webhook';
import {
  driveUntil,
  numbers,
  publishedTask,
  stats,
  taskStatus,
  testDispatcher,
} from './dispatch-helpers';

type Early = Omit<StatusWebhookSpec, 'phoneNumberId' | 'messageId' | 'timestamp'> & {
  afterMs: number;
};

let dir: string;
let ctx: TestContext;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'stopline-parked-'));
});
afterEach(async () => {
  await ctx.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Posts Meta's status webhooks for `messageId` and lets the inbox process them. */
async function metaReports(messageId: string, statuses: Early[]): Promise<void> {
  for (const { afterMs, ...spec } of statuses) {
    const body = buildStatusWebhook({
      phoneNumberId: TEST_PHONE_NUMBER_ID,
      messageId,
      timestamp: new Date(ctx.clock.now().getTime() + afterMs),
      ...spec,
    });
    const res = await postSigned(ctx.app, serializeLikeMeta(body));
    expect(res.status).toBe(200);
  }
  await ctx.services.inbox.drain();
}

/**
 * The Graph API as the sandbox answers it, except that Meta's status webhooks for the i-th send
 * are processed before its HTTP response comes back; `wamidOf` may fix the wamid it answers.
 */
function racingGraph(
  early: (i: number) => Early[],
  wamidOf?: (i: number) => string,
): WhatsAppClient {
  const inner = ctx.services.whatsapp;
  let sends = 0;
  return {
    async send(sender, message) {
      const i = sends++;
      const ok = await inner.send(sender, message);
      const answered = wamidOf ? { ...ok, messageId: wamidOf(i) } : ok;
      await metaReports(answered.messageId, early(i));
      return answered;
    },
  };
}

const parked = (outcome: string) =>
  ctx.metrics.parkedStatuses
    .get()
    .then((m) => m.values.find((v) => v.labels.outcome === outcome)?.value ?? 0);

it('applies statuses that came before the send recorded the wamid, by the usual rules', async () => {
  ctx = await createTestContext();
  const contacts = numbers(4);
  const taskId = await publishedTask(
    ctx,
    contacts.map((contact) => ({ contact })),
  );
  const byContact: Record<string, Early[]> = {
    // Out of order: read before delivered, and Meta's own `sent` last.
    [contacts[0]!]: [
      { status: 'read', afterMs: 3000 },
      { status: 'delivered', afterMs: 2000 },
      { status: 'sent', afterMs: 1000 },
    ],
    [contacts[1]!]: [{ status: 'delivered', afterMs: 2000 }],
    // Failed after delivered: failed is final.
    [contacts[2]!]: [
      { status: 'delivered', afterMs: 2000 },
      { status: 'failed', afterMs: 3000, error: { code: 131026, title: 'Message undeliverable' } },
    ],
    [contacts[3]!]: [],
  };
  const order: string[] = [];
  const whatsapp = racingGraph((i) => byContact[order[i]!] ?? []);
  const recording: WhatsAppClient = {
    send: (sender, message) => {
      order.push(`+${message.to}`);
      return whatsapp.send(sender, message);
    },
  };
  const dispatcher = testDispatcher(ctx, {
    whatsapp: recording,
    adoptStatuses: (ids) => ctx.services.inbox.adoptStatuses(ids),
  });
  await driveUntil(ctx, [dispatcher], async () => (await taskStatus(ctx, taskId)) === 'completed');

  const { items } = await ctx.store.listRecipients(ctx.defaultTenantId, taskId, {}, { limit: 10 });
  const of = (contact: string) => items.find((r) => r.contact === contact)!;
  expect(of(contacts[0]!)).toMatchObject({
    status: 'read',
    deliveredAt: expect.any(Date),
    readAt: expect.any(Date),
  });
  expect(of(contacts[1]!)).toMatchObject({ status: 'delivered' });
  expect(of(contacts[2]!)).toMatchObject({ status: 'failed', errorCode: 131026 });
  expect(of(contacts[3]!)).toMatchObject({ status: 'sent' });
  expect(await stats(ctx, taskId)).toMatchObject({
    total: 4,
    read: 1,
    delivered: 1,
    failed: 1,
    sent: 1,
  });
  expect(await parked('parked')).toBe(6);
  expect(await parked('applied')).toBe(6);
  // Nothing is left parked to be pruned.
  ctx.clock.advance(2 * 60 * 60_000);
  expect(await ctx.services.inbox.pruneParkedStatuses()).toBe(0);
});

it('prunes a status whose wamid no send ever records, after the retention', async () => {
  ctx = await createTestContext({ env: { PARKED_STATUS_RETENTION_MINUTES: '30' } });
  await metaReports('wamid.never-ours', [{ status: 'delivered', afterMs: 0 }]);
  expect(await parked('parked')).toBe(1);
  ctx.clock.advance(29 * 60_000);
  expect(await ctx.services.inbox.pruneParkedStatuses()).toBe(0);
  ctx.clock.advance(2 * 60_000);
  expect(await ctx.services.inbox.pruneParkedStatuses()).toBe(1);
  expect(await parked('pruned')).toBe(1);
  expect(await ctx.services.inbox.pruneParkedStatuses()).toBe(0);
});

it('keeps a parked status across a restart and applies it when the send records its wamid', async () => {
  const dbPath = path.join(dir, 'stopline.db');
  ctx = await createTestContext({ dbPath });
  await metaReports('wamid.early', [{ status: 'delivered', afterMs: 1000 }]);
  await ctx.close();

  ctx = await createTestContext({ dbPath });
  const taskId = await publishedTask(ctx, [{ contact: numbers(1)[0]! }]);
  const dispatcher = testDispatcher(ctx, {
    whatsapp: racingGraph(
      () => [],
      () => 'wamid.early',
    ),
    adoptStatuses: (ids) => ctx.services.inbox.adoptStatuses(ids),
  });
  await driveUntil(ctx, [dispatcher], async () => (await taskStatus(ctx, taskId)) === 'completed');
  expect(await stats(ctx, taskId)).toMatchObject({ total: 1, delivered: 1, sent: 0 });
});

it('applies a status whose send is recorded between its miss and its parking', async () => {
  ctx = await createTestContext();
  const taskId = await publishedTask(ctx, [{ contact: numbers(1)[0]! }]);
  const [recipient] = await ctx.store.loadPending(taskId, 10, ctx.clock.now());
  await ctx.store.claimRecipients(taskId, [recipient!.id], 'dispatcher-a', ctx.clock.now());
  // The dispatcher records the wamid (and finds nothing parked yet) right after the status
  // looked for it in vain: the status's own second look must find the send.
  const store = Object.create(ctx.store) as typeof ctx.store;
  store.applyStatus = async (tenantId, update) => {
    const ref = await ctx.store.applyStatus(tenantId, update);
    if (ref) return ref;
    const sent = { kind: 'sent' as const, messageId: update.messageId, waId: null };
    await ctx.store.recordSendResult(recipient!.id, 'dispatcher-a', sent, ctx.clock.now());
    expect(await ctx.services.inbox.adoptStatuses([update.messageId])).toBe(0);
    return null;
  };
  const tenant = (await ctx.store.getTenant(ctx.defaultTenantId))!;
  const deps = {
    store,
    clock: ctx.clock,
    log: createLogger({ level: 'silent' }),
    optOuts: ctx.services.optOuts,
  };
  expect(
    await applyDeliveryStatus(deps, tenant, {
      messageId: 'wamid.raced',
      status: 'delivered',
      timestamp: ctx.clock.now(),
      errors: [],
    }),
  ).toBeNull();
  expect(await stats(ctx, taskId)).toMatchObject({ total: 1, delivered: 1 });
});

it('applies, when pruning, what a process that died before handing its wamids over left parked', async () => {
  ctx = await createTestContext();
  const taskId = await publishedTask(ctx, [{ contact: numbers(1)[0]! }]);
  // Records its sends but never hands their wamids over, as if killed right after recording.
  const dying = testDispatcher(ctx, {
    whatsapp: racingGraph(() => [{ status: 'delivered', afterMs: 1000 }]),
  });
  await driveUntil(ctx, [dying], async () => (await taskStatus(ctx, taskId)) === 'completed');
  expect(await stats(ctx, taskId)).toMatchObject({ sent: 1, delivered: 0 });
  ctx.clock.advance(61 * 60_000);
  expect(await ctx.services.inbox.pruneParkedStatuses()).toBe(0);
  expect(await stats(ctx, taskId)).toMatchObject({ sent: 0, delivered: 1 });
  expect(await parked('applied')).toBe(1);
});
