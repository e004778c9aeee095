/**
 * Round 14e of issue 18: batch 36's stops hidden in jokes and stories. Phrasings in none of the
 * corpora beside the sentences that keep their reading (dev-round14e.jsonl holds more). See
 * enough-order.ts (a stop of the tempting before an order), signals.ts (laughter beside a
 * request) and lexicon/round14e-rules.ts (hints with a wish, the offers called pointless).
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('a stop of the tempting before an order is none (enough-order.ts)', () => {
  it.each([
    'Stop tempting me with those boots 😩 alright, send me a pair in 38',
    "Quit teasing me lol ok I'll take the green one",
    'Deja de tentarme 😩 vale, me llevo las dos',
    'Arrête de me tenter 😩 ok je prends la noire',
    'Hör auf mich zu locken 😩 ok, ich nehme die schwarze',
    'Przestańcie mnie kusić, poproszę dwie sztuki',
    'Хватит соблазнять 😩 беру две',
    'Berhenti godain aku 😩 oke aku ambil yang hitam',
    'Acheni kunishawishi 😂 sawa nachukua mbili',
    '别诱惑我了😩 我要黑色的',
    "Stop tempting me 😩 fine, I'm ordering the blue one",
    'Dejen de tentarme 😩 ya, lo pido en azul',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it('a stop of the messages beside the order stays a stop', () => {
    expect(read('Stop tempting me and stop sending these promos')).toBe('opt_out/explicit');
    expect(read('Send me the black one, then unsubscribe me please')).toBe('opt_out/explicit');
    expect(read('Stop tempting me with promos 😩 send me the unsubscribe link')).toBe(
      'opt_out/explicit',
    );
  });
});

describe('laughter beside a request that names the sending or the customer is a stop (signals.ts)', () => {
  it.each([
    "I'm on a budget now 😂 please stop sending me offers",
    'Pensei que era o meu chefe, era promoção 😅 não me mandem mais',
    'Ich spare fürs Auto 😂 meldet mich bitte ab',
    "Mia moglie pensa che ho l'amante 😂 cancellatemi per favore",
    'Mke wangu ananishuku 😂 msinitumie tena',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each(['hahaha stop 😂', 'basta ya jajaja', "stop it you're killing me 🤣"])(
    'an exclamation stays none: %s',
    (text) => {
      expect(read(text)).toBe('none/none');
    },
  );
});

describe('a hint with a wish, and the offers called pointless, are stops (round14e-rules.ts)', () => {
  it.each([
    'Count me out from now on',
    "Let's call it a day with these promos",
    'Ab sofort ohne mich',
    'Jangan kasih tau aku lagi ya, lagi nabung',
    'No tiene sentido que me sigan mandando ofertas, vivo en otro país',
    'Нет смысла присылать мне акции, я переехал',
    'From now on, count me out',
    'Mi galería está llena de fotos de sus sofás, por favor dejen de mandarlas',
    'Mon téléphone est plein de vos photos, arrêtez de les envoyer svp',
    'Hakuna maana kunitumia ofa, nimehamia Dodoma',
    'Walang silbi na padalhan niyo pa ako ng promo, lumipat na ako',
    'Het heeft geen zin om mij nog aanbiedingen te sturen, ik ben verhuisd',
    '给我发优惠也没用，我搬走了',
    'セールのお知らせを送っても意味ないです、引っ越したので',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it('something else called pointless to send is no stop', () => {
    expect(read('Hakuna maana kunitumia risiti mara mbili')).toBe('none/none');
    expect(read("There's no point sending me the invoice twice")).toBe('none/none');
  });

  it('the opt-in it overlaps stays an opt-in where no one calls it pointless', () => {
    expect(read('Keep sending me promotions please')).toBe('opt_in/explicit');
    expect(read('Could you keep sending me the deals?')).toBe('opt_in/explicit');
  });
});
