/**
 * A shortcut for the commonest contact in a WhatsApp list: a number already written
 * internationally ("+" and digits). It answers "this is E.164 as written" only where
 * libphonenumber's parse provably answers the same, and leaves every other case to it.
 *
 * For "+<calling code><rest>", parsePhoneNumberWithError(text, { extract: false }) gives
 * `number` = "+" + calling code + national number, and isPossible() = national number length in
 * the possible lengths of the country it detects. The national number is `rest` unless the
 * national prefix for parsing of the calling code's main country matches at its start (the
 * only step that can change it). The detected country is one of the calling code's countries
 * (or none: then the main one). So when that prefix does not match and rest's length is possible
 * in every country of the calling code, the parse answers: possible, and the number as written,
 * whatever country it detects. Detecting the country (a dozen regular expressions per number
 * for +1 and +44) was half the cost of importing a million contacts.
 *
 * Only the library's public Metadata class is read, plus its `nationalPrefixForParsing()`,
 * which its typings omit; should an upgrade drop it, the shortcut turns itself off (and
 * test/unit/domain/international-number.test.ts fails, comparing it with the parse).
 */
import { Metadata } from 'libphonenumber-js';
import metadata from 'libphonenumber-js/metadata.min.json';

/** libphonenumber's bounds on a national (significant) number's length. */
const MIN_NSN = 2;
const MAX_NSN = 17;

interface CallingCode {
  /** The main country's national prefix for parsing, anchored as the library anchors it. */
  prefix: RegExp | null;
  /** National number lengths possible in every country sharing the calling code. */
  lengths: ReadonlySet<number>;
}

type PlanWithPrefix = { nationalPrefixForParsing?: () => unknown };

let codes: Map<string, CallingCode> | null = null;

function callingCodes(): Map<string, CallingCode> {
  if (codes) return codes;
  codes = new Map();
  const plans = new Metadata();
  for (const [code, countries] of Object.entries(metadata.country_calling_codes)) {
    const [main] = countries;
    if (main === undefined) continue;
    plans.selectNumberingPlan(main as never);
    const prefixOf = (plans.numberingPlan as PlanWithPrefix | undefined)?.nationalPrefixForParsing;
    if (typeof prefixOf !== 'function') {
      // Not the library this was proven against: no shortcut at all.
      codes = new Map();
      return codes;
    }
    const prefix = prefixOf.call(plans.numberingPlan);
    const lengthsOf = (country: string): number[] => {
      plans.selectNumberingPlan(country as never);
      return plans.numberingPlan?.possibleLengths() ?? [];
    };
    const everywhere = lengthsOf(main).filter((length) =>
      countries.every((country) => lengthsOf(country).includes(length)),
    );
    codes.set(code, {
      prefix: typeof prefix === 'string' && prefix !== '' ? new RegExp(`^(?:${prefix})`) : null,
      lengths: new Set(everywhere),
    });
  }
  return codes;
}

/** Calling codes that belong to no country (+800, +882...): left to the library. */
const NON_GEOGRAPHIC = new Set(Object.keys(metadata.nonGeographic ?? {}));

/**
 * True when `text` ("+" and digits only) is certainly a possible number as written, as
 * libphonenumber would parse it; false means "ask the library", not "invalid".
 */
export function isSurelyPossibleInternational(text: string): boolean {
  // "+0..." has no calling code for the library.
  if (!/^\+[1-9]\d*$/.test(text)) return false;
  const all = callingCodes();
  // The library takes the shortest leading digits that are a calling code (at most three).
  for (let length = 1; length <= 3 && length < text.length; length++) {
    const code = text.slice(1, 1 + length);
    if (NON_GEOGRAPHIC.has(code)) return false;
    const known = all.get(code);
    if (!known) continue;
    const rest = text.slice(1 + length);
    if (rest.length < MIN_NSN || rest.length > MAX_NSN || !known.lengths.has(rest.length))
      return false;
    return known.prefix === null || known.prefix.exec(rest) === null;
  }
  return false;
}
