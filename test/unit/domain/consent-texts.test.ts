/**
 * The texts customers see about consent: the double opt-in question and its answers on
 * WhatsApp, and the preference page, in every language stopline reads.
 */
import {
  CONSENT_BUTTON_KEYS,
  CONSENT_REPLY_KEYS,
  CONSENT_TEXTS,
  consentReply,
  fillText,
  PREFERENCE_TEXT_KEYS,
  preferenceText,
} from '../../../src/domain/consent-texts';
import { classifyMessage, LANGS } from '../../../src/domain/intent';
import { LANGUAGES, RTL_LANGUAGES } from '../../../src/domain/languages';
import { REPLY_KEYWORDS, REPLY_LANGUAGES } from '../../../src/domain/replies';

/** Meta's OpenAPI (InteractiveMessage, reply button title): maxLength 20. */
const META_MAX_BUTTON_TITLE = 20;
const PLACEHOLDERS = ['brand', 'category', 'days', 'stop'];

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

/** Every text of a language, named `replies.key` / `page.key`. */
function allTexts(lang: (typeof LANGUAGES)[number]): [string, string][] {
  const t = CONSENT_TEXTS[lang];
  return [
    ...Object.entries(t.replies).map(([k, v]): [string, string] => [`replies.${k}`, v]),
    ...Object.entries(t.page).map(([k, v]): [string, string] => [`page.${k}`, v]),
  ];
}

describe('one list of languages', () => {
  it('is the classifier’s, the replies’ and the consent texts’', () => {
    expect(LANGS).toBe(LANGUAGES);
    expect(REPLY_LANGUAGES).toBe(LANGUAGES);
    expect(Object.keys(CONSENT_TEXTS).sort()).toEqual([...LANGUAGES].sort());
    expect(LANGUAGES).toHaveLength(23);
  });
});

describe.each(LANGUAGES.map((l) => [l]))('consent texts in %s', (lang) => {
  it('has every key, non-empty, trimmed, with the English placeholders', () => {
    const t = CONSENT_TEXTS[lang];
    expect(Object.keys(t.replies).sort()).toEqual([...CONSENT_REPLY_KEYS].sort());
    expect(Object.keys(t.page).sort()).toEqual([...PREFERENCE_TEXT_KEYS].sort());
    const english = new Map(allTexts('en'));
    for (const [key, text] of allTexts(lang)) {
      expect({ key, text: text.trim() }).toEqual({ key, text });
      expect({ key, empty: text.length === 0 }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(text) }).toEqual({
        key,
        placeholders: placeholders(english.get(key) ?? ''),
      });
      for (const name of placeholders(text)) expect(PLACEHOLDERS).toContain(name);
      // A stray brace would show to the customer.
      expect({ key, braces: text.replace(/\{\w+\}/g, '').match(/[{}]/g) }).toEqual({
        key,
        braces: null,
      });
    }
  });

  it('has button titles within Meta’s 20 characters, distinct, without markdown', () => {
    const titles = CONSENT_BUTTON_KEYS.map((key) => CONSENT_TEXTS[lang].replies[key]);
    for (const title of titles) {
      // Code points (JSON Schema's maxLength) and UTF-16 units (what a JS client counts).
      expect({ title, codePoints: [...title].length <= META_MAX_BUTTON_TITLE }).toEqual({
        title,
        codePoints: true,
      });
      expect({ title, utf16: title.length <= META_MAX_BUTTON_TITLE }).toEqual({
        title,
        utf16: true,
      });
      expect(title).not.toMatch(/[*_~`{}]/);
    }
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('names a stop keyword the classifier understands', () => {
    const granted = consentReply('consentGranted', lang, 'Acme');
    const keyword = REPLY_KEYWORDS[lang].stop;
    expect(granted).toContain(keyword);
    expect(classifyMessage(keyword).intent).toBe('opt_out');
    expect(preferenceText('expired', lang, {})).toContain(keyword);
  });

  it(
    RTL_LANGUAGES.includes(lang)
      ? 'opens every text with a right-to-left letter (WhatsApp’s direction)'
      : 'opens no text with an Arabic-script letter',
    () => {
      for (const [key, text] of allTexts(lang)) {
        // WhatsApp and browsers take a paragraph's direction from its first strong letter; a
        // placeholder first would be a Latin brand name and turn an Arabic bubble left to right.
        const first = text.replace(/\{\w+\}/g, '').match(/\p{L}/u)?.[0] ?? '';
        const rtl = /\p{Script=Arabic}/u.test(first);
        expect({ key, rtl }).toEqual({ key, rtl: RTL_LANGUAGES.includes(lang) });
        if (RTL_LANGUAGES.includes(lang))
          expect({ key, start: text.startsWith('{') }).toEqual({
            key,
            start: false,
          });
      }
    },
  );
});

describe('consentReply and preferenceText', () => {
  it('fill the brand and the language’s stop keyword', () => {
    expect(consentReply('consentAsk', 'ja', 'Acme')).toBe(
      'Acmeからのお得な情報やキャンペーンのお知らせをWhatsAppで受け取りますか？',
    );
    expect(consentReply('consentGranted', 'th', 'Acme')).toContain('ตอบ หยุด ได้ทุกเมื่อ');
    expect(preferenceText('expired', 'de', {})).toContain('mit STOPP');
  });

  it('fall back to English for a language we do not speak, or none', () => {
    for (const lang of ['xx', 'he', 'he-IL', '', 'constructor', '__proto__']) {
      expect(consentReply('consentAsk', lang, 'Acme')).toBe(
        'Do you want to receive offers and promotions from Acme on WhatsApp?',
      );
      expect(preferenceText('title', lang, { brand: 'Acme' })).toBe('Your messages from Acme');
    }
  });

  it('read a region or a template code as its language', () => {
    expect(consentReply('btnConsentNo', 'pt-BR', 'Acme')).toBe('Não, obrigado');
    expect(consentReply('btnConsentNo', 'zh_CN', 'Acme')).toBe('不用了，谢谢');
    // WhatsApp's template code for Filipino is "fil"; the classifier's is "tl".
    expect(consentReply('btnConsentNo', 'fil', 'Acme')).toBe('Hindi, salamat');
  });

  it('leave a placeholder without a value visible', () => {
    expect(preferenceText('stopCategory', 'en', {})).toBe('Stop “{category}” promotions only');
  });
});

describe('fillText with a format (the page’s HTML)', () => {
  const html = {
    literal: (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;'),
    value: (v: string) => `<bdi>${v.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</bdi>`,
  };

  it('formats the words and the values apart', () => {
    expect(fillText('A & {brand} <x>', 'en', { brand: 'B&<C>' }, html)).toBe(
      'A &amp; <bdi>B&amp;&lt;C></bdi> &lt;x>',
    );
    expect(fillText('{stop}', 'ar', {}, html)).toBe('<bdi>إيقاف</bdi>');
    expect(fillText('{nope}', 'en', {}, html)).toBe('{nope}');
  });
});
