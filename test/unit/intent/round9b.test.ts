/**
 * Round 9b of issue 18: new phrasings, in none of the corpora, of each class the round fixed,
 * and the sentences that must keep their reading beside them (the "r9b" lines of
 * dev-round9b.jsonl hold more). See did-it-work.ts, booked-errand.ts, human-please.ts,
 * lexicon/round9b-rules.ts, lexicon/uk.ts, language.ts and shared-keyword.ts.
 */
import { classifyMessage, sharedKeywordLanguages } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('"did I unsubscribe? I got one again" is a status question (did-it-work.ts)', () => {
  it.each([
    'Am I unsubscribed now? Another promo came in an hour ago',
    'Hat meine Abmeldung geklappt? Gestern kam wieder Werbung',
    '¿Ya estoy dado de baja? Esta mañana me llegó otra promo',
    'Czy zostałam wypisana? Wczoraj znowu coś przyszło',
    'Aboneliğim iptal oldu mu? Dün yine mesaj geldi',
    // Asked without a question mark.
    'did I unsubscribe or not',
  ])('%s', (text) => {
    expect(read(text)).toBe('status/explicit');
  });

  it.each([
    'I unsubscribed twice and you still text me. STOP.',
    'Did I not tell you to stop? Remove me',
    'Why am I still getting these? I unsubscribed',
    // A complaint closed by STOP in capitals (classify.ts closingKeyword).
    'I unsubscribed last week and you still send these, STOP',
  ])('keeps the stop when the customer repeats or reproaches: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it('reads no closing STOP inside a question as explicit', () => {
    expect(read('what happens if I reply, STOP?')).not.toBe('opt_out/explicit');
  });
});

describe('a course, an event, an order or a booking is no stop (booked-errand.ts)', () => {
  it.each([
    'Please take me off the guest list for Thursday’s wine tasting, I can’t make it',
    'Ich muss mich leider vom Webinar am Montag abmelden',
    'Pouvez-vous annuler ma réservation de demain soir ?',
    'Quero pausar a entrega do cabaz durante as férias',
    'Отмените, пожалуйста, запись к мастеру на пятницу',
    'Pesanan saya yang kemarin tolong dibatalkan ya',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it.each([
    'Unsubscribe me from the workshop newsletter',
    'Stop sending me event invitations',
    'Stoppt die Werbung für eure Kochkurse',
    // An opening STOP in capitals is a stop whatever follows (README).
    'STOP booking',
  ])('keeps the stop when the marketing or the invitations are named: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });
});

describe('a stop word in another sense is no stop (round9b traps, booked-errand.ts)', () => {
  it.each([
    'Yeter ki beden uysun, renk fark etmez',
    'Basta che sia blu, la taglia è la M',
    'Could you block Monday morning for the delivery?',
    'Ça suffit pour deux personnes ?',
    'Es reicht für zwei, danke',
    // "Enough / no thanks" ending a choice of colour or size (other-sense.ts).
    'Yeter, teşekkürler, siyahı alıyorum',
    'Enough, the black one please',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  // A bare "Yeter!" was and stays a likely stop (one question); the others explicit.
  it.each([
    'Yeter!',
    'Basta, non scrivetemi più',
    'offers band karo',
    'Ça suffit, arrêtez',
    'No thanks, no more promos, I’ll keep the black one',
  ])('keeps a stop: %s', (text) => {
    expect(classifyMessage(text).intent).toBe('opt_out');
  });
});

describe('a bot refused is a request for a person (human-please.ts)', () => {
  it.each([
    'Stop the bot, I need a real person',
    'Keinen Chatbot bitte, ich brauche einen Menschen',
    'Cho em gặp người thật, không muốn bot',
    // A bot refused alone, or a person asked for with nothing else read.
    "I don't want a bot",
    'Не хочу говорить с ботом',
    '人と話したい',
  ])('%s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it('keeps the stop when the marketing is named', () => {
    expect(read('I don’t want a bot and I don’t want your promos')).toBe('opt_out/explicit');
  });
});

describe('Ukrainian is read and answered as Ukrainian (lexicon/uk.ts, language.ts)', () => {
  it.each([
    ['Не надсилайте мені більше акцій', 'opt_out'],
    ['Приберіть мій номер з розсилки', 'opt_out'],
    ['Хочу знову отримувати знижки', 'opt_in'],
    ['Як відписатися?', 'help'],
  ])('%s', (text, intent) => {
    const c = classifyMessage(text);
    expect([c.intent, c.language]).toEqual([intent, 'uk']);
  });

  it('keeps Russian as Russian', () => {
    expect(classifyMessage('Не присылайте мне больше акций').language).toBe('ru');
  });
});

describe('a bare keyword two languages share (shared-keyword.ts)', () => {
  it('names both languages', () => {
    expect(sharedKeywordLanguages('Pare').sort()).toEqual(['es', 'pt']);
    expect(sharedKeywordLanguages('СТОП!').sort()).toEqual(['ru', 'uk']);
  });

  it('names none for a keyword of one language or a sentence', () => {
    expect(sharedKeywordLanguages('BAJA')).toEqual([]);
    expect(sharedKeywordLanguages('pare de mandar mensagens')).toEqual([]);
  });
});
