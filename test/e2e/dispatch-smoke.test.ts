import { createTestContext, type TestContext } from '../support/context';
import { driveUntil, numbers, publishedTask, sandboxOf, stats, taskStatus, testDispatcher } from './dispatch-helpers';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(async () => {
  await ctx.close();
});

it('sends a published task to every recipient once and completes', async () => {
  const contacts = numbers(5);
  const taskId = await publishedTask(ctx, contacts.map((contact, i) => ({ contact, params: [`Name ${i}`] })));
  const d = testDispatcher(ctx);
  await driveUntil(ctx, [d], async () => (await taskStatus(ctx, taskId)) === 'completed');
  const sent = sandboxOf(ctx).messages();
  expect(sent.map((m) => `+${m.to}`).sort()).toEqual([...contacts].sort());
  expect(await stats(ctx, taskId)).toMatchObject({ total: 5, sent: 5, pending: 0 });
  expect(sent[0]?.body).toMatchObject({ type: 'template', biz_opaque_callback_data: expect.stringMatching(new RegExp(`^task:${taskId}:recipient:`)) });
});
