/**
 * A short dispatch end to end on MongoDB (part of `npm run test:mongo`): a task published through
 * the admin API, sent by the dispatcher through the sandbox, with opt-outs recorded directly and
 * under a linked identifier, and a STOP coming back through the webhook. On the MongoDB the
 * contract suite uses (see test/store/mongo.test.ts); where there is none, on SQLite.
 */
import { existsSync } from 'node:fs';
import { createTestContext, type TestContext } from '../support/context';
import { REQUIRED_VARIABLE, startTestMongo, type TestMongo } from '../support/mongo-server';
import { listDirOrEmpty, resolveMongoTarget } from '../support/mongo-target';
import { customerSays } from '../support/webhook';
import {
  driveUntil,
  numbers,
  publishedTask,
  sandboxOf,
  stats,
  taskStatus,
  testDispatcher,
} from './dispatch-helpers';

const target = resolveMongoTarget(process.env, existsSync, listDirOrEmpty);

const required = process.env[REQUIRED_VARIABLE] === '1';

if (target.kind === 'none' && required) {
  it('runs against a MongoDB server (npm run test:mongo)', () => {
    throw new Error(`no MongoDB to run against: ${target.reason}`);
  });
}

// Without a MongoDB here, the same story runs on SQLite, so the test is never an empty shell.
describe(`a short dispatch end to end on ${target.kind === 'none' ? 'SQLite (no MongoDB here)' : `MongoDB (${target.kind})`}`, () => {
  let mongo: TestMongo | null = null;
  let ctx: TestContext;

  beforeAll(async () => {
    if (target.kind !== 'none') mongo = await startTestMongo(target);
  }, 120_000);
  afterAll(async () => {
    await mongo?.stop();
  }, 60_000);
  beforeEach(async () => {
    ctx = await createTestContext(mongo ? { store: await mongo.open() } : {});
  });
  afterEach(async () => ctx.close());

  it('sends to everyone without an active opt-out, once, and records what came back', async () => {
    const tenant = (await ctx.store.getTenant(ctx.defaultTenantId))!;
    const contacts = numbers(20);
    const [direct, viaAlias, stopper] = contacts as [string, string, string];
    const alias = 'DE.bsuid-of-the-second-contact';
    await ctx.store.linkIdentifiers(tenant.id, 'whatsapp', [viaAlias, alias], ctx.clock.now());
    for (const contact of [direct, alias]) {
      await ctx.services.optOuts.record({
        tenant,
        channel: 'whatsapp',
        contact,
        categoryId: null,
        origin: 'customer',
        source: 'keyword',
        at: ctx.clock.now(),
        validity: { kind: 'default' },
        remarks: null,
        evidence: null,
        actor: `customer:${contact}`,
      });
    }
    const taskId = await publishedTask(
      ctx,
      contacts.map((contact) => ({ contact })),
    );
    const dispatcher = testDispatcher(ctx);
    await driveUntil(
      ctx,
      [dispatcher],
      async () => (await taskStatus(ctx, taskId)) === 'completed',
    );

    const sent = sandboxOf(ctx)
      .messages()
      .map((m) => `+${m.to}`);
    expect(sent.sort()).toEqual(contacts.filter((c) => c !== direct && c !== viaAlias).sort());
    expect(await stats(ctx, taskId)).toMatchObject({ sent: 18, suppressed: 2, total: 20 });

    // The customer who got a message says STOP: recorded, and linked to the task.
    await customerSays(ctx, { from: stopper.slice(1), text: 'STOP' });
    const check = await ctx.store.findSuppressionIds(
      tenant.id,
      'whatsapp',
      [stopper],
      null,
      ctx.clock.now(),
    );
    expect(check.has(stopper)).toBe(true);
  });
});
