/**
 * Round 16c of issue 18: stops missed on batches 42-44. Phrasings in none of the corpora beside
 * the sentences that keep their reading (dev-round16c.jsonl holds more). See
 * lexicon/round16c-rules.ts (the marketing named first, the customer taking themselves off,
 * another person's number removed, a rude dismissal naming the offers), the stop keywords said
 * alone (滚, hinto, rot op, defolun) and normalize.ts (a Japanese long-vowel mark that stretches).
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('the marketing named first or with a demonstrative, then refused, is a stop (c1)', () => {
  it.each([
    'Ik wil deze aanbiedingen echt niet',
    'Ich möchte eure Angebote nicht',
    'Solche Newsletter brauche ich nicht',
    '你们的优惠信息我真的不需要',
    'Esas promociones no las necesito',
    'Quelle offerte non le voglio',
    "Vos offres, je n'en veux plus",
    'Такие акции мне не надо',
    'Такі акції я не хочу',
    'ko muốn nhận tin khuyến mãi',
    'Mấy tin quảng cáo đó em không cần',
    'Mga ganyang promo ayoko',
    'هذي العروض ما ابغاها',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each(['Ik wil die jas niet, te groot', 'Diese Schuhe will ich nicht, habt ihr andere?'])(
    'a thing refused that is no marketing is no stop: %s',
    (text) => {
      expect(read(text)).not.toMatch(/^opt_out/);
    },
  );

  // No rule reads these as a stop; the model retrained on round 16 reads them as a likely stop
  // (one question to the customer, never acted on at once): left for a later round.
  it.each(['这些衣服我不要，退货', 'やめてー笑 くすぐったい'])(
    'no rule acts on a thing refused or a laugh: %s',
    (text) => {
      expect(read(text)).not.toBe('opt_out/explicit');
      expect(classifyMessage(text).matched ?? '').toMatch(/^(model|$)/);
    },
  );
});

describe('the customer taking themselves off is a stop (c2)', () => {
  it.each([
    "I'm taking myself off the mailing list",
    'Vậy xóa em ra nhé',
    'Udah nggak tertarik, makasih ya',
    'Ok, mi tolgo dalle offerte',
    'Aalis na ako sa broadcast list',
    'Main list se hat rahi hoon',
    '我先退出名单了',
  ])('%s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });

  it('no longer interested in one product is no stop', () => {
    expect(read('Udah nggak tertarik sama sepatu merah, yang biru ada?')).not.toMatch(/^opt_out/);
  });
});

describe("another person's number taken off is a stop, in any order (c3)", () => {
  it.each([
    'Könnt ihr meinen Vater auch austragen? Er will die Werbung nicht',
    'Entfernt bitte auch meine Schwester aus dem Verteiler',
    'Quitad a mi suegra de la lista de ofertas',
    '¿Podéis borrar también a mi hermano? No quiere promos',
    'Tirem o meu pai da lista também',
    "Remove my girlfriend from the list too, she's sick of the offers",
    'Potete rimuovere anche mia sorella? Non vuole le promo',
    'Tolong adik saya juga dikeluarin dari promo ya',
    '我妈妈的号码也帮忙删除一下',
    'Usuńcie też moją mamę z listy',
    'شيلوا رقم امي من القائمة',
    'Dejad de enviarme también las promociones',
  ])('%s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });

  it.each([
    'Könnt ihr auch meine Frau eintragen? Sie will die Angebote auch',
    '¿Podéis añadir también a mi hermano a la lista?',
  ])('another person added stays an opt-in: %s', (text) => {
    expect(read(text)).toMatch(/^opt_in\//);
  });

  it.each([
    'Tragt auch meine Frau ein, sie will die Angebote auch',
    'Haal mijn vrouw ook erbij, zij wil de acties ook',
  ])('a particle that puts on, not off, is no explicit stop: %s', (text) => {
    expect(read(text)).not.toBe('opt_out/explicit');
  });

  it('another person taken off an errand is no stop', () => {
    expect(read('Quitad la reserva de mi marido, se ha cancelado el viaje')).not.toMatch(
      /^opt_out/,
    );
  });
});

describe('curt and rude stops (c4)', () => {
  it.each([
    'get lost with your promos',
    'Rot toch op met die nieuwsbrief',
    'Verpisst euch mit euren Angeboten',
    'Dégagez avec vos pubs',
    'Vão à merda com essas promoções',
    'Andate a quel paese con le vostre offerte',
    'dừng dùm cái',
    'ストップしてーー',
    'hinto na po',
    'tantanan niyo na ako',
    '滚蛋',
    'Defolun gidin',
    'Spadajcie',
    'やめろー',
    '走开',
    'Lárguense',
    'หยุดดดด',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'Rot op, ik lach me dood 😂',
    'Die collega kan oprotten met zijn grapjes',
    '滚动播放的广告在哪里看？',
    'ฮ่าาาา ขำ',
  ])('a laugh or an insult about something else is no stop: %s', (text) => {
    expect(read(text)).toBe('none/none');
  });
});
