/**
 * Chinese in Traditional characters: a customer in Taiwan, Hong Kong or Macau (or one whose
 * tag names the Hant script, or who writes in it) reads the consent texts in Traditional
 * characters, not Simplified ones.
 */
import {
  CONSENT_BUTTON_KEYS,
  CONSENT_TEXTS,
  chineseScriptOf,
  consentReply,
  LOCALE_TEXTS,
  pickTextLocale,
  preferenceText,
  replyTextLocale,
  textLocale,
} from '../../../src/domain/consent-texts';
import { classifyMessage } from '../../../src/domain/intent';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

/** Every text of a locale's set, named `replies.key` / `page.key`. */
const allTexts = (t: (typeof LOCALE_TEXTS)['zh-Hant']): [string, string][] => [
  ...Object.entries(t.replies).map(([k, v]): [string, string] => [`replies.${k}`, v]),
  ...Object.entries(t.page).map(([k, v]): [string, string] => [`page.${k}`, v]),
];

describe('textLocale', () => {
  it.each([
    ['zh-TW', 'zh-Hant'],
    ['zh_HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['ZH-HANT-CN', 'zh-Hant'],
    ['zh_Hant_TW', 'zh-Hant'],
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh_SG', 'zh'],
    ['zh-Hans', 'zh'],
    // The script decides, whatever the region.
    ['zh-Hans-TW', 'zh'],
    ['pt-BR', 'pt'],
    ['fil', 'tl'],
    ['he-IL', null],
    ['', null],
  ])('reads %s as %s', (tag, locale) => {
    expect(textLocale(tag)).toBe(locale);
  });
});

describe('pickTextLocale', () => {
  it('takes the first locale we speak, a bare zh its script from a later Chinese tag', () => {
    expect(pickTextLocale(['he', 'zh-TW', 'en'])).toBe('zh-Hant');
    expect(pickTextLocale(['zh', 'en', 'zh-HK'])).toBe('zh-Hant');
    expect(pickTextLocale(['zh', 'en'])).toBe('zh');
    // A tag that names its region or script is not refined by a later one.
    expect(pickTextLocale(['zh-CN', 'zh-TW'])).toBe('zh');
    expect(pickTextLocale(['zh-Hant', 'zh'])).toBe('zh-Hant');
    expect(pickTextLocale(['xx', null, undefined])).toBe('en');
  });
});

describe('chineseScriptOf and replyTextLocale', () => {
  it('tell the script of the customer’s words', () => {
    expect(chineseScriptOf('我要訂閱')).toBe('zh-Hant');
    expect(chineseScriptOf('我要订阅')).toBe('zh');
    expect(chineseScriptOf('是的，我願意')).toBe('zh-Hant');
    expect(chineseScriptOf('START')).toBeNull();
    expect(chineseScriptOf('你好')).toBeNull();
  });

  it('refine only a bare Chinese reply language', () => {
    expect(replyTextLocale('zh', '請給我優惠訊息')).toBe('zh-Hant');
    expect(replyTextLocale('zh', '请给我优惠信息')).toBe('zh');
    expect(replyTextLocale('zh', undefined)).toBe('zh');
    expect(replyTextLocale('zh', 'START')).toBe('zh');
    expect(replyTextLocale('ja', '配信再開')).toBe('ja');
    expect(replyTextLocale('pt', '訂閱')).toBe('pt');
    expect(replyTextLocale('xx', '訂閱')).toBe('en');
  });
});

describe('the Traditional Chinese texts', () => {
  const hant = LOCALE_TEXTS['zh-Hant'];

  it('have every key of the English ones, with the same placeholders', () => {
    const english = new Map(allTexts(CONSENT_TEXTS.en));
    const texts = allTexts(hant);
    expect(texts.map(([key]) => key).sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of texts) {
      expect({ key, text: text.trim(), empty: text.length === 0 }).toEqual({
        key,
        text,
        empty: false,
      });
      expect({ key, placeholders: placeholders(text) }).toEqual({
        key,
        placeholders: placeholders(english.get(key) ?? ''),
      });
    }
  });

  it('are written in Traditional characters, none of them Simplified', () => {
    for (const [key, text] of allTexts(hant)) {
      const words = text.replace(/\{\w+\}/g, '');
      expect({ key, script: chineseScriptOf(words) ?? 'zh-Hant' }).toEqual({
        key,
        script: 'zh-Hant',
      });
    }
    // And none is the Simplified text itself.
    for (const [key, text] of allTexts(hant))
      expect({ key, same: new Map(allTexts(CONSENT_TEXTS.zh)).get(key) === text }).toEqual({
        key,
        same: false,
      });
  });

  it('have button titles within Meta’s 20 characters, distinct', () => {
    const titles = CONSENT_BUTTON_KEYS.map((key) => hant.replies[key]);
    for (const title of titles) expect(title.length).toBeLessThanOrEqual(20);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('are what zh-TW, zh-HK and zh-Hant get, and name a stop keyword the classifier reads', () => {
    for (const lang of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant'])
      expect(consentReply('consentAsk', lang, 'Acme')).toBe(
        '您是否願意透過 WhatsApp 接收Acme的優惠及促銷訊息？',
      );
    expect(consentReply('consentAsk', 'zh-CN', 'Acme')).toBe(
      '您是否愿意通过 WhatsApp 接收Acme的优惠和促销信息？',
    );
    const granted = consentReply('consentGranted', 'zh-TW', 'Acme');
    expect(granted).toContain('「退訂」');
    expect(classifyMessage('退訂').intent).toBe('opt_out');
    expect(preferenceText('expired', 'zh-HK', {})).toContain('「退訂」');
    expect(preferenceText('save', 'zh_Hant_TW', {})).toBe('儲存我的選擇');
  });
});
