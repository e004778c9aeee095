/**
 * A customer's own yes: START and its kin record a consent with the message as evidence; with
 * double opt-in the customer is asked once, with buttons in their language, and the consent is
 * recorded only on "yes"; Meta's resume and signup are consent evidence too.
 */
import { createTestContext, type TestContext } from '../support/context';
import { customerSays } from '../support/webhook';
import {
  consentsOf,
  createCategory,
  replyButtons,
  setDoubleOptIn,
  lastIdTo,
  optOutsOf,
  replyText,
  sentTo,
  taskMessageSent,
} from './conversation-helpers';
import { wamid } from '../support/webhook';

const CUSTOMER = '+5511987654321';
const WA = '5511987654321';
/** The double opt-in question, in Portuguese (the customer's language). */
const ASK_PT = 'Você quer receber ofertas e promoções de Default tenant pelo WhatsApp?';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(async () => ctx.close());

it('START records a consent for all marketing, with the message as evidence', async () => {
  const { messageId } = await customerSays(ctx, { from: WA, text: 'START' });
  const [consent, ...rest] = await consentsOf(ctx, CUSTOMER);
  expect(rest).toEqual([]);
  expect(consent).toMatchObject({
    categoryId: null,
    source: 'keyword',
    evidence: { text: 'START', messageId, language: 'en' },
    withdrawnAt: null,
  });
  const events = await ctx.store.listConsentEvents(ctx.defaultTenantId, consent!.id);
  expect(events.map((e) => [e.type, e.actor])).toEqual([['granted', 'customer']]);
});

it('answers a first START as a first yes, a START after a STOP as "again", and the tenant’s own text for both', async () => {
  await customerSays(ctx, { from: WA, text: 'START' });
  expect(replyText(sentTo(ctx, CUSTOMER).at(-1))).toBe(
    'Thank you! Default tenant will send you offers on WhatsApp. Reply STOP at any time to stop them.',
  );
  await customerSays(ctx, { from: WA, text: 'STOP' });
  await customerSays(ctx, { from: WA, text: 'START' });
  expect(replyText(sentTo(ctx, CUSTOMER).at(-1))).toBe(
    "You'll receive promotions from Default tenant again. Reply STOP at any time to stop them.",
  );
  const tenant = await ctx.store.getTenant(ctx.defaultTenantId);
  await ctx.store.updateTenant(
    ctx.defaultTenantId,
    {
      settings: {
        ...tenant!.settings,
        replyTexts: { en: { optInConfirm: 'Welcome to the Default tenant club!' } },
      },
    },
    ctx.clock.now(),
  );
  await customerSays(ctx, { from: '5511900000777', text: 'START' });
  expect(replyText(sentTo(ctx, '+5511900000777').at(-1))).toBe(
    'Welcome to the Default tenant club!',
  );
});

it('a Spanish sentence asking for offers is a consent too', async () => {
  await customerSays(ctx, { from: '34612345678', text: 'quiero recibir ofertas' });
  const consents = await consentsOf(ctx, '+34612345678');
  expect(consents.map((c) => [c.source, c.evidence?.text])).toEqual([
    ['keyword', 'quiero recibir ofertas'],
  ]);
});

it('double opt-in: asks in the customer’s language, records consent only on yes', async () => {
  await setDoubleOptIn(ctx, true);
  await customerSays(ctx, { from: WA, text: 'VOLTAR' });
  expect(await consentsOf(ctx, CUSTOMER)).toEqual([]);
  const question = sentTo(ctx, CUSTOMER).at(-1);
  expect(replyText(question)).toBe(ASK_PT);
  const buttons = replyButtons(question);
  expect(buttons.map((b) => b.id)).toEqual(['sl:consent_yes', 'sl:consent_no']);
  for (const b of buttons) expect(b.title.length).toBeLessThanOrEqual(20);

  // "No": nothing recorded, a plain answer.
  await customerSays(ctx, { from: WA, interactiveId: 'sl:consent_no', interactiveTitle: 'Não' });
  expect(await consentsOf(ctx, CUSTOMER)).toEqual([]);
  expect(replyText(sentTo(ctx, CUSTOMER).at(-1))).toMatch(/não enviará promoções/);

  // Asked again, "yes": the consent, with the question's wording as evidence.
  await customerSays(ctx, { from: WA, text: 'VOLTAR' });
  const { messageId } = await customerSays(ctx, {
    from: WA,
    interactiveId: 'sl:consent_yes',
    contextId: lastIdTo(ctx, CUSTOMER),
    interactiveTitle: 'Sim, quero ofertas',
  });
  // The yes is confirmed as a first consent (not "again"), with how to stop.
  expect(replyText(sentTo(ctx, CUSTOMER).at(-1))).toBe(
    'Obrigado! Default tenant vai enviar ofertas para você pelo WhatsApp. Responda PARAR a qualquer momento para parar.',
  );
  const [consent] = await consentsOf(ctx, CUSTOMER);
  expect(consent).toMatchObject({
    source: 'double_opt_in',
    categoryId: null,
    evidence: {
      messageId,
      wording: ASK_PT,
    },
  });
  // Already consented: START is confirmed without asking again.
  const before = sentTo(ctx, CUSTOMER).length;
  await customerSays(ctx, { from: WA, text: 'VOLTAR' });
  const replies = sentTo(ctx, CUSTOMER);
  expect(replies).toHaveLength(before + 1);
  expect(replyButtons(replies.at(-1))).toEqual([]);
});

it('a yes that names no question is asked the question, and nothing is recorded', async () => {
  await setDoubleOptIn(ctx, true);
  // A tap always names the message whose button it is; this one names none (a forged or
  // replayed delivery): it cannot show the question was seen.
  await customerSays(ctx, { from: WA, interactiveId: 'sl:consent_yes', interactiveTitle: 'Sim' });
  expect(await consentsOf(ctx, CUSTOMER)).toEqual([]);
  const question = sentTo(ctx, CUSTOMER).at(-1);
  expect(replyButtons(question).map((b) => b.id)).toEqual(['sl:consent_yes', 'sl:consent_no']);
  // The tap on that question's button records the consent, naming the question it answered.
  const asked = lastIdTo(ctx, CUSTOMER);
  await customerSays(ctx, {
    from: WA,
    interactiveId: 'sl:consent_yes',
    interactiveTitle: 'Sim',
    contextId: asked,
  });
  const [consent] = await consentsOf(ctx, CUSTOMER);
  expect(consent).toMatchObject({ source: 'double_opt_in' });
  expect(consent!.evidence?.detail).toBe(`button sl:consent_yes answering ${asked}`);
});

it('a bare yes to an offer ("SIM") is kept as the task\'s reply and asked about, never recorded as consent', async () => {
  const offers = await createCategory(ctx, 'Offers', 10);
  const { taskId } = await taskMessageSent(ctx, {
    contact: CUSTOMER,
    categoryId: offers.id,
    messageId: wamid(),
  });
  await customerSays(ctx, { from: WA, text: 'SIM' });
  // Nothing recorded yet: a bare yes may mean the offer, not the marketing.
  expect(await consentsOf(ctx, CUSTOMER)).toEqual([]);
  const question = sentTo(ctx, CUSTOMER).at(-1);
  expect(replyText(question)).toBe(ASK_PT);
  expect(replyButtons(question).map((b) => b.id)).toEqual(['sl:consent_yes', 'sl:consent_no']);
  // The business sees the yes among the task's replies, to follow it up.
  const replies = await ctx.store.listReplies(ctx.defaultTenantId, taskId, {
    limit: 10,
    cursor: null,
  });
  expect(replies.items.map((r) => r.text)).toEqual(['SIM']);
  // "Yes" on the button: the consent, as double opt-in records it.
  await customerSays(ctx, {
    from: WA,
    interactiveId: 'sl:consent_yes',
    contextId: lastIdTo(ctx, CUSTOMER),
    interactiveTitle: 'Sim, quero ofertas',
  });
  expect((await consentsOf(ctx, CUSTOMER)).map((c) => c.source)).toEqual(['double_opt_in']);
  // Consented already: another yes is only a reply, nothing asked.
  const before = sentTo(ctx, CUSTOMER).length;
  await customerSays(ctx, { from: WA, text: 'sim' });
  expect(sentTo(ctx, CUSTOMER)).toHaveLength(before);
});

it('a bare yes with no marketing of ours before it is no consent and gets no question', async () => {
  await customerSays(ctx, { from: WA, text: 'SIM' });
  expect(await consentsOf(ctx, CUSTOMER)).toEqual([]);
  expect(sentTo(ctx, CUSTOMER)).toEqual([]);
});

describe('a typed answer to the double opt-in question (no tap)', () => {
  it('a typed yes records the consent, naming the question it answered', async () => {
    await setDoubleOptIn(ctx, true);
    await customerSays(ctx, { from: WA, text: 'VOLTAR' });
    const asked = lastIdTo(ctx, CUSTOMER);
    const { messageId } = await customerSays(ctx, { from: WA, text: 'Sim!' });
    expect(replyText(sentTo(ctx, CUSTOMER).at(-1))).toMatch(/^Obrigado! Default tenant vai enviar/);
    const [consent] = await consentsOf(ctx, CUSTOMER);
    expect(consent).toMatchObject({
      source: 'double_opt_in',
      categoryId: null,
      evidence: {
        messageId,
        text: 'Sim!',
        detail: `typed answer to ${asked}`,
        wording: ASK_PT,
      },
    });
  });

  it('a typed no records nothing, and the question is answered: a later yes is no consent', async () => {
    await setDoubleOptIn(ctx, true);
    await customerSays(ctx, { from: WA, text: 'VOLTAR' });
    await customerSays(ctx, { from: WA, text: 'não' });
    expect(replyText(sentTo(ctx, CUSTOMER).at(-1))).toMatch(/não enviará promoções/);
    const before = sentTo(ctx, CUSTOMER).length;
    await customerSays(ctx, { from: WA, text: 'sim' });
    expect(await consentsOf(ctx, CUSTOMER)).toEqual([]);
    expect(sentTo(ctx, CUSTOMER)).toHaveLength(before);
  });

  it('the question asked after a bare yes to an offer is answered by a typed yes', async () => {
    const offers = await createCategory(ctx, 'Offers', 10);
    await taskMessageSent(ctx, { contact: CUSTOMER, categoryId: offers.id, messageId: wamid() });
    await customerSays(ctx, { from: WA, text: 'SIM' });
    const asked = lastIdTo(ctx, CUSTOMER);
    await customerSays(ctx, { from: WA, text: 'sim, quero' });
    const [consent] = await consentsOf(ctx, CUSTOMER);
    expect(consent).toMatchObject({
      source: 'double_opt_in',
      evidence: { detail: `typed answer to ${asked}` },
    });
  });

  it('a yes typed over a day after the question answers nothing', async () => {
    await setDoubleOptIn(ctx, true);
    await customerSays(ctx, { from: WA, text: 'VOLTAR' });
    const before = sentTo(ctx, CUSTOMER).length;
    ctx.clock.advance(25 * 3600 * 1000);
    await customerSays(ctx, { from: WA, text: 'sim' });
    expect(await consentsOf(ctx, CUSTOMER)).toEqual([]);
    expect(sentTo(ctx, CUSTOMER)).toHaveLength(before);
  });

  it('a stop typed in answer is a stop: the opt-out is recorded, no consent', async () => {
    await setDoubleOptIn(ctx, true);
    await customerSays(ctx, { from: WA, text: 'VOLTAR' });
    await customerSays(ctx, { from: WA, text: 'PARAR' });
    expect(await consentsOf(ctx, CUSTOMER)).toEqual([]);
    expect((await optOutsOf(ctx, CUSTOMER)).map((o) => o.source)).toEqual(['keyword']);
  });
});

it.each([
  [
    'ar',
    'تفعيل',
    'هل تريد تلقي عروض Default tenant وتخفيضاتها عبر واتساب؟',
    ['نعم، أريد العروض', 'لا، شكرًا'],
    'شكرًا لك! سيرسل لك Default tenant العروض عبر واتساب. أرسل إيقاف في أي وقت لإيقافها.',
  ],
  [
    'ja',
    '配信再開',
    'Default tenantからのお得な情報やキャンペーンのお知らせをWhatsAppで受け取りますか？',
    ['はい、受け取る', 'いいえ、結構です'],
    'ありがとうございます。Default tenantからお得な情報をWhatsAppでお送りします。停止するにはいつでも「配信停止」と返信してください。',
  ],
  [
    'th',
    'สมัคร',
    'คุณต้องการรับข้อเสนอและโปรโมชั่นจาก Default tenant ทาง WhatsApp หรือไม่',
    ['ใช่ รับข้อเสนอ', 'ไม่ ขอบคุณ'],
    'ขอบคุณ เราจะส่งข้อเสนอจาก Default tenant ให้คุณทาง WhatsApp ตอบ หยุด ได้ทุกเมื่อเพื่อหยุดรับ',
  ],
])(
  'double opt-in in %s: the question, its buttons and the yes',
  async (_lang, start, ask, titles, yes) => {
    await setDoubleOptIn(ctx, true);
    await customerSays(ctx, { from: WA, text: start });
    const question = sentTo(ctx, CUSTOMER).at(-1);
    expect(replyText(question)).toBe(ask);
    expect(replyButtons(question).map((b) => b.title)).toEqual(titles);
    await customerSays(ctx, {
      from: WA,
      interactiveId: 'sl:consent_yes',
      contextId: lastIdTo(ctx, CUSTOMER),
      interactiveTitle: titles[0],
    });
    expect(replyText(sentTo(ctx, CUSTOMER).at(-1))).toBe(yes);
    expect((await consentsOf(ctx, CUSTOMER)).map((c) => c.source)).toEqual(['double_opt_in']);
  },
);

it("Meta's signup and resume are recorded as consent evidence (source meta_signup)", async () => {
  await customerSays(ctx, { from: WA, preference: 'signup' });
  await customerSays(ctx, { from: WA, preference: 'stop' });
  await customerSays(ctx, { from: WA, preference: 'resume' });
  const [consent] = await consentsOf(ctx, CUSTOMER);
  expect(consent).toMatchObject({ source: 'meta_signup', categoryId: null });
  const events = await ctx.store.listConsentEvents(ctx.defaultTenantId, consent!.id);
  expect(events.map((e) => [e.type, e.actor, e.evidence?.detail])).toEqual([
    ['granted', 'meta', expect.stringMatching(/^user_preferences signup/)],
    ['reaffirmed', 'meta', expect.stringMatching(/^user_preferences resume/)],
  ]);
  // No reply to a preference: the customer used WhatsApp's UI.
  expect(sentTo(ctx, CUSTOMER)).toEqual([]);
});

it('double opt-in in Traditional Chinese: a customer who writes in it is asked in it', async () => {
  await setDoubleOptIn(ctx, true);
  await customerSays(ctx, { from: WA, text: '我要訂閱' });
  const question = sentTo(ctx, CUSTOMER).at(-1);
  expect(replyText(question)).toBe('您是否願意透過 WhatsApp 接收Default tenant的優惠及促銷訊息？');
  const titles = replyButtons(question).map((b) => b.title);
  expect(titles).toEqual(['是的，我願意', '不用了，謝謝']);
  await customerSays(ctx, {
    from: WA,
    interactiveId: 'sl:consent_yes',
    contextId: lastIdTo(ctx, CUSTOMER),
    interactiveTitle: titles[0],
  });
  expect(replyText(sentTo(ctx, CUSTOMER).at(-1))).toBe(
    '謝謝！Default tenant將透過 WhatsApp 向您傳送優惠訊息。隨時回覆「退訂」即可停止。',
  );
  const [consent] = await consentsOf(ctx, CUSTOMER);
  expect(consent).toMatchObject({
    source: 'double_opt_in',
    evidence: { wording: '您是否願意透過 WhatsApp 接收Default tenant的優惠及促銷訊息？' },
  });
  // The same words in Simplified characters are asked in Simplified ones.
  await customerSays(ctx, { from: '5511987650000', text: '我要订阅' });
  expect(replyText(sentTo(ctx, '+5511987650000').at(-1))).toBe(
    '您是否愿意通过 WhatsApp 接收Default tenant的优惠和促销信息？',
  );
});
