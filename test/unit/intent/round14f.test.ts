/**
 * Round 14f of issue 18: batch 36's opt-ins said sideways (new-number.ts: a new number with the
 * offers sent to it, the offers that used to come wanted again), an unsubscription by mistake in
 * more words (sent-by-mistake.ts), and "skip me with those promos" (lexicon/round14f-rules.ts).
 * Phrasings in none of the corpora (dev-round14f.jsonl holds more).
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('a new number with the offers sent to it is an opt-in', () => {
  it.each([
    'Got a new number btw, pls send the sales to this number',
    'Ich hab ne neue Nummer, schickt die Aktionen ab jetzt hierhin',
    'Tengo número nuevo, las ofertas mándenlas a este',
    'Số mới của em nè, có ưu đãi thì gửi vào số này nha',
    'Nimebadilisha namba, matangazo ya ofa tumeni hapa',
    '新号码，以后促销发这个号码',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it('not when the place is refused, nor for an errand', () => {
    expect(read("New number, please don't send the promos here")).toMatch(/^opt_out/);
    expect(read('New number! Send the invoice to this one please')).not.toMatch(/^opt_in/);
    expect(read('Nomor baru kak, kirim resinya ke sini ya')).not.toMatch(/^opt_in/);
  });
});

describe('the offers that used to come, wanted again, are an opt-in', () => {
  it.each([
    'Avant vous m’envoyiez les promos, plus rien depuis un mois. Je les veux encore',
    'Prima mi mandavate gli sconti, ora più niente. Li vorrei di nuovo',
    'Dulu sering dapat info diskon dari kakak, sekarang sepi. Mau lagi dong',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it('not without a wish, nor when the wish is refused', () => {
    expect(read('Früher gab es bei euch mehr Angebote. Schade')).not.toMatch(/^opt_in/);
    expect(read("You used to send offers all day, please don't send them again")).toMatch(
      /^opt_out/,
    );
  });
});

describe('an unsubscription by mistake, in more words, is an opt-in', () => {
  it.each([
    'Hab eure Angebote aus Versehen abbestellt, hätte sie gern weiter',
    'Me salí de la lista sin querer, ¿me vuelven a agregar?',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });
});

describe('"skip me with those promos" is a stop', () => {
  it.each([
    'Könnt ihr mich bei den Angeboten künftig weglassen?',
    'Kunnen jullie me overslaan bij de aanbiedingen?',
    'Leave me out of the promos from now on please',
  ])('%s', (text) => {
    expect(read(text)).toMatch(/^opt_out/);
  });

  it('a skipped turn is no stop', () => {
    expect(read('Kunnen jullie mij overslaan in de wachtrij? Ik kom later')).toBe('none/none');
  });
});
