import { parseIsoTimestamp } from '../../../src/domain/iso-timestamp';

describe('parseIsoTimestamp', () => {
  it.each([
    ['2030-02-28T00:00:00Z', '2030-02-28T00:00:00.000Z'],
    ['2028-02-29T12:30:00Z', '2028-02-29T12:30:00.000Z'],
    ['2000-02-29T00:00Z', '2000-02-29T00:00:00.000Z'],
    ['2030-04-30T23:59:59.999+02:00', '2030-04-30T21:59:59.999Z'],
    ['2030-12-31T23:59:59-0530', '2031-01-01T05:29:59.000Z'],
  ])('reads %s', (text, iso) => {
    const parsed = parseIsoTimestamp(text);
    expect(parsed.ok && parsed.date.toISOString()).toBe(iso);
  });

  it.each([
    ['2030-02-30T00:00:00Z', /2030-02-30 is not a real date \(February 2030 has 28 days\)/],
    ['2030-02-31T10:00:00Z', /February 2030 has 28 days/],
    ['2029-02-29T00:00:00Z', /February 2029 has 28 days/],
    ['1900-02-29T00:00:00Z', /February 1900 has 28 days/],
    ['2026-11-31T00:00:00Z', /November 2026 has 30 days/],
    ['2026-04-31T00:00:00Z', /April 2026 has 30 days/],
    ['2026-01-00T00:00:00Z', /is not a real date/],
    ['2026-13-01T00:00:00Z', /month 13 does not exist/],
    ['2026-00-01T00:00:00Z', /month 00 does not exist/],
    ['2026-01-01T25:00:00Z', /25:00:00 is not a time of day/],
    ['2026-01-01T24:00:00Z', /24:00:00 is not a time of day/],
    ['2026-01-01T10:60:00Z', /10:60:00 is not a time of day/],
    ['2026-01-01T10:00:60Z', /10:00:60 is not a time of day/],
    ['2026-01-01T10:00:00+24:00', /offset \+24:00 does not exist/],
    ['2026-01-01T10:00:00', /^must be an ISO 8601 timestamp with Z or an offset/],
    ['2026-01-01', /^must be an ISO 8601 timestamp/],
    ['tomorrow', /^must be an ISO 8601 timestamp/],
  ])('refuses %s, saying why', (text, why) => {
    const parsed = parseIsoTimestamp(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(why);
    expect(!parsed.ok && parsed.error).toMatch(
      /^must be an ISO 8601 timestamp with Z or an offset/,
    );
  });
});
