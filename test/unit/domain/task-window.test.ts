import { isInsideWindow, localTime, nextWindowStart } from '../../../src/domain/tasks';
import type { SendingWindow } from '../../../src/domain/types';

const w = (start: string, end: string, days: number[] = []): SendingWindow => ({
  start,
  end,
  days,
});
const at = (iso: string) => new Date(iso);

describe('localTime', () => {
  it('reads wall-clock time and ISO weekday in a zone', () => {
    // 2026-01-15 is a Thursday.
    expect(localTime(at('2026-01-15T10:00:00Z'), 'America/Sao_Paulo')).toEqual({
      year: 2026,
      month: 1,
      day: 15,
      hour: 7,
      minute: 0,
      weekday: 4,
    });
    expect(localTime(at('2026-01-15T23:30:00Z'), 'Asia/Tokyo')).toMatchObject({
      day: 16,
      hour: 8,
      minute: 30,
      weekday: 5,
    });
    expect(localTime(at('2026-01-18T00:00:00Z'), 'UTC')).toMatchObject({ hour: 0, weekday: 7 });
  });
});

describe('isInsideWindow', () => {
  it('is always open without a window', () => {
    expect(isInsideWindow(null, 'UTC', at('2026-01-15T03:00:00Z'))).toBe(true);
  });

  it('includes the start and excludes the end, in the tenant time zone', () => {
    const window = w('09:00', '18:00');
    // São Paulo is UTC-3 all year (no DST since 2019).
    expect(isInsideWindow(window, 'America/Sao_Paulo', at('2026-01-15T11:59:00Z'))).toBe(false);
    expect(isInsideWindow(window, 'America/Sao_Paulo', at('2026-01-15T12:00:00Z'))).toBe(true);
    expect(isInsideWindow(window, 'America/Sao_Paulo', at('2026-01-15T20:59:00Z'))).toBe(true);
    expect(isInsideWindow(window, 'America/Sao_Paulo', at('2026-01-15T21:00:00Z'))).toBe(false);
  });

  it('follows Berlin across the spring-forward change of 2026-03-29', () => {
    const window = w('09:00', '10:00');
    // Before: CET (UTC+1), 09:00 local = 08:00Z. After: CEST (UTC+2), 09:00 local = 07:00Z.
    expect(isInsideWindow(window, 'Europe/Berlin', at('2026-03-28T08:00:00Z'))).toBe(true);
    expect(isInsideWindow(window, 'Europe/Berlin', at('2026-03-28T07:30:00Z'))).toBe(false);
    expect(isInsideWindow(window, 'Europe/Berlin', at('2026-03-29T07:00:00Z'))).toBe(true);
    expect(isInsideWindow(window, 'Europe/Berlin', at('2026-03-29T08:00:00Z'))).toBe(false);
  });

  it('follows New York across the change of 2026-03-08', () => {
    const window = w('08:00', '20:00');
    expect(isInsideWindow(window, 'America/New_York', at('2026-03-07T12:30:00Z'))).toBe(false); // 07:30 EST
    expect(isInsideWindow(window, 'America/New_York', at('2026-03-08T12:30:00Z'))).toBe(true); // 08:30 EDT
    expect(isInsideWindow(window, 'America/New_York', at('2026-03-08T23:59:00Z'))).toBe(true); // 19:59 EDT
    expect(isInsideWindow(window, 'America/New_York', at('2026-03-09T00:00:00Z'))).toBe(false); // 20:00 EDT
  });

  it('keeps an overnight window on the day it starts', () => {
    const fridayNight = w('22:00', '02:00', [5]);
    expect(isInsideWindow(fridayNight, 'UTC', at('2026-01-16T22:00:00Z'))).toBe(true); // Fri 22:00
    expect(isInsideWindow(fridayNight, 'UTC', at('2026-01-17T01:59:00Z'))).toBe(true); // Sat 01:59, Friday's window
    expect(isInsideWindow(fridayNight, 'UTC', at('2026-01-17T02:00:00Z'))).toBe(false);
    expect(isInsideWindow(fridayNight, 'UTC', at('2026-01-17T22:30:00Z'))).toBe(false); // Saturday night
    expect(isInsideWindow(fridayNight, 'UTC', at('2026-01-16T01:00:00Z'))).toBe(false); // Thursday's night
  });

  it('applies weekdays in local time, not UTC', () => {
    const weekdays = w('00:00', '23:59', [1, 2, 3, 4, 5]);
    // Sunday 2026-01-18 21:30 in New York is Monday 02:30 UTC.
    expect(isInsideWindow(weekdays, 'America/New_York', at('2026-01-19T02:30:00Z'))).toBe(false);
    expect(isInsideWindow(weekdays, 'UTC', at('2026-01-19T02:30:00Z'))).toBe(true);
  });
});

describe('nextWindowStart', () => {
  it('is now when the window is open', () => {
    const now = at('2026-01-15T12:00:00Z');
    expect(nextWindowStart(w('09:00', '18:00'), 'UTC', now)).toEqual(now);
  });

  it('is today’s start before it and tomorrow’s after it', () => {
    expect(
      nextWindowStart(w('09:00', '18:00'), 'America/Sao_Paulo', at('2026-01-15T10:00:00Z')),
    ).toEqual(at('2026-01-15T12:00:00Z'));
    expect(
      nextWindowStart(w('09:00', '18:00'), 'America/Sao_Paulo', at('2026-01-15T22:00:00Z')),
    ).toEqual(at('2026-01-16T12:00:00Z'));
  });

  it('skips to the next allowed weekday', () => {
    // Thursday evening → Monday 09:00.
    expect(nextWindowStart(w('09:00', '17:00', [1]), 'UTC', at('2026-01-15T20:00:00Z'))).toEqual(
      at('2026-01-19T09:00:00Z'),
    );
  });

  it('lands on the new offset after a DST change', () => {
    expect(
      nextWindowStart(w('09:00', '10:00'), 'Europe/Berlin', at('2026-03-28T12:00:00Z')),
    ).toEqual(at('2026-03-29T07:00:00Z'));
    expect(
      nextWindowStart(w('09:00', '10:00'), 'Europe/Berlin', at('2026-10-24T12:00:00Z')),
    ).toEqual(at('2026-10-25T08:00:00Z'));
  });

  it('moves a start inside the spring-forward gap forward by the gap, and skips a window lost in it', () => {
    // 02:30 does not exist in Berlin on 2026-03-29 (02:00 CET → 03:00 CEST): it is read as 03:30 CEST.
    expect(
      nextWindowStart(w('02:30', '05:00'), 'Europe/Berlin', at('2026-03-28T12:00:00Z')),
    ).toEqual(at('2026-03-29T01:30:00Z'));
    expect(
      nextWindowStart(w('02:30', '02:50'), 'Europe/Berlin', at('2026-03-28T12:00:00Z')),
    ).toEqual(at('2026-03-30T00:30:00Z'));
  });
});
