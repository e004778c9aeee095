import { buildStatusWebhook } from '../../src/whatsapp/sandbox/build-status-webhook';
import { TEST_PHONE_NUMBER_ID, type TestContext } from '../support/context';
import { postSigned } from '../support/webhook';

/** Meta reports the task message `messageId` failed with `code` (a signed status webhook), processed. */
export async function failedStatus(
  ctx: TestContext,
  messageId: string,
  code: number,
  recipientId?: string,
  opts: { sameSecond?: boolean } = {},
): Promise<void> {
  // A second apart: the status path checks for a burst at most once a second per task and code.
  if (!opts.sameSecond) ctx.clock.advance(1000);
  const body = buildStatusWebhook({
    phoneNumberId: TEST_PHONE_NUMBER_ID,
    messageId,
    status: 'failed',
    timestamp: ctx.clock.now(),
    ...(recipientId ? { recipientId } : {}),
    error: { code, title: code === 131050 ? 'Unable to deliver the message' : 'Failed' },
  });
  const res = await postSigned(ctx.app, JSON.stringify(body));
  if (res.status !== 200) throw new Error(`webhook refused: ${res.status}`);
  await ctx.services.inbox.drain();
}
