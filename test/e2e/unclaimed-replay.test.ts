/**
 * A STOP for a number no tenant has is kept and replayed when a tenant takes the number (see
 * webhook-odd-timestamps.test.ts for the plain case). Here the tenant is created while that very
 * delivery is being processed, after its number was looked up: the replay then finds no note
 * yet, so the entry must not be completed as if nothing could want it. It is left for its claim
 * to lapse and processed again, for the new tenant.
 */
import {
  buildInboundWebhook,
  serializeLikeMeta,
} from '../../src/whatsapp/sandbox/build-inbound-webhook';
import { createTestContext, type TestContext } from '../support/context';
import { postSigned, wamid } from '../support/webhook';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(async () => ctx.close());

it('processes a STOP whose tenant was created while it was being processed', async () => {
  const number = '999000000000020';
  const contact = '+34696000020';
  const lookup = ctx.store.findTenantByPhoneNumberId.bind(ctx.store);
  let raced = false;
  ctx.store.findTenantByPhoneNumberId = async (id) => {
    const found = await lookup(id);
    if (found || id !== number || raced) return found;
    // The first lookup answers "no tenant", and the tenant is created right after it.
    raced = true;
    await ctx.createTenant('Just in time', number);
    return null;
  };
  const webhook = buildInboundWebhook({
    phoneNumberId: number,
    timestamp: ctx.clock.now(),
    from: contact.slice(1),
    text: 'STOP',
    messageId: wamid(),
  });
  expect((await postSigned(ctx.app, serializeLikeMeta(webhook))).status).toBe(200);
  await ctx.services.inbox.drain();
  expect(raced).toBe(true);
  const tenant = await lookup(number);
  const optOuts = async () =>
    (
      await ctx.store.listOptOuts(
        tenant!.id,
        { channel: 'whatsapp', contacts: [contact] },
        { limit: 10 },
        ctx.clock.now(),
      )
    ).items;
  expect(await optOuts()).toEqual([]);
  expect(await ctx.store.inboxBacklog()).toMatchObject({ pending: 1 });

  // Its claim lapses (the processor's 10 s lease) and it is processed for the tenant.
  ctx.clock.advance(10_001);
  await ctx.services.inbox.drain();
  expect(await optOuts()).toEqual([
    expect.objectContaining({ source: 'keyword', revokedAt: null }),
  ]);
  expect(await ctx.store.inboxBacklog()).toMatchObject({ pending: 0 });
});
