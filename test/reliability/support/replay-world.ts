/**
 * A world for replaying the webhook fixtures: a tenant for each phone_number_id they use, a task
 * message behind every status and every quoted `context.id` (so statuses and replies find their
 * task), and a normalised snapshot of everything a delivery can change, to compare two runs.
 */
import { contactFromWaId } from '../../../src/domain/contacts';
import type { Store } from '../../../src/store/types';
import { createTestContext, type TestContext } from '../../support/context';
import { postSigned } from '../../support/webhook';
import { freshen, tenantsForFixtures, valuesOf, type Fixture } from './fixtures';
import { allOptOuts, allRecipients } from './db-probe';

export interface World {
  ctx: TestContext;
  /** phone_number_id → tenant id. */
  tenants: Map<string, string>;
  /** task id → tenant id, one task per seeded message id. */
  tasks: Map<string, string>;
}

interface TaskMessage {
  phoneNumberId: string;
  messageId: string;
  waId: string;
}

function taskMessagesIn(fixtures: Fixture[]): TaskMessage[] {
  const found = new Map<string, TaskMessage>();
  for (const f of fixtures) {
    for (const value of valuesOf(f.json, 'value') as Record<string, unknown>[]) {
      const phoneNumberId = String(
        (value.metadata as { phone_number_id?: string } | undefined)?.phone_number_id,
      );
      for (const s of (value.statuses ?? []) as { id: string; recipient_id: string }[])
        found.set(s.id, { phoneNumberId, messageId: s.id, waId: s.recipient_id });
      for (const m of (value.messages ?? []) as { from?: string; context?: { id: string } }[])
        if (m.context && m.from)
          found.set(m.context.id, { phoneNumberId, messageId: m.context.id, waId: m.from });
    }
  }
  return [...found.values()];
}

async function seedTaskMessage(
  store: Store,
  tenantId: string,
  m: TaskMessage,
  sentAt: Date,
): Promise<string> {
  const task = await store.createTask(
    tenantId,
    {
      name: `Sale ${m.messageId.slice(-8)}`,
      categoryId: null,
      template: { name: 'sale', language: 'en', optOutButtonIndex: 0 },
      startAt: null,
      endAt: null,
      policy: { window: null, messagesPerSecond: null },
      followUp: { assignees: [] },
    },
    sentAt,
  );
  await store.addRecipients(tenantId, task.id, [
    { contact: contactFromWaId(m.waId), params: null },
  ]);
  const [recipient] = await store.loadPending(task.id, 1, sentAt);
  if (!recipient) throw new Error('seeded recipient missing');
  await store.claimRecipients(task.id, [recipient.id], 'seed', sentAt);
  await store.recordSendResult(
    recipient.id,
    'seed',
    { kind: 'sent', messageId: m.messageId, waId: m.waId },
    sentAt,
  );
  return task.id;
}

export async function createWorld(fixtures: Fixture[]): Promise<World> {
  const ctx = await createTestContext();
  await ctx.services.inbox.stop();
  const tenants = await tenantsForFixtures(ctx, fixtures);
  const tasks = new Map<string, string>();
  // An hour ago, a second apart: "the latest task message to this contact" has one answer.
  const start = ctx.clock.now().getTime() - 3600_000;
  for (const [i, m] of taskMessagesIn(fixtures).entries()) {
    const tenantId = tenants.get(m.phoneNumberId)!;
    tasks.set(await seedTaskMessage(ctx.store, tenantId, m, new Date(start + i * 1000)), tenantId);
  }
  return { ctx, tenants, tasks };
}

/** Posts each fixture (fresh timestamps), draining the inbox after every `drainEvery` posts. */
export async function deliver(
  world: World,
  sequence: Fixture[],
  all: Fixture[],
  drainEvery: number,
): Promise<void> {
  const { ctx } = world;
  for (const [i, f] of sequence.entries()) {
    const res = await postSigned(ctx.app, freshen(f.raw, ctx.clock.now(), all));
    if (res.status !== 200) throw new Error(`${f.name}: ${res.status}`);
    if ((i + 1) % drainEvery === 0) await ctx.services.inbox.drain();
  }
  await ctx.services.ingest.idle();
  await ctx.services.inbox.drain();
}

/** Everything the deliveries changed, without ids or anything else that differs between runs. */
export async function snapshot(world: World) {
  const { ctx, tenants, tasks } = world;
  const now = ctx.clock.now();
  const optOuts = [];
  for (const [phoneNumberId, tenantId] of tenants) {
    for (const o of await allOptOuts(ctx.store, tenantId, now)) {
      const events = await ctx.store.listOptOutEvents(tenantId, o.id);
      const { id: _id, tenantId: _t, createdAt: _c, updatedAt: _u, evidence: _e, ...rest } = o;
      optOuts.push({ phoneNumberId, ...rest, events: events.map((e) => `${e.type}:${e.source}`) });
    }
  }
  const recipients = [];
  for (const [taskId, tenantId] of tasks) {
    for (const r of await allRecipients(ctx.store, tenantId, taskId)) {
      const replies = await ctx.store.listReplies(tenantId, taskId, { limit: 100 });
      const { id: _i, tenantId: _t, taskId: _k, claimedBy: _b, claimedAt: _a, ...rest } = r;
      recipients.push({ ...rest, replies: replies.items.map((x) => `${x.messageId}:${x.text}`) });
    }
  }
  const sent = ctx.services
    .sandbox!.messages()
    .map((m) => ({ phoneNumberId: m.phoneNumberId, to: m.to, body: m.body }));
  // Our own ids (e.g. the opt-out an "Undo" button names) differ from run to run.
  const sort = <T>(xs: T[]) =>
    xs.map((x) => JSON.stringify(x).replace(/\b[0-9a-f]{24}\b/g, '<id>')).sort();
  return { optOuts: sort(optOuts), recipients: sort(recipients), sent: sort(sent) };
}

/** stopline_inbound_events_total by "kind/outcome". */
export async function inboundEventCounts(world: World): Promise<Record<string, number>> {
  const metric = await world.ctx.metrics.inboundEvents.get();
  return Object.fromEntries(
    metric.values.map((v) => [`${v.labels.kind}/${v.labels.outcome}`, v.value]),
  );
}
