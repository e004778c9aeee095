/**
 * Round 13b of issue 18: the opt-out classes of batches 28 and 30, each with phrasings in none of
 * the corpora and the sentences that must keep their reading beside them (dev-round13b.jsonl
 * holds more). See lexicon/round13b-rules.ts, curt-close.ts, the `wry` and `outwry` rule kinds
 * (lexicon/rules.ts, signals.ts) and the TV services of service-things.ts.
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('c1: a life change makes the offers useless (round13b-rules.ts)', () => {
  it.each([
    "We gave the caravan away, so I won't be needing the campsite deals any more",
    'Der Hund ist leider gestorben, die Futter-Angebote brauche ich nicht mehr',
    'Собаки больше нет, акции на корм мне уже не нужны',
    'Mi sono trasferita a Milano, le offerte del punto vendita di Napoli non mi servono più',
    'Nos mudamos a Lima, las promos de la tienda de Quito ya no me sirven',
  ])('a stop: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    // Laughter and a past moment beside it leave the stop (the `wry` kind).
    'Anak udah gede, promo popok udah nggak relevan buat saya 😂',
    'Moved abroad last year, so the store offers are wasted on me now',
    '孩子上小学了，你们的奶粉优惠对我没用了',
  ])('asked about: %s', (text) => {
    expect(read(text)).toBe('opt_out/likely');
  });

  it.each([
    'Sold the car last month, do you buy back the roof box as well?',
    'This coupon is useless now, can I get a new one?',
    "We won't need the delivery, I'll pick it up",
    'Lumipat na kami, hindi ko na magagamit yung voucher, pwede i-transfer?',
  ])('no stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\//);
  });
});

describe('c2: a curt "enough" said to the sender is asked about (curt-close.ts)', () => {
  it.each([
    "Jetzt reicht's aber, ehrlich",
    "Ok that's enough already, guys",
    'Cukup la tu bang',
    'Đủ rồi nha',
    'Kila siku ofa, inatosha jamani',
    // After a complaint of the messages, laughter is wry.
    'Mensagens o dia inteiro 😅 chega, né',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/likely');
  });

  it.each([
    'Enough room in the van for two boxes?',
    'Zwei Stück reichen, danke',
    'Ya basta de pensarlo, me llevo el rojo',
    'Cukup segitu aja kak, totalnya berapa?',
    'Is it enough for 4 people?',
    'hahaha enough 😂',
    'No es suficiente',
  ])('no stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\/explicit/);
    expect(classifyMessage(text).matched ?? '').not.toMatch(/^(enough|no es suficiente)$/);
  });
});

describe('c3: "I\'m out", "I pass", "no thanks" after irony (curt-close.ts)', () => {
  it.each([
    "Oh great, another 'exclusive' sale 🙄 I'm out",
    'Wieder so ein Mega-Deal. Ohne mich.',
    '又来了🙄 算了吧',
    'Ancora? Io passo',
    'Alweer een actie 🙄 zonder mij',
    // An ordinal is no quantity ordered ("pang-apat", "another one").
    'Sale na naman, pang-lima na this week 🙄 pass',
    'Another one? no thanks',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/likely');
  });

  it.each([
    'Paso a recoger el pedido mañana',
    "I'm out of the office till Monday, will reply then",
    'Count me out for the Saturday workshop please',
    'Schon wieder? Ich bin raus aus der Stadt bis Montag',
    'Pass',
    "I'm out 😂",
  ])('no stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\//);
  });
});

describe('c4: a polite decline for the future is asked about (round13b-rules.ts)', () => {
  it.each([
    "Thanks, but from now on I'll pass on the deals",
    "Merci, mais dorénavant je m'en passerai",
    'Quando eu precisar de algo eu chamo vocês, tá?',
    'Grazie, ma da ora in avanti ne faccio a meno',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/likely');
  });

  it.each([
    "Je vais m'en passer pour cette fois, merci",
    'Quando eu chegar eu chamo vocês no portão',
    "If I need anything else I'll call you, thanks for sorting the refund!",
  ])('no stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\//);
  });
});

describe('c5: flooded, spare me, leave me alone (round13b-rules.ts)', () => {
  it.each([
    "I'm drowning in your promo texts 😅",
    'Вы пишете мне чаще, чем моя тёща',
    'Tonę w waszych promocjach 😅',
    'Nalulunod na ako sa mga promo niyo 😅',
    'আপনাদের অফারের বন্যায় ডুবে যাচ্ছি 😅',
  ])('asked about: %s', (text) => {
    expect(read(text)).toBe('opt_out/likely');
  });

  it('"leave me alone" in Arabic is a stop', () => {
    expect(read('خلوني في حالي من فضلكم')).toBe('opt_out/explicit');
  });

  it.each([
    "I'm drowning in work, can you deliver Saturday?",
    'My mum messages me more than you lol',
    'Spare me the details, just send the invoice',
    '饶了我吧，这个价格太贵了',
    'Niacheni nifikirie, nitawajulisha kesho kuhusu oda',
  ])('no stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\/explicit/);
  });
});

describe("c6: batch 28's plain misses as classes", () => {
  it.each([
    'Proszę nie przysyłać mi gazetek promocyjnych',
    'Não quero receber pedidos de doação por aqui',
    'Bitte keine Spendenaufrufe mehr per WhatsApp',
    'ขอออกจากรายชื่อด้วยนะครับ',
    'Bỏ số mình ra khỏi danh sách nhé',
    'Não autorizo comunicações publicitárias neste número',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'Czy w nowej gazetce jest promocja na masło?',
    'Quero fazer um pedido de doação para o abrigo, como faço?',
    'Bỏ hành ra giùm mình nha',
  ])('no stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\/explicit/);
  });
});

describe('c7: a cable TV package cancelled is no stop and no help (service-things.ts)', () => {
  it.each([
    'How do I cancel my satellite TV package?',
    '¿Cómo doy de baja el paquete de televisión por cable?',
    'Kablo TV paketimi nasıl iptal edebilirim?',
    'Как отключить пакет каналов?',
    'ยกเลิกเคเบิลทีวียังไงครับ',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it.each([
    'How do I cancel the TV package promos?',
    'Cancel my cable TV package and stop the ads',
  ])('the marketing named keeps its reading: %s', (text) => {
    expect(read(text)).not.toBe('none/none');
  });
});
