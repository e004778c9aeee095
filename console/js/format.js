/** Dates shown in the tenant's time zone (its settings), in English. */
let zone = 'UTC';

export function setTimeZone(tz) {
  zone = tz || 'UTC';
}
export const timeZone = () => zone;

const formatters = new Map();
function formatter(key, options) {
  const id = `${zone}|${key}`;
  if (!formatters.has(id))
    formatters.set(id, new Intl.DateTimeFormat('en-GB', { timeZone: zone, ...options }));
  return formatters.get(id);
}

/** "15 Jan 2026, 07:00" in the tenant's zone; an em dash for no date. */
export function fmtDate(iso) {
  if (!iso) return '—';
  return formatter('dt', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

export function fmtTime(iso) {
  if (!iso) return '—';
  return formatter('t', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** The calendar day (YYYY-MM-DD) of an instant in the tenant's zone. */
export function dayOf(iso) {
  const parts = Object.fromEntries(
    formatter('day', { year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** How far the zone is ahead of UTC at an instant, in ms. */
function offsetAt(ms) {
  const parts = Object.fromEntries(
    formatter('off', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, Number(p.value)]),
  );
  const asUtc = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour % 24,
    parts.minute,
    parts.second,
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * A wall-clock time in the tenant's zone ("2026-01-15" or "2026-01-15T09:30") as an ISO instant,
 * for the API's filters and task dates. Checked twice around a DST change.
 */
export function zonedToIso(local) {
  if (!local) return undefined;
  const [date, time = '00:00'] = local.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let guess = wall - offsetAt(wall);
  guess = wall - offsetAt(guess);
  return new Date(guess).toISOString();
}

export function fmtNumber(n) {
  return new Intl.NumberFormat('en').format(n ?? 0);
}

export function plural(n, one, many = `${one}s`) {
  return `${fmtNumber(n)} ${n === 1 ? one : many}`;
}
