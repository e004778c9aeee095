import {
  getCountryCallingCode,
  parsePhoneNumberWithError,
  type CountryCode,
} from 'libphonenumber-js';
import examples from 'libphonenumber-js/examples.mobile.json';
import metadata from 'libphonenumber-js/metadata.min.json';
import { normalizeContact } from '../../../src/domain/contacts';
import { isSurelyPossibleInternational } from '../../../src/domain/international-number';
import { seededRandom } from '../../reliability/support/random';

/** What the shortcut claims to know without parsing: possible, and E.164 exactly as written. */
function parseSays(text: string): { possible: boolean; number: string | null } {
  try {
    const parsed = parsePhoneNumberWithError(text, { extract: false });
    return { possible: parsed.isPossible(), number: parsed.number };
  } catch {
    return { possible: false, number: null };
  }
}

/**
 * For every calling code: random national parts of every length from 1 to 18 digits and every
 * first digit (national prefixes included), and each country's example mobile number with its
 * last digits changed.
 */
function candidates(): string[] {
  const random = seededRandom(42);
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  const texts: string[] = [];
  const codes = [
    ...Object.keys(metadata.country_calling_codes),
    ...Object.keys(metadata.nonGeographic),
  ];
  for (const code of codes) {
    for (let length = 1; length <= 18; length++) {
      for (let first = 0; first <= 9; first++) {
        for (let k = 0; k < 3; k++) texts.push(`+${code}${first}${digits(length - 1)}`);
      }
    }
  }
  for (const [country, example] of Object.entries(examples)) {
    const code = getCountryCallingCode(country as CountryCode);
    for (let k = 0; k < 20; k++) {
      const keep = Math.floor(random() * example.length);
      texts.push(`+${code}${example.slice(0, keep)}${digits(example.length - keep)}`);
    }
  }
  return texts;
}

describe('isSurelyPossibleInternational', () => {
  it('says "possible as written" only where the parse says so, and often', () => {
    let sure = 0;
    const wrong: string[] = [];
    const texts = candidates();
    for (const text of texts) {
      if (!isSurelyPossibleInternational(text)) continue;
      sure += 1;
      const said = parseSays(text);
      if (!said.possible || said.number !== text) wrong.push(text);
    }
    expect(wrong).toEqual([]);
    // About a fifth of these (mostly random) numbers; most of the real-looking ones.
    expect(sure).toBeGreaterThan(texts.length / 10);
  });

  it('answers for the usual formats of the commonest countries', () => {
    for (const text of ['+16502001234', '+447911123456', '+5511961234567', '+4915112345678']) {
      expect(isSurelyPossibleInternational(text)).toBe(true);
    }
  });

  it('leaves national prefixes, shared lengths that differ, non-geographic codes and bad input to the parse', () => {
    for (const text of [
      '+4407911123456', // a UK number written with its 0
      '+16501234', // 7 digits: possible in Canada only
      '+80012345678', // +800 belongs to no country
      '+0123456789',
      '+1650200123a',
      '16502001234',
    ]) {
      expect(isSurelyPossibleInternational(text)).toBe(false);
    }
  });
});

describe('normalizeContact with the shortcut', () => {
  it('gives what the parse gives for numbers it takes and numbers it leaves', () => {
    for (const raw of ['+1 650 200 1234', '0044 7911 123456', '+44 07911 123456', '+1 650 1234']) {
      const text = `+${raw.replace(/\D/g, '').replace(/^00/, '')}`;
      const parsed = parseSays(text);
      const normalized = normalizeContact('whatsapp', raw, null);
      expect(normalized.ok).toBe(parsed.possible);
      if (normalized.ok) expect(normalized.contact).toBe(parsed.number);
    }
  });
});
