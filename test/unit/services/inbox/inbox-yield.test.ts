import { createLogger } from '../../../../src/logger';
import { createInboxProcessor } from '../../../../src/services/inbox/inbox-processor';
import {
  createTestContext,
  TEST_PHONE_NUMBER_ID,
  type TestContext,
} from '../../../support/context';
import { postSigned } from '../../../support/webhook';
import {
  buildInboundWebhook,
  serializeLikeMeta,
} from '../../../../src/whatsapp/sandbox/build-inbound-webhook';

/**
 * Between entries the inbox processor waits for the webhook to be quiet (deliveries in flight
 * stored), but never longer than 50 ms: a flood slows processing, it never stops it.
 */
let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
  // Stored only: the context's own processor must not take them.
  await ctx.services.inbox.stop();
  for (const [i, text] of ['Hi, is the jacket in stock?', 'STOP', 'Thanks!'].entries()) {
    const raw = serializeLikeMeta(
      buildInboundWebhook({
        phoneNumberId: TEST_PHONE_NUMBER_ID,
        timestamp: ctx.clock.now(),
        from: `551198765432${i}`,
        text,
        messageId: `wamid.YIELD${i}`,
      }),
    );
    expect((await postSigned(ctx.app, raw)).status).toBe(200);
  }
});
afterEach(async () => {
  jest.useRealTimers();
  await ctx.close();
});

const processorWith = (webhookQuiet: () => Promise<void>) =>
  createInboxProcessor({
    store: ctx.store,
    clock: ctx.clock,
    log: createLogger({ level: 'silent' }),
    metrics: ctx.metrics,
    config: ctx.config,
    whatsapp: ctx.services.whatsapp,
    tenants: ctx.services.tenants,
    optOuts: ctx.services.optOuts,
    webhookQuiet,
  });

describe('inbox processing yields to the webhook', () => {
  it('asks whether the webhook is quiet between entries and goes on when it is', async () => {
    let asked = 0;
    const processor = processorWith(async () => {
      asked += 1;
    });
    expect(await processor.drain()).toBe(3);
    expect(asked).toBe(3);
    expect((await ctx.store.inboxBacklog()).pending).toBe(0);
  });

  it('goes on after 50 ms when the webhook is never quiet', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] });
    const processor = processorWith(() => new Promise<void>(() => undefined));
    let done = false;
    const draining = processor.drain().then((n) => {
      done = true;
      return n;
    });
    await jest.advanceTimersByTimeAsync(49);
    // One entry processed, then waiting for a quiet moment that never comes.
    expect(done).toBe(false);
    expect((await ctx.store.inboxBacklog()).pending).toBe(2);
    for (let i = 0; i < 3 && !done; i++) await jest.advanceTimersByTimeAsync(50);
    expect(await draining).toBe(3);
    expect((await ctx.store.inboxBacklog()).pending).toBe(0);
  });
});
