/**
 * The preference link rides on each marketing send (a template URL button parameter), and the
 * customer's choice on the page changes who receives the next task.
 */
import request from 'supertest';
import { createTestContext, type TestContext } from '../support/context';
import {
  addRecipients,
  auth,
  createTask,
  driveUntil,
  numbers,
  publish,
  sandboxOf,
  stats,
  taskStatus,
  testDispatcher,
} from './dispatch-helpers';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(async () => ctx.close());

interface SentTemplate {
  to: string;
  body: {
    template: {
      components?: {
        type: string;
        sub_type?: string;
        index?: string;
        parameters: { text?: string }[];
      }[];
    };
  };
}

async function run(taskId: string): Promise<void> {
  await publish(ctx, taskId);
  await driveUntil(
    ctx,
    [testDispatcher(ctx)],
    async () => (await taskStatus(ctx, taskId)) === 'completed',
  );
}

it('sends each recipient its own link; a "stop this category" on the page suppresses the next task', async () => {
  const sandbox = sandboxOf(ctx);
  const category = (
    await request(ctx.app)
      .post('/admin/categories')
      .set(auth)
      .send({ name: 'Ofertas', unsubscribeDays: 30 })
  ).body.id as string;
  const contacts = numbers(3);
  const template = {
    name: 'spring_sale',
    language: 'pt_BR',
    optOutButtonIndex: 1,
    preferenceLinkButtonIndex: 2,
  };
  const first = await createTask(ctx, { categoryId: category, template });
  const view = await request(ctx.app).get(`/admin/tasks/${first}`).set(auth);
  expect(view.body.template.preferenceLinkButtonIndex).toBe(2);
  await addRecipients(
    ctx,
    first,
    contacts.map((contact) => ({ contact })),
  );
  await run(first);

  const sent = sandbox.messages() as unknown as SentTemplate[];
  const tokens = new Map<string, string>();
  for (const m of sent) {
    const button = m.body.template.components?.find((c) => c.sub_type === 'url');
    expect(button?.index).toBe('2');
    tokens.set(`+${m.to}`, button!.parameters[0]!.text!);
  }
  expect(new Set(tokens.values()).size).toBe(3);
  // The token neither shows the number nor works for another contact's page.
  for (const [contact, token] of tokens) expect(token).not.toContain(contact.slice(1));

  const target = contacts[0]!;
  const page = await request(ctx.app).get(
    `/preferences?t=${encodeURIComponent(tokens.get(target)!)}`,
  );
  expect(page.status).toBe(200);
  expect(page.text).toContain('Ofertas');
  // The template's language (pt_BR) is the page's while the customer has not written to us.
  expect(page.text).toContain('<html lang="pt" dir="ltr">');
  const chosen = await request(ctx.app)
    .post('/preferences')
    .type('form')
    .send({ t: tokens.get(target), choice: 'stop_category' });
  expect(chosen.status).toBe(200);

  sandbox.clear();
  const second = await createTask(ctx, { name: 'Second', categoryId: category, template });
  await addRecipients(
    ctx,
    second,
    contacts.map((contact) => ({ contact })),
  );
  await run(second);
  expect(
    sandbox
      .messages()
      .map((m) => `+${m.to}`)
      .sort(),
  ).toEqual(contacts.slice(1).sort());
  expect(await stats(ctx, second)).toMatchObject({ sent: 2, suppressed: 1 });
});
