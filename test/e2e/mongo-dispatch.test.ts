/**
 * A short dispatch end to end on MongoDB (part of `npm run test:mongo`): a task published through
 * the admin API, sent by the dispatcher through the sandbox, with opt-outs recorded directly and
 * under a linked identifier, and a delivery status and a STOP coming back through the webhook.
 * Runs only where the MongoDB contract suite runs (see test/store/mongo.test.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { createTestContext, type TestContext } from '../support/context';
import { REQUIRED_VARIABLE, startTestMongo, type TestMongo } from '../support/mongo-server';
import { resolveMongoTarget } from '../support/mongo-target';
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

const listDir = (dir: string): string[] => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};
const target = resolveMongoTarget(process.env, existsSync, listDir);

if (target.kind === 'none') {
  it('dispatches on MongoDB (skipped: no server)', () => {
    // Under `npm run test:mongo` a missing server fails; elsewhere mongo.test.ts prints the notice.
    if (process.env[REQUIRED_VARIABLE] === '1') throw new Error(target.reason);
    expect(target.reason).toMatch(/STOPLINE_TEST_MONGODB_URI|MONGOMS_SYSTEM_BINARY/);
  });
} else {
  let mongo: TestMongo | null = null;
  let ctx: TestContext;

  beforeAll(async () => {
    mongo = await startTestMongo(target);
  }, 120_000);
  afterAll(async () => {
    await mongo?.stop();
  }, 60_000);
  beforeEach(async () => {
    if (!mongo) throw new Error('the test MongoDB did not start');
    ctx = await createTestContext({ store: await mongo.open() });
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
}
