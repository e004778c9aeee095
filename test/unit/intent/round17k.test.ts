/**
 * Round 17k (the lead's, after rounds 17a-e were merged and the model retrained): a limit on
 * how often, then the rest stopped, is a stop whatever the model weighs (lexicon/round17k-
 * rules.ts); an item added to an order or a cart is no opt-in, however the model reads the
 * "add" (own-matters.ts `addsToOrder`, learned.ts `orderAdd`).
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('a limit on how often, then the rest stopped, is a stop', () => {
  it.each([
    'Three messages a week is plenty, cancel the others',
    'One promo a month is enough, stop the rest please',
    'Eine Nachricht pro Monat reicht, die anderen bitte abbestellen',
    'Un message par mois suffit, supprimez les autres',
    'Un mensaje al mes es suficiente, quiten los demás',
    'Uma mensagem por semana basta, cortem o resto',
    'Due messaggi al mese bastano, togliete gli altri',
    'Eén nieuwsbrief per maand is genoeg, schrap de rest',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'Two boxes are plenty, cancel the rest',
    'Zwei Kisten reichen, den Rest bitte stornieren',
    'Deux baguettes suffisent, annulez le reste de la commande',
    'The first two messages were enough to convince me, cancel the rest of my order though',
  ])('names no messages of ours, or no limit on them: no explicit stop: %s', (text) => {
    expect(read(text)).not.toBe('opt_out/explicit');
  });
});

describe('an item added to an order or a cart is no opt-in', () => {
  it.each([
    'Can you add a loaf of bread to my order?',
    '注文にパンも追加していただけますか？',
    'Pueden agregar una botella de agua a mi pedido?',
    'Ajoutez deux croissants à ma commande svp',
    'Bitte noch ein Brot zur Bestellung hinzufügen',
    'Tolong tambahin 1 botol air ke pesanan saya',
    '帮我在订单里加一瓶水',
  ])('%s', (text) => {
    expect(read(text)).not.toMatch(/^opt_in/);
  });

  it.each([
    'Can you add my number to your offers list?',
    'Pueden agregarme a la lista de ofertas?',
    'Tolong tambahkan nomor saya ke daftar promo',
  ])('a number added to the offers stays an opt-in: %s', (text) => {
    expect(read(text)).toMatch(/^opt_in/);
  });
});
