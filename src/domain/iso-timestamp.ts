/**
 * The one strict reader of the ISO 8601 timestamps the API accepts (JSON bodies, query strings,
 * CSV imports): a date, a time and Z or an offset, every field within its calendar range.
 * JavaScript's Date rolls impossible dates over (2030-02-30 becomes March 2), which would
 * store a date nobody typed; here it is an error that says which field is wrong.
 */

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|([+-])(\d{2}):?(\d{2}))$/i;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export const ISO_TIMESTAMP_HINT =
  'must be an ISO 8601 timestamp with Z or an offset, e.g. 2026-12-31T23:59:59Z';

/** The instant `text` names, or why it names none (a phrase to follow the field's name). */
export function parseIsoTimestamp(
  text: string,
): { ok: true; date: Date } | { ok: false; error: string } {
  const m = ISO.exec(text);
  if (!m) return { ok: false, error: ISO_TIMESTAMP_HINT };
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const wrong = (why: string) => ({ ok: false as const, error: `${ISO_TIMESTAMP_HINT}; ${why}` });
  if (month < 1 || month > 12) return wrong(`month ${m[2]} does not exist (01 to 12)`);
  const last = daysIn(year, month);
  if (day < 1 || day > last) {
    return wrong(
      `${m[1]}-${m[2]}-${m[3]} is not a real date (${MONTHS[month - 1]} ${year} has ${last} days)`,
    );
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return wrong(`${m[4]}:${m[5]}:${m[6] ?? '00'} is not a time of day (00:00:00 to 23:59:59)`);
  }
  if (m[7]?.toUpperCase() !== 'Z' && (Number(m[9]) > 23 || Number(m[10]) > 59)) {
    return wrong(`the offset ${m[7]} does not exist (-23:59 to +23:59)`);
  }
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return { ok: false, error: ISO_TIMESTAMP_HINT };
  return { ok: true, date };
}
