/**
 * Round 17f of issue 18: help questions missed in batch 50's long messages. Phrasings in none of
 * the corpora beside the sentences that keep their reading (dev-round17f.jsonl holds more). See
 * lexicon/round17f-rules.ts (how my number got on the list, what replying costs, consent asked
 * about), hypothetical.ts (a supposed reply's cost, Turkish "-ınca" and RET), notices-only.ts (a
 * notice asked to stay is no "still getting them"), asking.ts (uk "що треба написати") and
 * human-please.ts (an answering machine is a bot).
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('how my number got on the list, or who passed it on, is help (c1)', () => {
  it.each([
    'The only place I gave my number was the florist for our wedding. Did they give it to you? How did I end up on your list?',
    'Ich habe meine Nummer nur beim Standesamt-Fotografen angegeben. Wie bin ich in Ihren Verteiler gekommen?',
    "J'ai laissé mon numéro uniquement au traiteur. Ils vous l'ont vendu ? Je ne vois pas comment je suis dans votre fichier.",
    'Dejé mi número solo en la floristería de la boda. ¿Cómo entré en su lista?',
    'Ho lasciato il numero solo al fotografo del matrimonio. Ve l’hanno dato loro?',
    'Só deixei meu número na loja de vestidos de noiva. Como vim parar nessa lista?',
    'Я оставляла номер только фотографу на свадьбе. Как я оказалась в вашей рассылке?',
    'Numaramı sadece nikah salonuna verdim. Onlar mı size verdi acaba?',
    'Sa florist lang po namin binigay ang number. Bakit po ako nasa listahan ninyo?',
    '我只给过婚庆公司电话，我怎么会在你们的名单上？',
  ])('%s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it.each([
    "I don't know where you got my number, just take me off the list.",
    'Ich weiß nicht, woher Sie meine Nummer haben. Löschen Sie mich aus dem Verteiler.',
  ])('a stop stays a stop: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out/);
  });
});

describe('what replying (STOP) costs is help (c2)', () => {
  it.each([
    'My gran is on prepaid. Does replying to these cost her credit?',
    'Kostet es etwas, wenn ich auf diese Nachrichten antworte? Meine Oma hat Prepaid.',
    '¿Si contesto STOP me cobran el mensaje? Tengo saldo justo.',
    'Kalau balas STOP, pulsa saya kena potong nggak?',
    'Jeśli odpiszę STOP, czy to kosztuje? Mam kartę na doładowania.',
    'Nếu nhắn STOP lại thì có mất phí không ạ?',
    '回复STOP的话会扣费吗？',
  ])('%s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it.each([
    'Stop texting me, every message costs me money on this plan.',
    'STOP. Mất tiền quá, đừng nhắn nữa.',
  ])('a stop stays a stop: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out/);
  });

  it.each([
    'How much does the delivery cost for the dining table?',
    '¿Cuánto cuesta el envío a Sevilla?',
  ])('a price asked is no help: %s', (text) => {
    expect(read(text)).toBe('none/none');
  });
});

describe('how to leave, and whether the notices stay if I do, is help (c3)', () => {
  it.each([
    'Kalau saya berhenti langganan promo, notifikasi pengiriman kasur saya tetap masuk nggak?',
    'Bekomme ich die Lieferinfos noch, wenn ich mich vom Newsletter abmelde?',
    'RET yazınca sipariş bildirimleri de gelmez mi?',
    'Що треба написати, щоб відписатися від акцій?',
  ])('%s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it.each([
    'Stop the promos please. I will still get my delivery texts, right?',
    'Berhentikan promo ya. Info pengiriman tetap kirim.',
  ])('a stop stays a stop: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out/);
  });
});

describe('what these messages are, and whether I agreed, is help (c4)', () => {
  it.each([
    'What are these VIP Rewards texts? I bought one lamp from you. Did I sign up for something by accident?',
    '¿Qué son estos mensajes? ¿Acepté algo sin darme cuenta cuando compré?',
    'Bu mesajlar ne? Farkında olmadan üyeliğe onay mı verdim?',
    'この会員メッセージは何ですか。何かに同意してしまったのでしょうか。',
  ])('%s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it('a complaint of no consent with a stop stays a stop', () => {
    expect(read('I never agreed to any of this. Remove me from your list.')).toMatch(/^opt_out/);
  });
});

describe('a person asked for beside an answering machine is help (c5)', () => {
  it.each([
    'Sto parlando con un risponditore automatico? Perché mi scrivete? Vorrei una persona vera.',
    "C'est un répondeur automatique ? Pourquoi vous m'écrivez ? Je veux parler à quelqu'un.",
  ])('%s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });
});
