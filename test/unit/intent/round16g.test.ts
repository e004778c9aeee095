/**
 * Round 16g of issue 18 (the lead's, from batch 46's long messages): a stop asked for before,
 * reported, then a question whether it was done is a status question (asked-before.ts), whoever
 * made the request (the customer, a son or a husband on their behalf). Phrasings in none of the
 * corpora, beside the stops that keep their reading.
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('a stop asked for before, then whether it was done: status', () => {
  it.each([
    'Good morning. My daughter texted you last week asking you to stop sending me the sale messages. Has that been done? She may have used her own phone.',
    'Hello, I asked two weeks ago for my number to be taken off your promotions list. Could you confirm it was processed?',
    'Hola, la semana pasada les pedí que dejaran de mandarme promociones. ¿Ya está hecho? Es que no me contestaron.',
    'Olá, semana passada pedi pra vocês pararem de mandar promoções. Já foi feito? Ninguém me respondeu.',
    'Guten Tag, mein Sohn hat Ihnen letzte Woche geschrieben, dass Sie mir keine Werbung mehr schicken sollen. Ist das erledigt?',
    'Geçen hafta kampanya mesajlarını durdurmanızı istemiştim. Bu işlem yapıldı mı?',
    'Habari, wiki iliyopita niliomba msinitumie ofa tena. Je, ombi langu limeshughulikiwa?',
    'Pichhle hafte maine bola tha ki offers ke msg band kar do. Kya ho gaya?',
  ])('%s', (text) => {
    // Explicit where the rules read the told stop; likely where only the model reads it.
    expect(read(text)).toMatch(/^status\//);
  });
});

describe('the stop asked again, or a reproach: the stop stays', () => {
  it.each([
    'Minggu lalu saya sudah minta berhenti kirim promo. Sudah diproses? Tolong stop sekarang juga!',
    'La semana pasada les pedí que dejaran de mandarme promociones. Déjenlo ya, no quiero más. ¿Está hecho?',
    'Stop sending me promotions. Is it done?',
  ])('%s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });
});

describe("a product's or a home service's subscription ended is no stop", () => {
  it.each([
    "I'd like to unsubscribe from the fruit box, not the messages, the box itself: we're moving abroad.",
    'Quiero darme de baja del servicio de jardinería, ya no tenemos jardín. ¿Qué tengo que pagar?',
    'Bitte kündigen Sie meinen Reinigungsservice zum Monatsende, wir ziehen um.',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it.each([
    'Unsubscribe me from the offers, not the box deliveries',
    'Darme de baja de las promociones, por favor',
  ])('the marketing ended stays a stop: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });
});
