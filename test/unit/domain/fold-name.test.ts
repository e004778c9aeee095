import { foldName } from '../../../src/domain/fold-name';
import { seededRandom } from '../../reliability/support/random';

describe('foldName', () => {
  it('makes one name of what Unicode case folding and NFKC make equal', () => {
    const same: [string, string][] = [
      ['Äpfel', 'äpfel'],
      ['A\u0308pfel', 'ÄPFEL'], // decomposed and precomposed
      ['Straße', 'STRASSE'],
      ['ẞ', 'ss'],
      ['ΣΊΣΥΦΟΣ', 'σίσυφοσ'], // final sigma
      ['ﬁle', 'FILE'], // ligature (NFKC)
      ['Ｏｆｆｅｒｓ', 'offers'], // full-width (NFKC)
      ['İstanbul', 'i\u0307stanbul'],
      ['ǅemal', 'ǆemal'],
      ['ŉ', 'ʼN'],
      ['Kelvin \u212a', 'kelvin k'],
    ];
    for (const [a, b] of same) expect([a, foldName(a)]).toEqual([a, foldName(b)]);
  });

  it('keeps different letters apart: dotless ı is not i, accents and scripts count', () => {
    const different: [string, string][] = [
      ['Kırmızı', 'Kirmizi'],
      ['Apfel', 'Äpfel'],
      ['Offers', 'Offer'],
      ['Москва', 'Moskva'],
    ];
    for (const [a, b] of different) expect(foldName(a)).not.toBe(foldName(b));
  });

  it('is idempotent and does not depend on case or normalisation form', () => {
    const random = seededRandom(12);
    const letters = 'aAäÄßẞσςΣıIİiǅǆﬁ ̈ẞéÉ東ЖжǰJ̌'.split('');
    for (let n = 0; n < 2000; n++) {
      let s = '';
      for (let i = Math.floor(random() * 8); i >= 0; i--)
        s += letters[Math.floor(random() * letters.length)] ?? '';
      const folded = foldName(s);
      expect([s, foldName(folded)]).toEqual([s, folded]);
      // (JavaScript upper-cases the dotless ı to I, which folding keeps apart from it.)
      if (!s.includes('ı'))
        expect([s, foldName(s.toUpperCase())]).toEqual([s, foldName(s.toLowerCase())]);
      expect([s, foldName(s.normalize('NFD'))]).toEqual([s, folded]);
    }
  });
});
