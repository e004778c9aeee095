import { foldText, normalizeText } from '../../../src/domain/intent';
import { hasLongRun, phraseTokens, squeezeRuns } from '../../../src/domain/intent/normalize';

const known = new Set(['stop', 'unsubscribe', 'iptal']);
const isWord = (w: string): boolean => known.has(w);

describe('foldText', () => {
  it.each([
    ['STOP', 'stop'],
    ['İPTAL', 'iptal'],
    ['ıptal', 'iptal'],
    ['Não', 'nao'],
    ['ARRÊT', 'arret'],
    ['Straße', 'strasse'],
    ['ＳＴＯＰ', 'stop'],
    ['désabonner', 'desabonner'],
    ['ÇIKAR', 'cikar'],
    ['Отписка ЁЖ Й', 'отписка еж и'],
    ['إلغاء', 'الغاء'],
    ['مَسْجِد', 'مسجد'],
    ['رسالة', 'رساله'],
    ['नहीं', 'नही'],
    ['st\u200bop', 'stop'],
    ['٣٤٥', '345'],
  ])('%s → %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

describe('normalizeText', () => {
  it('splits words and marks clause and sentence boundaries', () => {
    expect(normalizeText('Stop, o Zé não vem. Obrigado!').tokens).toEqual([
      'stop',
      '|',
      'o',
      'ze',
      'nao',
      'vem',
      '||',
      'obrigado',
    ]);
  });

  it('drops leading and trailing boundaries and merges repeated ones', () => {
    expect(normalizeText('...STOP!!!?? ').tokens).toEqual(['stop']);
    expect(normalizeText('stop,. now').tokens).toEqual(['stop', '||', 'now']);
  });

  it('keeps English contractions whole and splits elisions', () => {
    expect(normalizeText("Don't text me").tokens).toEqual(['dont', 'text', 'me']);
    expect(normalizeText('Arrêtez de m’envoyer').tokens).toEqual(['arretez', 'de', 'm', 'envoyer']);
    expect(normalizeText('opt-out').tokens).toEqual(['opt', 'out']);
  });

  it('joins spaced-out letters only when they spell a known word', () => {
    expect(normalizeText('S T O P', isWord).tokens).toEqual(['stop']);
    expect(normalizeText('S.T.O.P.', isWord).tokens).toEqual(['stop']);
    expect(normalizeText('s-t-o-p please', isWord).tokens).toEqual(['stop', 'please']);
    expect(normalizeText('a b c', isWord).tokens).toEqual(['a', 'b', 'c']);
  });

  it('records emoji and treats them as sentence boundaries', () => {
    const n = normalizeText('🛑 STOP 😡 spam');
    expect(n.emoji).toEqual(['🛑', '😡']);
    expect(n.tokens).toEqual(['stop', '||', 'spam']);
    expect(normalizeText('👍🏽').hasWords).toBe(false);
  });

  it('records which sentences are questions', () => {
    expect(normalizeText('Subscribe to what?').questions).toEqual([3]);
    expect(normalizeText('why? stop.').questions).toEqual([1]);
    expect(normalizeText('لماذا ترسلون؟').questions).toEqual([2]);
  });
});

describe('repeated letters', () => {
  it('squeezes runs of three or more to one or two letters', () => {
    expect(squeezeRuns('stooooop', 1)).toBe('stop');
    expect(squeezeRuns('tooooo', 2)).toBe('too');
    expect(squeezeRuns('message', 1)).toBe('message');
    expect(hasLongRun('stoppp')).toBe(true);
    expect(hasLongRun('abbestellen')).toBe(false);
  });

  it('folds a phrase into tokens', () => {
    expect(phraseTokens("Não quero mais, s'il vous plaît!")).toEqual([
      'nao',
      'quero',
      'mais',
      's',
      'il',
      'vous',
      'plait',
    ]);
  });
});
