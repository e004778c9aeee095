/**
 * Round 18g of issue 18: help questions asked in short messages (batch 55). Phrasings in none of
 * the corpora beside the sentences that keep their reading (dev-round18g.jsonl holds more). See
 * hypothetical.ts (a leave supposed: Tagalog "pag", Vietnamese "… thì", Hindi and Urdu "karne
 * par"; a receipt or an invoice asked about after it), service-things.ts (a card in an app) and
 * lexicon/round18g-rules.ts (fewer messages, an automated or official number, what the club or
 * the messages are).
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('a leave supposed, then what still comes asked, is help (c1)', () => {
  it.each([
    'If I opt out, do the invoices keep coming here?',
    'Wenn ich mich abmelde, bekomme ich dann noch meine Rechnungen?',
    'Si me salgo, ¿me siguen llegando los recibos?',
    'Se eu sair da lista, as faturas continuam chegando?',
    'Если я отпишусь, квитанции будут приходить?',
    'Abonelikten çıkarsam faturalar gelmeye devam eder mi?',
    'Pag nag-unsubscribe ako, may resibo pa rin ba?',
    'Hủy đăng ký nhận tin thì biên lai có còn gửi không?',
    '如果我退订了，收据还会发给我吗？',
  ])('%s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it.each([
    ['Unsubscribe me. Will the invoices still come?', 'opt_out/explicit'],
    ['Hủy nhận tin cho mình, hóa đơn thì vẫn gửi nhé', 'opt_out/explicit'],
    ['Maine unsubscribe kar diya tha, phir bhi message kyun aa rahe hain?', 'opt_out/explicit'],
    ['If I cancel my appointment, will I get a reminder?', 'none/none'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe('fewer messages, asked as a setting, is help (c2)', () => {
  it.each([
    'Could I get fewer texts from you?',
    'Kann man einstellen, dass weniger Nachrichten kommen?',
    "Est-ce qu'on peut recevoir moins de messages ?",
    '¿Se puede recibir menos mensajes?',
    'Is er een optie om minder berichten te krijgen?',
    'Czy mogę dostawać rzadziej wiadomości?',
    'Ada opsi pesan lebih jarang?',
    'Có cách nào nhận ít tin hơn không?',
  ])('%s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it.each([
    ['Fewer messages? No, none at all please, unsubscribe me', 'opt_out/explicit'],
    ['Stop sending me messages', 'opt_out/explicit'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe('who writes: an automated, official or fake number, is help (c3)', () => {
  it.each([
    'Is this an automatic message?',
    'Ist das ein Bot?',
    'Questo è un numero automatico?',
    'Это бот?',
    'Bu numara otomatik mi?',
    'Nomor ini bot ya?',
    '这是机器人吗？',
    'Is this your official number?',
    'Are you scammers?',
  ])('%s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it.each([
    ['Is this an automated number? Remove me from your list', 'opt_out/explicit'],
    ['Is the shop open on Sunday?', 'none/none'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe('what the club or the messages are is help (c4)', () => {
  it.each([
    'What is this club? I never signed up',
    "Qu'est-ce que c'est que ce club ? C'est quoi ce club ?",
    'Was ist das für eine Karte?',
    'Co to za klub?',
    'Что за сообщения?',
    'Wie kann man sich hier abmelden?',
  ])('%s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it.each([
    ['What is this club? Unsubscribe me', 'opt_out/explicit'],
    ['What is the price of the club sandwich?', 'none/none'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe('a card removed from the app is no help and no stop (c5)', () => {
  it.each([
    'How can I remove my credit card from the app?',
    'Wie lösche ich meine Karte aus der App?',
    '¿Cómo borro mi tarjeta de la aplicación?',
    'Bagaimana cara hapus kartu dari aplikasi?',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it.each([
    ['How do I unsubscribe from the app offers?', 'help/explicit'],
    ['Remove me from the card offers', 'opt_out/explicit'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});
