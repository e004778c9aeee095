/**
 * Round 13c of issue 18: batch32's classes (replies to particular kinds of automated marketing),
 * each with phrasings in none of the corpora and the sentences that must keep their reading
 * beside them (dev-round13c.jsonl holds more). See lexicon/round13c-rules.ts (the marketing
 * streams and switch-off verbs as word classes), notices-only.ts (a stop of one stream asked as a
 * question), service-things.ts (a loan application, a points balance, a review put off),
 * errand.ts and booked-errand.ts (the cart's reminders and a webinar's invitations are the
 * marketing) and signals.ts ("keep the rest" beside a stream stopped).
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('one automated stream switched off is a stop', () => {
  it.each([
    'No more feedback surveys after every order please',
    "Stop reminding me about my basket, I'll pay when I'm ready",
    'Turn off just the surveys, keep the rest',
    'Apaguen las alertas de stock, gracias',
    'Desativa os lembretes de carrinho pra mim',
    'Désactivez les invitations aux webinaires, merci',
    'Bitte die Cashback-Benachrichtigungen abschalten',
    'Basta sondaggi dopo ogni acquisto',
    'Zet de enquêtes maar uit',
    'Wyłączcie powiadomienia o cashbacku',
    'Отключите напоминания об отзывах',
    'Anket bildirimlerini kapatın',
    'Matikan notif cashback ya',
    'Tắt thông báo khảo sát giúp mình',
    'Paki-off na yung survey notifications',
    'Zimeni arifa za kikapu',
    'Review reminder band kar do',
    'اطفوا اشعارات الكاش باك',
    'ช่วยปิดแจ้งเตือนตะกร้าด้วยค่ะ',
    '把问卷通知关掉',
    'アンケートのお知らせは停止してください',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'Turn off the oven timer, it keeps beeping',
    'Keep the delivery alerts on please',
    'I want to end the survey and submit',
    'Drop the coupon code here pls',
    'Quiten la camiseta del carrito',
  ])('no stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out/);
  });

  it('"I don\'t want to miss the price alerts" is no stop', () => {
    expect(read("I don't want to miss the price drop alerts")).not.toMatch(/^opt_out/);
    expect(read('Nie chcę przegapić powiadomień o obniżce ceny')).not.toBe('opt_out/explicit');
  });
});

describe('the same stream switched back on is an opt-in', () => {
  it.each([
    'Switch the restock alerts back on please, I missed the drop',
    'Reactiven los avisos de reposición',
    'Schaltet die Verfügbarkeitsmeldungen wieder ein',
    'Riattivate gli avvisi di ribasso prezzo',
    'Zet de cashbackmeldingen weer aan',
    'Bật lại thông báo giảm giá giúp mình',
    '把到货通知重新打开',
    'Washeni tena arifa za bei kushuka',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it('Thai "เปิด" (switch on) holds the letters of "ปิด" (switch off) and is no stop', () => {
    expect(read('เปิดการแจ้งเตือนโปรอีกครั้งค่ะ')).toBe('opt_in/explicit');
    expect(read('ช่วยเปิดการแจ้งเตือนโปรให้หน่อย')).not.toMatch(/^opt_out/);
    expect(read('ปิดการแจ้งเตือนโปรให้หน่อย')).toBe('opt_out/explicit');
  });

  it('resuming a survey is no opt-in', () => {
    expect(read('Resume the survey where I left off')).not.toMatch(/^opt_in/);
  });
});

describe('"what is this programme?" and "can I stop only one stream?" are help', () => {
  it.each([
    "What's this loyalty club? I never joined anything",
    '¿Qué es ese club de puntos? No me acuerdo de haberme apuntado',
    'Was ist das für ein Treueprogramm?',
    'Bu puan programı nedir? Üye olmadım',
    '这个会员积分是什么？',
    'Can I turn off only the review requests and keep the rest?',
    '¿Puedo desactivar solo las encuestas?',
    'Kann ich nur die Umfragen abbestellen?',
    'Is it possible to stop just the cart reminders?',
  ])('%s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it('asking the business to stop one stream is a stop', () => {
    expect(read('Can you stop only the surveys?')).toMatch(/^opt_out/);
    expect(read('Can I just say, stop texting me?')).toBe('opt_out/explicit');
  });
});

describe('a loan application, a stolen card, a points balance and a review put off are errands', () => {
  it.each([
    "Please withdraw my loan application, I don't need it any more",
    'Zatrzymajcie mój wniosek kredytowy, już nie potrzebuję',
    'Kredi başvurumu iptal edin, gerek kalmadı',
    'Скасуйте мою заявку на кредит, вже не треба',
    'Mi hanno rubato la carta, bloccatela',
    'How many reward points do I have left?',
    "I'll leave the review later, haven't opened it yet",
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it.each([
    'Cancel my loan application and stop sending me offers',
    'How many points do I have? Also stop texting me',
    'Review later. Unsubscribe',
  ])('a stop beside them stays: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });
});
