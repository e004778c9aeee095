import {
  LANGUAGES,
  pickLanguage,
  supportedLanguage,
  textDirection,
} from '../../../src/domain/languages';

describe('supportedLanguage', () => {
  it.each([
    ['pt', 'pt'],
    ['pt-BR', 'pt'],
    ['PT_br', 'pt'],
    [' ja ', 'ja'],
    ['zh-Hant-TW', 'zh'],
    ['fil', 'tl'],
    ['in', 'id'],
  ])('reads %j as %j', (input, expected) => {
    expect(supportedLanguage(input)).toBe(expected);
  });

  it.each([['he'], ['xx-YY'], [''], [null], [undefined], ['constructor'], ['toString']])(
    'does not speak %j',
    (input) => {
      expect(supportedLanguage(input)).toBeNull();
    },
  );

  it('speaks every language of the list', () => {
    for (const l of LANGUAGES) expect(supportedLanguage(l)).toBe(l);
  });
});

describe('pickLanguage', () => {
  it('takes the first candidate we speak, English when none', () => {
    expect(pickLanguage([null, 'he', 'th-TH', 'ja'])).toBe('th');
    expect(pickLanguage([undefined, 'xx'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});

describe('textDirection', () => {
  it('is rtl for Arabic and Urdu only', () => {
    expect(LANGUAGES.filter((l) => textDirection(l) === 'rtl')).toEqual(['ar', 'ur']);
  });
});
