/**
 * Two dispatchers (two store connections on one SQLite file, different instance ids) on the
 * same tasks: one sender per number at a time, no recipient messaged twice, the number's rate
 * held in every one-second window, and a dispatcher that dies mid-batch taken over after its
 * lease expires.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Tenant } from '../../src/domain/types';
import { createSqliteStore } from '../../src/store/sqlite';
import type { Store } from '../../src/store/types';
import type { WhatsAppClient } from '../../src/whatsapp/types';
import type { Sandbox } from '../../src/whatsapp/sandbox';
import { createTestContext, type TestContext } from '../support/context';
import {
  numbers,
  publishedTask,
  sandboxOf,
  stats,
  taskStatus,
  testDispatcher,
} from './dispatch-helpers';

let dir: string;
let ctx: TestContext;
let second: Store;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stopline-dispatch-'));
  const dbPath = join(dir, 'stopline.db');
  ctx = await createTestContext({ dbPath });
  second = createSqliteStore({ path: dbPath });
  await ctx.services.tenants.update(ctx.defaultTenantId, { settings: { messagesPerSecond: 20 } });
});
afterEach(async () => {
  await second.close();
  await ctx.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The most messages any one-second window [t, t + 1 s) saw, from the sandbox's recorded times. */
function busiestSecond(sandbox: Sandbox): number {
  const times = sandbox
    .messages()
    .map((m) => m.at.getTime())
    .sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[j]! < times[i]! - 999) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

function expectOnceEach(sandbox: Sandbox, contacts: string[]): void {
  const to = sandbox.messages().map((m) => `+${m.to}`);
  expect(to.length).toBe(new Set(to).size);
  expect([...to].sort()).toEqual([...contacts].sort());
}

it('two dispatchers share the number: nothing sent twice, 20 per second never exceeded', async () => {
  const contacts = numbers(300);
  const taskA = await publishedTask(
    ctx,
    contacts.slice(0, 150).map((contact) => ({ contact })),
    { name: 'A' },
  );
  const taskB = await publishedTask(
    ctx,
    contacts.slice(150).map((contact) => ({ contact })),
    { name: 'B' },
  );
  // Short ticks, so the number's lease changes hands between the two instances again and again.
  const a = testDispatcher(ctx, { instanceId: 'instance-a', maxTickMs: 3000 });
  const b = testDispatcher(ctx, { instanceId: 'instance-b', store: second, maxTickMs: 3000 });
  const sentBy = { a: 0, b: 0 };
  for (let round = 0; round < 200; round++) {
    const before = sandboxOf(ctx).messages().length;
    const [first, next] = round % 2 === 0 ? [a, b] : [b, a];
    await Promise.all([first.tick(), next.tick()]);
    sentBy[round % 2 === 0 ? 'a' : 'b'] += sandboxOf(ctx).messages().length - before;
    // No pause between ticks: the next holder starts right after the last one let go.
    if (
      (await taskStatus(ctx, taskA)) === 'completed' &&
      (await taskStatus(ctx, taskB)) === 'completed'
    )
      break;
  }
  expect(await taskStatus(ctx, taskA)).toBe('completed');
  expect(await taskStatus(ctx, taskB)).toBe('completed');
  expectOnceEach(sandboxOf(ctx), contacts);
  expect(busiestSecond(sandboxOf(ctx))).toBeLessThanOrEqual(20);
  // Both instances really sent (the lease moved), and both tasks shared the number.
  expect(sentBy.a).toBeGreaterThan(0);
  expect(sentBy.b).toBeGreaterThan(0);
  expect(await stats(ctx, taskA)).toMatchObject({ sent: 150, pending: 0 });
});

it('a dispatcher that dies mid-batch: another finishes after the lease expires, nothing sent twice, no suppressed contact messaged', async () => {
  const sandbox = sandboxOf(ctx);
  const contacts = numbers(100);
  const taskId = await publishedTask(
    ctx,
    contacts.map((contact) => ({ contact })),
  );

  // Instance A's requests reach the sandbox, but from the 5th on it never hears back: it "died".
  let sends = 0;
  const hung: (() => void)[] = [];
  const dying: WhatsAppClient = {
    async send(sender, message) {
      sends += 1;
      const result = await ctx.services.whatsapp.send(sender, message);
      if (sends < 5) return result;
      await new Promise<void>((resolve) => hung.push(resolve));
      return result;
    },
  };
  const a = testDispatcher(ctx, { instanceId: 'instance-a', whatsapp: dying });
  const deadTick = a.tick();
  for (let i = 0; hung.length < 16 && i < 10_000; i++)
    await new Promise<void>((resolve) => setImmediate(resolve));
  const inFlight = (await stats(ctx, taskId)).sending;
  expect(inFlight).toBe(16); // claimed batch of 20, 4 recorded, 16 left sending

  // While A is dead, a customer further down the list opts out.
  const tenant = (await ctx.store.getTenant(ctx.defaultTenantId)) as Tenant;
  const { optOut } = await ctx.services.optOuts.record({
    tenant,
    channel: 'whatsapp',
    contact: contacts[90]!,
    categoryId: null,
    origin: 'customer',
    source: 'keyword',
    at: ctx.clock.now(),
    validity: { kind: 'default' },
    remarks: null,
    evidence: null,
    actor: 'test',
  });

  const b = testDispatcher(ctx, { instanceId: 'instance-b', store: second });
  await b.tick();
  expect(sandbox.messages()).toHaveLength(20); // A still holds the number's lease
  for (let i = 0; i < 40 && (await taskStatus(ctx, taskId)) !== 'completed'; i++) {
    ctx.clock.advance(1000);
    await b.tick();
  }
  expect(await taskStatus(ctx, taskId)).toBe('completed');
  const s = await stats(ctx, taskId);
  expect(s).toMatchObject({
    total: 100,
    unknown: 16,
    suppressed: 1,
    sent: 83,
    sending: 0,
    pending: 0,
  });
  expect(
    (
      await ctx.store.listRecipients(
        ctx.defaultTenantId,
        taskId,
        { status: 'suppressed' },
        { limit: 5 },
      )
    ).items,
  ).toEqual([expect.objectContaining({ contact: contacts[90], suppressedBy: optOut.id })]);
  expect(sandbox.messages({ to: contacts[90]! })).toHaveLength(0);
  const to = sandbox.messages().map((m) => m.to);
  expect(to.length).toBe(new Set(to).size);
  expect(to).toHaveLength(99);

  // A wakes up: its late answers are not recorded over B's outcome, and it sends nothing more.
  hung.forEach((resolve) => resolve());
  await deadTick;
  expect(await stats(ctx, taskId)).toEqual(s);
  expect(sandbox.messages()).toHaveLength(99);
});
