/**
 * Round 14a of issue 18: two things at once (batch 35). An errand or thanks in one sentence and a
 * request about the marketing in the next: the model reads each sentence alone when the whole
 * reads as nothing (learned.ts `bySentence`). Phrasings in none of the corpora
 * (dev-round14a.jsonl holds more).
 */
import { classifyMessage } from '../../../src/domain/intent';
import { sentencesOf } from '../../../src/domain/intent/learned';

const read = (text: string) => classifyMessage(text);

describe('sentencesOf', () => {
  it('ends a sentence at . ! ? … and their Arabic, Urdu, Hindi and CJK forms, and at a line break', () => {
    expect(sentencesOf('Thanks! Add me too. Ok?')).toEqual(['Thanks!', 'Add me too.', 'Ok?']);
    expect(sentencesOf('شكراً؟ أضيفوني')).toEqual(['شكراً؟', 'أضيفوني']);
    expect(sentencesOf('شکریہ۔ مجھے بھی')).toEqual(['شکریہ۔', 'مجھے بھی']);
    expect(sentencesOf('धन्यवाद। मुझे भी')).toEqual(['धन्यवाद।', 'मुझे भी']);
    expect(sentencesOf('届きました！ありがとう。')).toEqual(['届きました！', 'ありがとう。']);
    expect(sentencesOf('line one\nline two')).toEqual(['line one', 'line two']);
  });

  it('keeps a number, a word with a dot in it and lone marks together', () => {
    expect(sentencesOf('It costs 1.5 euros, ok')).toEqual(['It costs 1.5 euros, ok']);
    expect(sentencesOf('see www.shop.com now')).toEqual(['see www.shop.com now']);
    expect(sentencesOf('Hi! 😂 !!')).toEqual(['Hi!']);
  });

  it('in Thai, a space ends a clause', () => {
    expect(sentencesOf('ได้รับของแล้วค่ะ ขอบคุณนะคะ')).toEqual(['ได้รับของแล้วค่ะ', 'ขอบคุณนะคะ']);
  });
});

describe('a request in one sentence, beside an errand or thanks', () => {
  it.each([
    ["Merci, colis bien reçu. Par contre les promos, c'est fini pour moi.", 'opt_out'],
    ['荷物届きました、ありがとうございます！セールのお知らせも送ってもらえますか？', 'opt_in'],
  ])('%s', (text, intent) => {
    const c = read(text);
    expect(c.intent).toBe(intent);
    expect(c.certainty).toBe('likely');
  });

  // The Japanese one is read whole since the model was retrained in round 15 (P 0.5 or more for
  // the whole message), the French one since round 18 (P 0.67); a longer thank-you still needs
  // its last sentence read alone.
  it('the model reads the sentence alone when the whole message reads nothing', () => {
    expect(
      read(
        "Merci beaucoup, colis bien reçu hier soir, les enfants sont ravis. Par contre les promos, c'est fini pour moi.",
      ).matched,
    ).toMatch(/\(one sentence\)$/);
  });
});

describe('sentences that keep the whole message none', () => {
  it.each([
    // Nothing of the marketing named in either sentence.
    'Thanks for the parcel! It arrived in one piece.',
    // Laughter: the whole decides.
    "Stop stop! Is this price real? I'll take two 😂",
    // Another shop's list left, this one kept.
    "I left the other shop's newsletter. Yours is fine. Any bags on sale?",
    // The offers praised.
    'Merci pour la livraison. Les promos de la semaine sont super!',
  ])('%s', (text) => {
    expect(read(text).intent).toBe('none');
  });
});
