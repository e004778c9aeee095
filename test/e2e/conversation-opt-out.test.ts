import { createTestContext, T0, type TestContext } from '../support/context';
import { customerSays, wamid } from '../support/webhook';
import {
  createCategory,
  optOutsOf,
  replyButtons,
  replyText,
  sentTo,
  taskMessageSent,
} from './conversation-helpers';

const DAY = 24 * 3600 * 1000;
const CUSTOMER = '+5511987654321';
const WA = '5511987654321';

describe('conversation: customers opt out by talking', () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
  });
  afterEach(async () => ctx.close());

  it('STOP with no task behind it: all marketing until revoked, source keyword, one English confirmation', async () => {
    const { messageId } = await customerSays(ctx, { from: WA, text: 'STOP' });
    const [optOut, ...rest] = await optOutsOf(ctx, CUSTOMER);
    expect(rest).toHaveLength(0);
    expect(optOut).toMatchObject({
      channel: 'whatsapp',
      contact: CUSTOMER,
      categoryId: null,
      origin: 'customer',
      source: 'keyword',
      expiresAt: null,
      revokedAt: null,
    });
    expect(optOut!.startsAt.toISOString()).toBe(T0);
    expect(optOut!.evidence).toMatchObject({
      text: 'STOP',
      intent: 'opt_out',
      certainty: 'explicit',
      language: 'en',
      messageId,
    });
    const replies = sentTo(ctx, CUSTOMER);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ type: 'text', to: WA, context: { message_id: messageId } });
    expect(replyText(replies[0])).toBe(
      "You won't receive promotions from Default tenant anymore. Reply START to receive them again.",
    );
  });

  it('a clear phrase in Spanish: recorded as conversation and answered in Spanish', async () => {
    await customerSays(ctx, { from: WA, text: 'Por favor no quiero más mensajes' });
    const [optOut] = await optOutsOf(ctx, CUSTOMER);
    expect(optOut).toMatchObject({ categoryId: null, expiresAt: null, source: 'conversation' });
    expect(optOut!.evidence?.language).toBe('es');
    expect(replyText(sentTo(ctx, CUSTOMER)[0])).toBe(
      'Ya no recibirás promociones de Default tenant. Responde ALTA para volver a recibirlas.',
    );
  });

  it('a reply to a task message: that task category for its days from the message time, with widen/undo buttons', async () => {
    const offers = await createCategory(ctx, 'Offers', 90);
    const templateId = wamid();
    await taskMessageSent(ctx, { contact: CUSTOMER, categoryId: offers.id, messageId: templateId });
    ctx.clock.advance(3600_000);
    const messageTime = ctx.clock.now();
    ctx.clock.advance(30_000); // processed a little later: validity still runs from the message time
    await customerSays(ctx, {
      from: WA,
      text: 'stop',
      contextId: templateId,
      timestamp: messageTime,
    });
    const [optOut] = await optOutsOf(ctx, CUSTOMER);
    expect(optOut).toMatchObject({ categoryId: offers.id, source: 'keyword', origin: 'customer' });
    expect(optOut!.startsAt.getTime()).toBe(messageTime.getTime());
    expect(optOut!.expiresAt!.getTime()).toBe(messageTime.getTime() + 90 * DAY);
    const [reply] = sentTo(ctx, CUSTOMER);
    expect(reply).toMatchObject({ type: 'interactive' });
    expect(replyText(reply)).toBe(
      "You won't receive Offers promotions from Default tenant until April 15, 2026. Reply START to undo this.",
    );
    expect(replyButtons(reply)).toEqual([
      { id: 'sl:widen_all', title: 'Stop all promotions' },
      { id: `sl:undo:${optOut!.id}`, title: 'Undo' },
    ]);

    await customerSays(ctx, {
      from: WA,
      interactiveId: 'sl:widen_all',
      interactiveTitle: 'Stop all promotions',
    });
    const all = (await optOutsOf(ctx, CUSTOMER)).find((o) => o.categoryId === null);
    expect(all).toMatchObject({ expiresAt: null, source: 'conversation', origin: 'customer' });

    await customerSays(ctx, {
      from: WA,
      interactiveId: `sl:undo:${optOut!.id}`,
      interactiveTitle: 'Undo',
    });
    const after = (await optOutsOf(ctx, CUSTOMER)).find((o) => o.id === optOut!.id);
    expect(after!.revokedAt).not.toBeNull();
    expect(after!.revokedBy).toBe('customer');
  });

  it('within 72 hours of a task message, a STOP without quoting it still takes the task category', async () => {
    const news = await createCategory(ctx, 'Newsletter', 14);
    await taskMessageSent(ctx, { contact: CUSTOMER, categoryId: news.id, messageId: wamid() });
    ctx.clock.advance(71 * 3600_000);
    await customerSays(ctx, { from: WA, text: 'UNSUBSCRIBE' });
    const [optOut] = await optOutsOf(ctx, CUSTOMER);
    expect(optOut).toMatchObject({ categoryId: news.id });
    expect(optOut!.expiresAt!.getTime() - optOut!.startsAt.getTime()).toBe(14 * DAY);
  });

  it('after 72 hours the link lapses: all marketing until revoked', async () => {
    const news = await createCategory(ctx, 'Newsletter', 14);
    await taskMessageSent(ctx, { contact: CUSTOMER, categoryId: news.id, messageId: wamid() });
    ctx.clock.advance(73 * 3600_000);
    await customerSays(ctx, { from: WA, text: 'STOP' });
    const [optOut] = await optOutsOf(ctx, CUSTOMER);
    expect(optOut).toMatchObject({ categoryId: null, expiresAt: null });
  });

  it('a task without a category: all marketing for the tenant unsubscribeDays (default 30)', async () => {
    await taskMessageSent(ctx, { contact: CUSTOMER, categoryId: null, messageId: wamid() });
    await customerSays(ctx, { from: WA, text: 'stop' });
    const [optOut] = await optOutsOf(ctx, CUSTOMER);
    expect(optOut!.categoryId).toBeNull();
    expect(optOut!.expiresAt!.getTime() - optOut!.startsAt.getTime()).toBe(30 * DAY);
  });

  it('STOPALL after a task message covers all marketing until revoked', async () => {
    const offers = await createCategory(ctx, 'Offers', 90);
    await taskMessageSent(ctx, { contact: CUSTOMER, categoryId: offers.id, messageId: wamid() });
    await customerSays(ctx, { from: WA, text: 'STOPALL' });
    const [optOut] = await optOutsOf(ctx, CUSTOMER);
    expect(optOut).toMatchObject({ categoryId: null, expiresAt: null });
  });

  it('keywordScope "all": a STOP after a task covers all marketing', async () => {
    const offers = await createCategory(ctx, 'Offers', 90);
    const tenant = await ctx.store.getTenant(ctx.defaultTenantId);
    await ctx.store.updateTenant(
      ctx.defaultTenantId,
      { settings: { ...tenant!.settings, keywordScope: 'all' } },
      ctx.clock.now(),
    );
    await taskMessageSent(ctx, { contact: CUSTOMER, categoryId: offers.id, messageId: wamid() });
    await customerSays(ctx, { from: WA, text: 'STOP' });
    const [optOut] = await optOutsOf(ctx, CUSTOMER);
    expect(optOut).toMatchObject({ categoryId: null, expiresAt: null });
  });

  it('the template opt-out button (payload optout:<taskId>) is a template_button opt-out of that task category', async () => {
    const offers = await createCategory(ctx, 'Offers', 60);
    const templateId = wamid();
    const { taskId, recipientId } = await taskMessageSent(ctx, {
      contact: CUSTOMER,
      categoryId: offers.id,
      messageId: templateId,
    });
    await customerSays(ctx, {
      from: WA,
      buttonPayload: `optout:${taskId}`,
      buttonText: 'Stop promotions',
      contextId: templateId,
    });
    const [optOut] = await optOutsOf(ctx, CUSTOMER);
    expect(optOut).toMatchObject({ categoryId: offers.id, source: 'template_button' });
    expect(optOut!.evidence).toMatchObject({ taskId, payload: `optout:${taskId}` });
    const recipients = await ctx.store.listRecipients(
      ctx.defaultTenantId,
      taskId,
      {},
      { limit: 10 },
    );
    expect(recipients.items.find((r) => r.id === recipientId)!.optedOutAt).not.toBeNull();
  });

  it("Meta's localized Stop promotions quick reply (payload = label) is an opt-out", async () => {
    await customerSays(ctx, {
      from: WA,
      buttonPayload: 'Parar promoções',
      buttonText: 'Parar promoções',
    });
    const [optOut] = await optOutsOf(ctx, CUSTOMER);
    expect(optOut).toMatchObject({ source: 'template_button', categoryId: null });
    expect(replyText(sentTo(ctx, CUSTOMER)[0])).toMatch(/promoções/);
  });

  it('a likely opt-out asks one question with buttons and records nothing until answered', async () => {
    await customerSays(ctx, { from: WA, text: 'too many messages' });
    expect(await optOutsOf(ctx, CUSTOMER)).toHaveLength(0);
    const [question] = sentTo(ctx, CUSTOMER);
    expect(replyText(question)).toBe(
      'Do you want to stop receiving promotions from Default tenant?',
    );
    expect(replyButtons(question)).toEqual([
      { id: 'sl:confirm_stop', title: 'Stop promotions' },
      { id: 'sl:keep', title: 'Keep receiving' },
    ]);
    await customerSays(ctx, {
      from: WA,
      interactiveId: 'sl:confirm_stop',
      interactiveTitle: 'Stop promotions',
    });
    const [optOut] = await optOutsOf(ctx, CUSTOMER);
    expect(optOut).toMatchObject({ source: 'conversation', categoryId: null, expiresAt: null });
  });

  it('keep receiving after the question records nothing', async () => {
    await customerSays(ctx, { from: WA, text: 'why do you keep texting me?' });
    await customerSays(ctx, {
      from: WA,
      interactiveId: 'sl:keep',
      interactiveTitle: 'Keep receiving',
    });
    expect(await optOutsOf(ctx, CUSTOMER)).toHaveLength(0);
    expect(sentTo(ctx, CUSTOMER)).toHaveLength(2);
  });

  it('a consent keyword wins over a pending question', async () => {
    await customerSays(ctx, { from: WA, text: 'too many messages' });
    await customerSays(ctx, { from: WA, text: 'STOP' });
    const [optOut] = await optOutsOf(ctx, CUSTOMER);
    expect(optOut).toMatchObject({ source: 'keyword' });
  });

  it('ordinary messages are not opt-outs and get no reply; after a task they are kept for follow-up', async () => {
    const { taskId } = await taskMessageSent(ctx, {
      contact: CUSTOMER,
      categoryId: null,
      messageId: wamid(),
    });
    await customerSays(ctx, {
      from: WA,
      text: 'Do you have this in blue? I cannot stop loving it',
    });
    expect(await optOutsOf(ctx, CUSTOMER)).toHaveLength(0);
    expect(sentTo(ctx, CUSTOMER)).toHaveLength(0);
    const replies = await ctx.store.listReplies(ctx.defaultTenantId, taskId, { limit: 10 });
    expect(replies.items.map((r) => r.text)).toEqual([
      'Do you have this in blue? I cannot stop loving it',
    ]);
  });

  it('a message older than STALE_MESSAGE_MINUTES: opt-out recorded, no reply', async () => {
    const old = new Date(ctx.clock.now().getTime() - 61 * 60_000);
    await customerSays(ctx, { from: WA, text: 'STOP', timestamp: old });
    const [optOut] = await optOutsOf(ctx, CUSTOMER);
    expect(optOut!.startsAt.getTime()).toBe(old.getTime());
    expect(sentTo(ctx, CUSTOMER)).toHaveLength(0);
  });

  it('the same delivery three times: one opt-out, one event, one reply', async () => {
    const messageId = wamid();
    for (let i = 0; i < 3; i++) await customerSays(ctx, { from: WA, text: 'STOP', messageId });
    const optOuts = await optOutsOf(ctx, CUSTOMER);
    expect(optOuts).toHaveLength(1);
    expect(await ctx.store.listOptOutEvents(ctx.defaultTenantId, optOuts[0]!.id)).toHaveLength(1);
    expect(sentTo(ctx, CUSTOMER)).toHaveLength(1);
  });

  it('a customer known only by a business-scoped user id (no phone number) can opt out', async () => {
    await customerSays(ctx, { userId: 'BR.1234567890123456789', text: 'SAIR' });
    const [optOut] = await optOutsOf(ctx, 'BR.1234567890123456789');
    expect(optOut).toMatchObject({ contact: 'BR.1234567890123456789', categoryId: null });
    expect(sentTo(ctx, 'BR.1234567890123456789')).toHaveLength(1);
  });

  it("a wa_id without Brazil's ninth digit still suppresses the imported number", async () => {
    await customerSays(ctx, { from: '551187654321', text: 'parar' });
    const suppressed = await ctx.store.findSuppressions(
      ctx.defaultTenantId,
      'whatsapp',
      [CUSTOMER],
      null,
      ctx.clock.now(),
    );
    expect(suppressed.get(CUSTOMER)).toBeDefined();
  });

  it('answers in Hindi (Latin script) when the customer writes Hinglish', async () => {
    await customerSays(ctx, { from: WA, text: 'message mat bhejo' });
    const [optOut] = await optOutsOf(ctx, CUSTOMER);
    expect(optOut!.evidence?.language).toBe('hi');
    expect(sentTo(ctx, CUSTOMER)).toHaveLength(1);
  });

  it('a message for an unknown phone_number_id is logged and skipped', async () => {
    await customerSays(ctx, { from: WA, text: 'STOP', phoneNumberId: '999999999999' });
    expect(await optOutsOf(ctx, CUSTOMER)).toHaveLength(0);
    expect(ctx.logs.some((l) => l.includes('unknown phone_number_id'))).toBe(true);
  });
});

describe('conversation: clocks', () => {
  it('a STOP whose timestamp is ahead of our clock is active at once', async () => {
    const ctx = await createTestContext();
    try {
      const ahead = new Date(ctx.clock.now().getTime() + 5_000);
      await customerSays(ctx, { from: '5511987654321', text: 'STOP', timestamp: ahead });
      const suppressed = await ctx.store.findSuppressions(
        ctx.defaultTenantId,
        'whatsapp',
        ['+5511987654321'],
        null,
        ctx.clock.now(),
      );
      expect(suppressed.get('+5511987654321')).toBeDefined();
    } finally {
      await ctx.close();
    }
  });
});
