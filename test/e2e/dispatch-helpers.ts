/**
 * Helpers for dispatch tests: a real app and SQLite store, dispatchers whose waits advance the
 * ManualClock (nothing sleeps for real), and shortcuts to build a task through the admin API.
 */
import request from 'supertest';
import type { ManualClock } from '../../src/clock';
import type { Config } from '../../src/config';
import type { Task } from '../../src/domain/types';
import { createLogger } from '../../src/logger';
import { createDispatcher, type Dispatcher } from '../../src/services/dispatch/dispatcher';
import type { EventService } from '../../src/services/events/event-service';
import type { Store } from '../../src/store/types';
import type { WhatsAppClient } from '../../src/whatsapp/types';
import type { Sandbox } from '../../src/whatsapp/sandbox';
import { TEST_ADMIN_TOKEN, type TestContext } from '../support/context';

export const auth = { Authorization: `Bearer ${TEST_ADMIN_TOKEN}` };

/** A sleep that moves the test clock instead of waiting, yielding so concurrent work interleaves. */
export function fakeSleep(clock: ManualClock): (ms: number) => Promise<void> {
  return async (ms: number) => {
    clock.advance(Math.max(0, ms));
    await new Promise<void>((resolve) => setImmediate(resolve));
  };
}

export interface DispatcherOptions {
  instanceId?: string;
  store?: Store;
  whatsapp?: WhatsAppClient;
  leaseTtlMs?: number;
  random?: () => number;
  maxTickMs?: number;
  /** Outbound events (e.g. the context's, to see a task.paused in the outbox). */
  events?: EventService;
  /** Statuses that beat their send's response (e.g. the context's inbox.adoptStatuses). */
  adoptStatuses?: (messageIds: string[]) => Promise<unknown>;
}

/** A dispatcher on the context's services with a fake sleep (and, optionally, its own store and id). */
export function testDispatcher(ctx: TestContext, opts: DispatcherOptions = {}): Dispatcher {
  const config: Pick<Config, 'instanceId' | 'leaseTtlMs'> = {
    instanceId: opts.instanceId ?? 'dispatcher-a',
    leaseTtlMs: opts.leaseTtlMs ?? ctx.config.leaseTtlMs,
  };
  return createDispatcher({
    store: opts.store ?? ctx.store,
    clock: ctx.clock,
    log: createLogger({ level: 'silent' }),
    metrics: ctx.metrics,
    whatsapp: opts.whatsapp ?? ctx.services.whatsapp,
    tenants: ctx.services.tenants,
    optOuts: ctx.services.optOuts,
    preferenceLinks: ctx.services.preferenceLinks,
    config,
    sleep: fakeSleep(ctx.clock),
    random: opts.random ?? (() => 0.5),
    ...(opts.maxTickMs !== undefined ? { maxTickMs: opts.maxTickMs } : {}),
    ...(opts.events ? { events: opts.events } : {}),
    ...(opts.adoptStatuses ? { adoptStatuses: opts.adoptStatuses } : {}),
  });
}

export function sandboxOf(ctx: TestContext): Sandbox {
  const sandbox = ctx.services.sandbox;
  if (!sandbox) throw new Error('the sandbox is off in this test context');
  return sandbox;
}

/** Ticks (moving the clock `stepMs` between ticks) until `done` says so; fails after maxTicks. */
export async function driveUntil(
  ctx: TestContext,
  dispatchers: Dispatcher[],
  done: () => Promise<boolean>,
  opts: { stepMs?: number; maxTicks?: number } = {},
): Promise<void> {
  const max = opts.maxTicks ?? 500;
  for (let i = 0; i < max; i++) {
    await Promise.all(dispatchers.map((d) => d.tick()));
    if (await done()) return;
    ctx.clock.advance(opts.stepMs ?? 1000);
  }
  throw new Error(`dispatch did not finish within ${max} ticks`);
}

export async function taskStatus(ctx: TestContext, taskId: string): Promise<Task['status']> {
  const task = await ctx.store.getTask(ctx.defaultTenantId, taskId);
  if (!task) throw new Error(`no task ${taskId}`);
  return task.status;
}

/** Creates a task for the default tenant through the admin API; returns its id. */
export async function createTask(
  ctx: TestContext,
  body: Record<string, unknown> = {},
): Promise<string> {
  const res = await request(ctx.app)
    .post('/admin/tasks')
    .set(auth)
    .send({
      name: 'Spring sale',
      type: 'marketing',
      channel: 'whatsapp',
      template: { name: 'spring_sale', language: 'pt_BR', optOutButtonIndex: 1 },
      ...body,
    });
  if (res.status !== 201)
    throw new Error(`task not created: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { id: string }).id;
}

export async function addRecipients(
  ctx: TestContext,
  taskId: string,
  recipients: { contact: string; params?: unknown }[],
) {
  const res = await request(ctx.app)
    .post(`/admin/tasks/${taskId}/recipients`)
    .set(auth)
    .send({ recipients });
  if (res.status !== 200)
    throw new Error(`recipients not added: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { accepted: number; duplicates: number; invalid: unknown[] };
}

export async function publish(ctx: TestContext, taskId: string): Promise<void> {
  const res = await request(ctx.app).post(`/admin/tasks/${taskId}/publish`).set(auth);
  if (res.status !== 200)
    throw new Error(`task not published: ${res.status} ${JSON.stringify(res.body)}`);
}

/** A task with these recipients, published: the usual start of a dispatch test. */
export async function publishedTask(
  ctx: TestContext,
  recipients: { contact: string; params?: unknown }[],
  body: Record<string, unknown> = {},
): Promise<string> {
  const id = await createTask(ctx, body);
  await addRecipients(ctx, id, recipients);
  await publish(ctx, id);
  return id;
}

/** `count` distinct valid German mobile numbers, +4915100000000 upwards. */
export function numbers(count: number, from = 0): string[] {
  return Array.from(
    { length: count },
    (_, i) => `+49151${String(10_000_000 + from + i).padStart(8, '0')}`,
  );
}

export async function stats(ctx: TestContext, taskId: string) {
  return ctx.store.recipientStats(ctx.defaultTenantId, taskId);
}
