import type { Consent } from '../../src/domain/consent';
import type { Channel } from '../../src/domain/types';
import type { TestContext } from '../support/context';

/** Records, through the store, that task `taskName` sent a template to `contact` now. */
export async function taskMessageSent(
  ctx: TestContext,
  opts: { contact: string; categoryId: string | null; messageId: string; tenantId?: string },
): Promise<{ taskId: string; recipientId: string }> {
  const tenantId = opts.tenantId ?? ctx.defaultTenantId;
  const now = ctx.clock.now();
  const task = await ctx.store.createTask(
    tenantId,
    {
      name: 'Spring sale',
      categoryId: opts.categoryId,
      template: { name: 'spring_sale', language: 'en', optOutButtonIndex: 1 },
      startAt: null,
      endAt: null,
      policy: { window: null, messagesPerSecond: null },
      followUp: { assignees: ['ana@example.com'] },
    },
    now,
  );
  await ctx.store.addRecipients(tenantId, task.id, [{ contact: opts.contact, params: ['Ana'] }]);
  const [recipient] = await ctx.store.loadPending(task.id, 1, now);
  if (!recipient) throw new Error('no recipient');
  await ctx.store.claimRecipients(task.id, [recipient.id], 'test', now);
  await ctx.store.recordSendResult(
    recipient.id,
    'test',
    { kind: 'sent', messageId: opts.messageId, waId: null },
    now,
  );
  return { taskId: task.id, recipientId: recipient.id };
}

export async function createCategory(
  ctx: TestContext,
  name: string,
  unsubscribeDays: number | null,
  keywords: string[] = [],
) {
  return ctx.store.createCategory(
    ctx.defaultTenantId,
    { name, unsubscribeDays, description: null, keywords },
    ctx.clock.now(),
  );
}

export async function optOutsOf(ctx: TestContext, contact: string, channel: Channel = 'whatsapp') {
  return (
    await ctx.store.listOptOuts(
      ctx.defaultTenantId,
      { channel, contacts: [contact] },
      { limit: 100 },
      ctx.clock.now(),
    )
  ).items;
}

/** What the sandbox sent to `to` (a reply body), oldest first. */
export function sentTo(ctx: TestContext, to: string) {
  return ctx.services.sandbox!.messages({ to }).map((m) => m.body);
}

/** The wamid of the last message sent to `to`: what a tap on its buttons names as its context. */
export function lastIdTo(ctx: TestContext, to: string): string {
  const last = ctx.services.sandbox!.messages({ to }).at(-1);
  if (!last) throw new Error(`nothing was sent to ${to}`);
  return last.id;
}

/** The text a customer sees in a reply: a text body or the interactive body. */
export function replyText(body: unknown): string {
  const b = body as {
    type: string;
    text?: { body: string };
    interactive?: { body: { text: string } };
  };
  return b.type === 'text' ? (b.text?.body ?? '') : (b.interactive?.body.text ?? '');
}

export function replyButtons(body: unknown): { id: string; title: string }[] {
  const b = body as {
    interactive?: { action?: { buttons?: { reply: { id: string; title: string } }[] } };
  };
  return (b.interactive?.action?.buttons ?? []).map((x) => x.reply);
}

/** The contact's consents (first page), as the store lists them. */
export async function consentsOf(ctx: TestContext, contact: string): Promise<Consent[]> {
  const page = await ctx.store.listConsents(
    ctx.defaultTenantId,
    { contacts: [contact] },
    { limit: 50, cursor: null },
  );
  return page.items;
}

/** Turns the default tenant's double opt-in on or off. */
export async function setDoubleOptIn(ctx: TestContext, on: boolean): Promise<void> {
  const tenant = await ctx.store.getTenant(ctx.defaultTenantId);
  await ctx.store.updateTenant(
    ctx.defaultTenantId,
    { settings: { ...tenant!.settings, doubleOptIn: on } },
    ctx.clock.now(),
  );
}
