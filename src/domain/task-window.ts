/**
 * Sending windows in the tenant's time zone. Wall-clock time comes from Intl (the IANA
 * database Node ships), so daylight-saving changes are handled by the same rules the
 * customer's phone uses. Pure: `at` is always passed in.
 */
import type { SendingWindow } from './types';

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** ISO weekday: 1 = Monday .. 7 = Sunday. */
  weekday: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock date and time at `at` in `timeZone`. */
export function localTime(at: Date, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    weekday: WEEKDAYS[parts.weekday ?? ''] ?? 1,
  };
}

/** True for a time zone name Node's IANA database knows ("America/Chicago"; not "CST"-style guesses it rejects). */
export function isIanaZone(name: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(name) && name !== 'UTC') return false;
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** "HH:MM" → minutes since midnight; null when malformed. */
export function parseTimeOfDay(value: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

function minutesOf(value: string): number {
  const minutes = parseTimeOfDay(value);
  if (minutes === null) throw new Error(`invalid time of day "${value}" (expected HH:MM)`);
  return minutes;
}

function dayAllowed(window: SendingWindow, weekday: number): boolean {
  return window.days.length === 0 || window.days.includes(weekday);
}

/**
 * True when `at` falls inside the window (start inclusive, end exclusive) on an allowed day.
 * An overnight window (end before start, e.g. 22:00–02:00) belongs to the day it starts on,
 * so Friday 22:00–02:00 covers Saturday 01:00. start == end means the whole day.
 */
export function isInsideWindow(window: SendingWindow | null, timeZone: string, at: Date): boolean {
  if (!window) return true;
  const local = localTime(at, timeZone);
  const now = local.hour * 60 + local.minute;
  const start = minutesOf(window.start);
  const end = minutesOf(window.end);
  if (start === end) return dayAllowed(window, local.weekday);
  if (start < end) return now >= start && now < end && dayAllowed(window, local.weekday);
  if (now >= start) return dayAllowed(window, local.weekday);
  if (now < end) return dayAllowed(window, local.weekday === 1 ? 7 : local.weekday - 1);
  return false;
}

/**
 * The first instant at or after `at` inside the window, or null when no allowed day comes
 * within a week (an empty `days` list means every day, so that only happens for windows
 * that fall entirely into a daylight-saving gap).
 */
export function nextWindowStart(
  window: SendingWindow | null,
  timeZone: string,
  at: Date,
): Date | null {
  if (isInsideWindow(window, timeZone, at) || !window) return at;
  const start = minutesOf(window.start);
  const today = localTime(at, timeZone);
  for (let offset = 0; offset <= 8; offset++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const weekday = ((date.getUTCDay() + 6) % 7) + 1;
    if (!dayAllowed(window, weekday)) continue;
    const candidate = zonedToInstant(
      date.getUTCFullYear(),
      date.getUTCMonth() + 1,
      date.getUTCDate(),
      start,
      timeZone,
    );
    // A start inside a spring-forward gap is moved forward by the gap (as Temporal's
    // "compatible" does); that is inside the window unless the whole window fell into the gap.
    if (candidate.getTime() > at.getTime() && isInsideWindow(window, timeZone, candidate))
      return candidate;
  }
  return null;
}

/** The UTC instant of a local wall-clock time (two passes settle the offset across a DST change). */
function zonedToInstant(
  year: number,
  month: number,
  day: number,
  minutes: number,
  timeZone: string,
): Date {
  const wall = Date.UTC(year, month - 1, day, 0, minutes);
  let guess = wall - offsetAt(wall, timeZone);
  guess = wall - offsetAt(guess, timeZone);
  return new Date(guess);
}

function offsetAt(instantMs: number, timeZone: string): number {
  const l = localTime(new Date(instantMs), timeZone);
  const asUtc = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute);
  return asUtc - Math.floor(instantMs / 60_000) * 60_000;
}
