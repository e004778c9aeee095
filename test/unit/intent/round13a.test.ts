/**
 * Round 13a of issue 18: batch30's opt-in classes (indirect replies), each with phrasings in none
 * of the corpora and the sentences that must keep their reading beside them (dev-round13a.jsonl
 * holds more). See lexicon/round13a-rules.ts (the `inasked` rule kind: an opt-in asked as the
 * question itself), sent-by-mistake.ts (more ways to ask back) and errand.ts (a post office
 * branch as where a parcel goes).
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('"why does my neighbour get your codes and I don\'t?" is an opt-in', () => {
  it.each([
    'How come my cousin gets your discount codes but not me?',
    '¿Y por qué a mi prima le llegan los cupones y a mí no?',
    'Pourquoi ma mère reçoit vos bons plans et moi jamais ?',
    'Warum kriegt meine Mutter eure Gutscheine und ich nicht?',
    'Hoe kan het dat mijn moeder jullie aanbiedingen krijgt en ik niet?',
    'Czemu mama dostaje od was kupony, a ja nie?',
    'Почему маме приходят ваши скидки, а мне нет?',
    'Kok ibu saya dapat voucher dari kalian, saya nggak?',
    '为什么我妈能收到你们的优惠券，我收不到？',
    'Kwa nini mama yangu anapata ofa zenu na mimi sipati?',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it.each([
    // Someone else's parcel or order: no offers named.
    'How come my cousin got her parcel today but not me?',
    'Warum hat meine Mutter ihr Paket schon und ich nicht?',
    // "And I don't need them": the customer's "not" does not end the clause.
    "My husband gets your offers and I don't need them, please take me off",
  ])('no opt-in: %s', (text) => {
    expect(read(text)).not.toBe('opt_in/explicit');
  });
});

describe('"your offers stopped coming, I miss them" is an opt-in', () => {
  it.each([
    'Your deals stopped coming a while ago and honestly I miss them',
    'Ya no me llegan vuestras promociones, las echo de menos',
    'Ik krijg geen acties meer binnen, jammer, ik mis ze',
    'Kampanyalarınız gelmiyor artık, özledim',
    'Promo kalian udah nggak masuk lagi, kangen juga',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it.each(['I miss the old recipe of your cookies', 'Ik mis de oude smaak van jullie koffie'])(
    'no opt-in: %s',
    (text) => {
      expect(read(text)).not.toBe('opt_in/explicit');
    },
  );
});

describe('STOP sent by mistake and asked back is an opt-in (sent-by-mistake.ts)', () => {
  it.each([
    'Le di a BAJA sin querer, ¿me volvéis a meter?',
    'Ho scritto STOP per sbaglio, mi rimettete in lista?',
    'Mandei SAIR sem querer, quero continuar recebendo',
    'Sent STOP by accident, I still want the deals',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it('a mistake about something else stays no opt-in', () => {
    expect(read('Pagué dos veces sin querer, ¿me devolvéis uno?')).not.toMatch(/^opt_in/);
  });
});

describe('other readings of round 13a', () => {
  it('"no need to keep sending these" is a stop, not an opt-in', () => {
    expect(read('No need to keep sending these, thanks')).toBe('opt_out/explicit');
    expect(read("You don't have to keep sending me the sale stuff")).toBe('opt_out/explicit');
    expect(read('Please keep sending the tracking updates')).not.toMatch(/^opt_out/);
  });

  it('"what even are these messages?" is help', () => {
    expect(read('what even are these messages?')).toBe('help/explicit');
    expect(read('Wat zijn dit voor berichten?')).toBe('help/explicit');
    expect(read('这都是些什么消息啊？')).toBe('help/explicit');
  });

  it('"am I off your list now?" is status', () => {
    expect(read('Just checking, am I off your list now?')).toBe('status/explicit');
  });

  it('an onion taken off an order is no explicit stop; a number taken off a list is', () => {
    expect(read('Usuńcie mi cebulę z kebaba, zapomniałam zaznaczyć')).not.toBe('opt_out/explicit');
    expect(read('Usuńcie mi numer z listy')).toBe('opt_out/explicit');
  });

  it('a parcel not to be sent to the old post office branch is no stop', () => {
    expect(read('Більше не надсилайте на старе відділення, тепер отримую на 25-му')).toBe(
      'none/none',
    );
    expect(read('Більше не надсилайте мені акції')).toBe('opt_out/explicit');
  });
});

describe('round 13a, second part', () => {
  it("an opt-in phrase inside a stop is the stop's words (phrases.ts)", () => {
    expect(
      read(
        'Moved to Leeds last year, the London store offers are no use to me. No need to keep sending',
      ),
    ).toBe('opt_out/explicit');
    // Alone, "keep sending" is still an opt-in.
    expect(read('Keep sending the deals please')).toBe('opt_in/explicit');
  });

  it('a cancellation texted before and asked about is status (vi)', () => {
    expect(read('Hôm kia mình đã nhắn hủy rồi, được chưa shop?')).toBe('status/explicit');
  });

  it('"keep me in the loop" (fr) and "¿me podéis añadir?" (Spain) are opt-ins', () => {
    expect(read('Je veux bien être dans la boucle moi aussi')).toBe('opt_in/explicit');
    expect(read('¿Me podéis añadir a la lista también?')).toBe('opt_in/explicit');
    expect(read('¿Me podéis añadir el queso extra al pedido?')).toBe('none/none');
  });
});
