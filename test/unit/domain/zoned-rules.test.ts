import { usMarketingHours, usStateOfPlace } from '../../../src/domain/us-marketing-hours';
import type { SendingWindow } from '../../../src/domain/types';
import { nextCommonOpening, windowsRule } from '../../../src/domain/zoned-rules';

const nineToFive: SendingWindow = { start: '09:00', end: '17:00', days: [] };
const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('a window open in several zones at once', () => {
  it('opens when the window is open in every zone', () => {
    // New York 09:00-17:00 and Los Angeles 09:00-17:00 overlap 12:00-17:00 New York time.
    const rules = [
      windowsRule([nineToFive], 'America/New_York'),
      windowsRule([nineToFive], 'America/Los_Angeles'),
    ];
    // 13:00Z on a winter day is 08:00 in New York: both closed; next common = 09:00 LA = 17:00Z.
    expect(iso(nextCommonOpening(rules, new Date('2026-01-15T13:00:00Z')))).toBe(
      '2026-01-15T17:00:00.000Z',
    );
    // 18:00Z is 13:00 NY and 10:00 LA: open now.
    expect(iso(nextCommonOpening(rules, new Date('2026-01-15T18:00:00Z')))).toBe(
      '2026-01-15T18:00:00.000Z',
    );
    // 22:00Z is 17:00 NY (closed) and 14:00 LA: next is tomorrow 09:00 LA.
    expect(iso(nextCommonOpening(rules, new Date('2026-01-15T22:00:00Z')))).toBe(
      '2026-01-16T17:00:00.000Z',
    );
  });

  it('finds none when the zones are too far apart for the windows to overlap', () => {
    // 09:00-17:00 Shanghai is 01:00-09:00Z; New York's is 14:00-22:00Z in winter.
    const rules = [
      windowsRule([nineToFive], 'Asia/Shanghai'),
      windowsRule([nineToFive], 'America/New_York'),
    ];
    expect(nextCommonOpening(rules, new Date('2026-01-15T00:00:00Z'))).toBeNull();
  });

  it('is open in any of a rule’s windows (a weekday with other hours)', () => {
    const texas = windowsRule(usMarketingHours('Texas'), 'America/Chicago');
    // Sunday 2026-01-18 10:00 Chicago (16:00Z): closed until noon on Sundays.
    expect(texas.open(new Date('2026-01-18T16:00:00Z'))).toBe(false);
    expect(iso(texas.next(new Date('2026-01-18T16:00:00Z')))).toBe('2026-01-18T18:00:00.000Z');
    // Saturday 10:00 Chicago: open.
    expect(texas.open(new Date('2026-01-17T16:00:00Z'))).toBe(true);
  });
});

describe('the next opening across daylight-saving changes', () => {
  const eight: SendingWindow = { start: '08:00', end: '21:00', days: [] };

  it('US spring forward: 08:00 New York is 12:00Z after the change, 13:00Z before it', () => {
    const ny = [windowsRule([eight], 'America/New_York')];
    // Saturday 2026-03-07 22:00 EST → Sunday 08:00 EDT (the clocks went forward at 02:00).
    expect(iso(nextCommonOpening(ny, new Date('2026-03-08T03:00:00Z')))).toBe(
      '2026-03-08T12:00:00.000Z',
    );
    expect(iso(nextCommonOpening(ny, new Date('2026-03-07T02:00:00Z')))).toBe(
      '2026-03-07T13:00:00.000Z',
    );
  });

  it('US fall back: 08:00 New York is 13:00Z after the change', () => {
    const ny = [windowsRule([eight], 'America/New_York')];
    expect(iso(nextCommonOpening(ny, new Date('2026-11-01T03:00:00Z')))).toBe(
      '2026-11-01T13:00:00.000Z',
    );
  });

  it('Brazil has no DST and Sydney moves the other way (April)', () => {
    const sydney = [windowsRule([eight], 'Australia/Sydney')];
    // Sydney leaves DST on 2026-04-05 at 03:00 local: 08:00 AEST = 22:00Z the day before.
    expect(iso(nextCommonOpening(sydney, new Date('2026-04-04T12:00:00Z')))).toBe(
      '2026-04-04T22:00:00.000Z',
    );
    const saoPaulo = [windowsRule([eight], 'America/Sao_Paulo')];
    expect(iso(nextCommonOpening(saoPaulo, new Date('2026-01-15T01:00:00Z')))).toBe(
      '2026-01-15T11:00:00.000Z',
    );
  });
});

describe('the us_marketing preset', () => {
  it('names the state of libphonenumber’s place', () => {
    expect(usStateOfPlace('Florida')).toBe('FL');
    expect(usStateOfPlace('Miami, FL')).toBe('FL');
    expect(usStateOfPlace('Washington State')).toBe('WA');
    expect(usStateOfPlace('Washington D.C.')).toBeNull();
    expect(usStateOfPlace(null)).toBeNull();
  });

  it('has the federal 8:00-21:00 by default and the stricter states’ hours', () => {
    expect(usMarketingHours('New York, NY')).toEqual([{ start: '08:00', end: '21:00', days: [] }]);
    expect(usMarketingHours('Florida')).toEqual([{ start: '08:00', end: '20:00', days: [] }]);
    expect(usMarketingHours('Oklahoma')).toEqual([{ start: '08:00', end: '20:00', days: [] }]);
    expect(usMarketingHours('Connecticut')).toEqual([{ start: '09:00', end: '20:00', days: [] }]);
    expect(usMarketingHours(null)).toEqual([{ start: '08:00', end: '21:00', days: [] }]);
  });
});
