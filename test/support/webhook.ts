import request from 'supertest';
import type { Express } from 'express';
import { sign } from '../../src/whatsapp/signature';
import {
  buildInboundWebhook,
  serializeLikeMeta,
  type InboundWebhookSpec,
} from '../../src/whatsapp/sandbox/build-inbound-webhook';
import { TEST_APP_SECRET, TEST_PHONE_NUMBER_ID, type TestContext } from './context';

/** POSTs `body` to /webhook signed with the test app secret (or `secret`). */
export function postSigned(app: Express, body: string | Buffer, secret = TEST_APP_SECRET) {
  const raw = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  return request(app)
    .post('/webhook')
    .set('content-type', 'application/json')
    .set('x-hub-signature-256', sign(secret, raw))
    .send(raw.toString('utf8'));
}

let seq = 0;
/** A unique wamid-shaped id for a simulated inbound message. */
export function wamid(): string {
  seq += 1;
  return `wamid.TEST${String(seq).padStart(8, '0')}${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * A customer action delivered through the real webhook path (signed, stored, 200), then the inbox
 * drained, so its effects are in the store when this resolves.
 */
export async function customerSays(
  ctx: TestContext,
  spec: Omit<InboundWebhookSpec, 'phoneNumberId' | 'timestamp'> & {
    phoneNumberId?: string;
    timestamp?: Date;
  },
): Promise<{ messageId: string | undefined; raw: string }> {
  const messageId = spec.preference ? undefined : (spec.messageId ?? wamid());
  const webhook = buildInboundWebhook({
    phoneNumberId: TEST_PHONE_NUMBER_ID,
    timestamp: ctx.clock.now(),
    ...spec,
    ...(messageId ? { messageId } : {}),
  });
  const raw = serializeLikeMeta(webhook);
  const res = await postSigned(ctx.app, raw);
  if (res.status !== 200)
    throw new Error(`webhook answered ${res.status}: ${JSON.stringify(res.body)}`);
  await ctx.services.inbox.drain();
  return { messageId, raw };
}
