/**
 * The `us_marketing` window preset: the hours at the recipient's location in which US law lets
 * a business send a marketing (telephone solicitation) message, as data. Pure.
 *
 * Federal floor, every state: 8:00 to 21:00 local time at the called party's location
 * (47 CFR § 64.1200(c)(1), under the TCPA, 47 U.S.C. § 227; the FCC treats texts as calls).
 * States with stricter hours, as we read the statutes and two 2025 practitioner compilations
 * (Drop Cowboy "State Calling Restrictions Guide", Nov 2025; ClickPoint "Telemarketing Calling
 * Restrictions & Hours by State", Jul 2025). This is not legal advice: state holidays (AL, LA,
 * MS, PA, RI, UT ...) are NOT modelled, and a tenant should have counsel confirm the table.
 * - Florida, 8:00-20:00: Florida Telephone Solicitation Act, Fla. Stat. § 501.059(8)(a)
 *   (as amended by SB 1120, 2021; texts included). Also 3 per 24 h: see `frequencyCap`.
 * - Oklahoma, 8:00-20:00: Telephone Solicitation Act of 2022, Okla. Stat. tit. 15, § 775C.4.
 * - Maryland, 8:00-20:00: Stop the Spam Calls Act of 2023, Md. Code, Com. Law § 14-4501 ff.
 * - Connecticut, 9:00-20:00: Conn. Gen. Stat. § 42-288a (Public Act 23-98 added texts).
 * - Texas, 9:00-21:00, Sunday 12:00-21:00: Tex. Bus. & Com. Code § 301.051.
 * - Washington, 8:00-20:00: RCW 80.36.390.
 * - Alabama, Louisiana, Mississippi: 8:00-20:00, no Sunday (compilations).
 * - Massachusetts 8:00-20:00; Nevada 9:00-20:00; Kentucky 10:00-21:00; Michigan, Minnesota,
 *   New Mexico 9:00-21:00 (compilations).
 * - Rhode Island: 9:00-18:00 weekdays, 10:00-17:00 Saturday, no Sunday (R.I. Gen. Laws
 *   § 5-61-3.5).
 */
import type { SendingWindow } from './types';

const EVERY_DAY: number[] = [];
const MON_SAT = [1, 2, 3, 4, 5, 6];
const MON_FRI = [1, 2, 3, 4, 5];

const w = (start: string, end: string, days: number[] = EVERY_DAY): SendingWindow => ({
  start,
  end,
  days,
});

export const US_FEDERAL_HOURS: readonly SendingWindow[] = [w('08:00', '21:00')];

/** Stricter state hours by USPS code; a state not listed has the federal hours. */
export const US_STATE_HOURS: Readonly<Record<string, readonly SendingWindow[]>> = {
  FL: [w('08:00', '20:00')],
  OK: [w('08:00', '20:00')],
  MD: [w('08:00', '20:00')],
  CT: [w('09:00', '20:00')],
  TX: [w('09:00', '21:00', MON_SAT), w('12:00', '21:00', [7])],
  WA: [w('08:00', '20:00')],
  AL: [w('08:00', '20:00', MON_SAT)],
  LA: [w('08:00', '20:00', MON_SAT)],
  MS: [w('08:00', '20:00', MON_SAT)],
  MA: [w('08:00', '20:00')],
  NV: [w('09:00', '20:00')],
  KY: [w('10:00', '21:00')],
  MI: [w('09:00', '21:00')],
  MN: [w('09:00', '21:00')],
  NM: [w('09:00', '21:00')],
  RI: [w('09:00', '18:00', MON_FRI), w('10:00', '17:00', [6])],
};

/** libphonenumber's English place names of the states above ("Washington State", not D.C.). */
const STATE_NAMES: Readonly<Record<string, string>> = {
  Florida: 'FL',
  Oklahoma: 'OK',
  Maryland: 'MD',
  Connecticut: 'CT',
  Texas: 'TX',
  'Washington State': 'WA',
  Alabama: 'AL',
  Louisiana: 'LA',
  Mississippi: 'MS',
  Massachusetts: 'MA',
  Nevada: 'NV',
  Kentucky: 'KY',
  Michigan: 'MI',
  Minnesota: 'MN',
  'New Mexico': 'NM',
  'Rhode Island': 'RI',
};

/**
 * The state of a libphonenumber place: "Florida" → FL, "Miami, FL" → FL, "Ontario" → null
 * (unknown to the table above: the federal hours apply).
 */
export function usStateOfPlace(place: string | null): string | null {
  if (!place) return null;
  const last = place.split(', ').pop() ?? '';
  if (/^[A-Z]{2}$/.test(last)) return last;
  return STATE_NAMES[last] ?? null;
}

/** The legal hours (any of the windows) at a number placed in `place` by libphonenumber. */
export function usMarketingHours(place: string | null): readonly SendingWindow[] {
  const state = usStateOfPlace(place);
  return (state && US_STATE_HOURS[state]) || US_FEDERAL_HOURS;
}
