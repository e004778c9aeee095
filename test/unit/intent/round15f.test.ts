/**
 * Round 15f of issue 18: batch 40's customers who want more. Phrasings in none of the corpora
 * beside the sentences that keep their reading. See lexicon/round15f-rules.ts and class-rules.ts
 * (Dutch "hoe vaak" alone asks, "hoe vaak nog" complains).
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe("another person's number added to the offers is an opt-in (c1)", () => {
  it.each([
    "Could you add my dad's number to the deals list too? 07700 900123",
    'Ajoutez le numéro de mon mari à la liste des promos : 06 98 76 54 32',
    'Pueden agregar el número de mi hija a las ofertas? 612 345 678',
    'Adiciona o número do meu marido na lista de promoções: (21) 99876-5432',
    'Aggiungete anche il numero di mia madre alla newsletter: 347 1234567',
    'Dodajcie numer mojej żony do listy promocji: 600 100 200',
    'Добавьте номер мужа в рассылку акций: +7 916 000-00-00',
    'Annemin numarasını da kampanya listesine ekler misiniz? 0533 111 22 33',
    'Tambahin nomor suami aku ke list promo ya kak: 0812-3456-7890',
    'Thêm số mẹ mình vào danh sách ưu đãi nhé: 0903 111 222',
    '把我妈的号码也加进促销名单吧：139 0000 1111',
    'Ongezeni namba ya dada yangu kwenye orodha ya ofa: 0722 111 222',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it.each([
    "Remove my husband's number too, 07700 900461, he doesn't want them",
    'Entfernt auch die Nummer meiner Frau, 0151 2345678',
  ])('a number removed stays a stop: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out/);
  });

  it('a number added to an order is no opt-in', () => {
    expect(read('Please add my phone number to the delivery note: 07700 900999')).not.toMatch(
      /^opt_in/,
    );
  });
});

describe('the offers moved from e-mail to WhatsApp is an opt-in (c2)', () => {
  it.each([
    'Could you send the deals on WhatsApp instead? I never open my email',
    'Vous pouvez mettre les bons plans sur WhatsApp plutôt que par mail ?',
    '优惠活动能改成发这里吗？',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it('the offers refused on WhatsApp for e-mail stays a stop', () => {
    expect(read('Not on WhatsApp please, send the offers by email instead')).toMatch(/^opt_out/);
  });
});

describe('status and stops from batch 40 (c3, c4)', () => {
  it.each([
    'Typed START yesterday, did it work?',
    '¿Sigo suscrita a las promociones?',
    'Warum kommen keine Newsletter mehr? Bin ich noch angemeldet?',
  ])('status: %s', (text) => {
    expect(read(text)).toBe('status/explicit');
  });

  it.each([
    'Ik wil niet langer jullie nieuwsbrief krijgen',
    'Toglietemi dalla lista, grazie',
    'Bitte das Abo für den Werbe-Newsletter kündigen',
  ])('stop: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'Hoe vaak sturen jullie een nieuwsbrief?',
    '配送を一旦止めてください、住所が変わります',
  ])('a question about how often, or a delivery stopped, is no explicit stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\/explicit/);
  });

  it('"hoe vaak moet ik nog zeggen" is still a stop', () => {
    expect(read('Hoe vaak moet ik nog zeggen dat ik die berichten niet wil?')).toBe(
      'opt_out/explicit',
    );
  });
});
