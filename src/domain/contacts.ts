/**
 * Contact normalisation: every phone number becomes E.164, every email a lower-cased address,
 * so one person is one key in the opt-out list. Pure (libphonenumber-js, no I/O).
 */
import {
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
  type CountryCode,
} from 'libphonenumber-js';
import { isSurelyPossibleInternational } from './international-number';
import type { Channel } from './types';

export type NormalizedContact = { ok: true; contact: string } | { ok: false; error: string };

/**
 * Meta's business-scoped user id (BSUID, 2026): two-letter country, a dot, an opaque id,
 * e.g. `US.13491208655302741918`. It is kept as-is: it is not a phone number.
 */
const BSUID = /^[A-Z]{2}\.[0-9A-Za-z]{1,128}$/;
const EMAIL = /^[^\s@"'<>(),;:\\[\]]+@[^\s@"'<>(),;:\\[\]]+\.[^\s@"'<>(),;:\\[\]]{2,}$/;
/** Spaces, dashes, dots, parentheses and slashes people type; a leading `'` added by CSV-injection guards. */
const PHONE_PUNCTUATION = /[\s\-.()/\u00a0]/g;

const LENGTH_PROBLEMS: Record<string, string> = {
  TOO_SHORT: 'too short',
  TOO_LONG: 'too long',
  INVALID_LENGTH: 'the wrong length',
};

/** How to write a number we could not read. */
const WHOLE_NUMBER = 'write the whole number with its country code, e.g. +5511987654321';

export function isBsuid(value: string): boolean {
  return BSUID.test(value);
}

/** Normalises a contact for a channel; the error says why the value is not a contact. */
export function normalizeContact(
  channel: Channel,
  raw: string,
  defaultRegion: string | null,
): NormalizedContact {
  const value = raw.trim();
  if (value === '') return { ok: false, error: 'contact is empty' };
  if (channel === 'email') return normalizeEmail(value);
  if (channel === 'whatsapp' && isBsuid(value)) return { ok: true, contact: value };
  return normalizePhone(value, defaultRegion);
}

function normalizeEmail(value: string): NormalizedContact {
  const email = value.toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) {
    return { ok: false, error: `not an email address: "${value}" (expected name@example.com)` };
  }
  return { ok: true, contact: email };
}

function normalizePhone(value: string, defaultRegion: string | null): NormalizedContact {
  const compact = value.replace(/^'/, '').replace(PHONE_PUNCTUATION, '');
  if (!/^(\+|00)?\d+$/.test(compact)) {
    return {
      ok: false,
      error: `not a phone number: "${value}" (use digits with a country code, e.g. +5511987654321)`,
    };
  }
  let text: string;
  let region: CountryCode | undefined;
  if (compact.startsWith('+')) text = compact;
  else if (compact.startsWith('00')) text = `+${compact.slice(2)}`;
  else if (defaultRegion) {
    text = compact;
    region = defaultRegion as CountryCode;
  } else {
    // WhatsApp's wa_id form: the international number without its "+".
    text = `+${compact}`;
  }
  text = mexicanMobileToCurrent(text);
  if (!region && !/^(\+|00)/.test(compact)) return bareDigits(value, text);
  // Fast paths (imports normalise a million numbers): no parse for an international number the
  // parse would certainly accept as written; one parse when the number is fine; the slower
  // checks below only run to explain what is wrong.
  if (!region && isSurelyPossibleInternational(text)) return { ok: true, contact: text };
  const parsedOnce = tryParse(text, region);
  if (parsedOnce?.isPossible()) return { ok: true, contact: parsedOnce.number };
  const lengthProblem = validatePhoneNumberLength(text, region);
  if (lengthProblem === 'INVALID_COUNTRY') {
    return {
      ok: false,
      error: region
        ? `not a phone number for region ${region}: "${value}"`
        : `unknown country code in "${value}" (write the number with its country code, e.g. +5511987654321)`,
    };
  }
  if (lengthProblem && LENGTH_PROBLEMS[lengthProblem]) {
    const code = countryCodeOf(text);
    // "+1" is too short to tell its country: say so instead of "too short for +?".
    const where = region ? `region ${region}` : code ? `+${code}` : null;
    return {
      ok: false,
      error: where
        ? `${LENGTH_PROBLEMS[lengthProblem]} for ${where}: "${value}" (${WHOLE_NUMBER})`
        : `${LENGTH_PROBLEMS[lengthProblem]} to be a phone number: "${value}" (${WHOLE_NUMBER})`,
    };
  }
  try {
    const parsed = parsePhoneNumberWithError(
      text,
      region ? { defaultCountry: region, extract: false } : { extract: false },
    );
    // isPossible (length), not isValid (number ranges): Meta's test numbers (+1 555 ...) must pass.
    if (!parsed.isPossible())
      return { ok: false, error: `not a possible phone number: "${value}" (${WHOLE_NUMBER})` };
    return { ok: true, contact: parsed.number };
  } catch {
    return { ok: false, error: `not a phone number: "${value}" (${WHOLE_NUMBER})` };
  }
}

/**
 * Digits without "+" and no default region: read as a wa_id, but only when that reading is a real
 * number. A national number ("11 98765-4321") read this way is often still *possible* (+1 198...),
 * and storing it would suppress a stranger while the customer stays reachable, so it must be a
 * valid number for its country (Meta's +1 555 test numbers excepted); otherwise the answer says
 * to write the country code or set the tenant's defaultRegion.
 */
function bareDigits(value: string, text: string): NormalizedContact {
  const parsed = tryParse(text, undefined);
  if (parsed && (parsed.isValid() || isMetaTestNumber(parsed.number))) {
    return { ok: true, contact: parsed.number };
  }
  return {
    ok: false,
    error: `no country code in "${value}", and the tenant has no defaultRegion to read it in: write it with its country code (e.g. +5511987654321) or set the tenant's settings.defaultRegion`,
  };
}

/** Meta's test numbers: +1 555 ..., possible but not in any country's valid ranges. */
function isMetaTestNumber(e164: string): boolean {
  return /^\+1555\d{7}$/.test(e164);
}

function tryParse(text: string, region: CountryCode | undefined) {
  try {
    return parsePhoneNumberWithError(
      text,
      region ? { defaultCountry: region, extract: false } : { extract: false },
    );
  } catch {
    return null;
  }
}

function countryCodeOf(e164: string): string | null {
  try {
    return parsePhoneNumberWithError(e164, { extract: false }).countryCallingCode;
  } catch {
    return null;
  }
}

/**
 * Mexico dropped the mobile "1" after +52 in 2019, but wa_ids still carry it (`521` + 10 digits).
 * libphonenumber rejects that form as too long, so it is read as the current +52 number.
 */
function mexicanMobileToCurrent(text: string): string {
  return /^\+521\d{10}$/.test(text) ? `+52${text.slice(4)}` : text;
}

/**
 * The other forms Meta's wa_id may use for the same person, so suppression matches all of them:
 * - Brazil (+55, two-digit area code): mobiles with and without the ninth digit 9;
 * - Mexico (+52): with and without the old mobile prefix 1 (+521...).
 * The input itself is not included. Other countries have no alternate form.
 */
export function equivalentPhoneNumbers(e164: string): string[] {
  const brNine = /^\+55(\d{2})9(\d{8})$/.exec(e164);
  if (brNine) return [`+55${brNine[1]}${brNine[2]}`];
  // Eight-digit numbers starting 6-9 are the old mobile form; 2-5 are landlines (no ninth digit).
  const brEight = /^\+55(\d{2})([6-9]\d{7})$/.exec(e164);
  if (brEight) return [`+55${brEight[1]}9${brEight[2]}`];
  const mxOld = /^\+521(\d{10})$/.exec(e164);
  if (mxOld) return [`+52${mxOld[1]}`];
  const mx = /^\+52(\d{10})$/.exec(e164);
  if (mx) return [`+521${mx[1]}`];
  return [];
}

/** A wa_id ("16505551234") as a contact ("+16505551234"). */
export function contactFromWaId(waId: string): string {
  return `+${waId.replace(/\D/g, '')}`;
}

/** True for a contact that is a phone number (E.164), as opposed to a BSUID or an email. */
export function isPhoneContact(contact: string): boolean {
  return /^\+\d+$/.test(contact);
}
