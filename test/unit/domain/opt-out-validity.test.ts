import {
  DAY_MS,
  expiryAfterDays,
  expiryFor,
  isOptOutActive,
} from '../../../src/domain/opt-out-validity';

const at = new Date('2026-01-15T10:30:00.000Z');

describe('expiryFor', () => {
  it('adds whole 24-hour days to the opt-out time (a timestamp, not a date)', () => {
    expect(expiryFor(at, { kind: 'days', days: 7 }, null)?.toISOString()).toBe(
      '2026-01-22T10:30:00.000Z',
    );
  });

  it('uses the default days when no validity is given, null meaning until revoked', () => {
    expect(expiryFor(at, { kind: 'default' }, 30)?.toISOString()).toBe('2026-02-14T10:30:00.000Z');
    expect(expiryFor(at, { kind: 'default' }, null)).toBeNull();
  });

  it('takes an explicit expiry as given', () => {
    const until = new Date('2027-01-01T00:00:00Z');
    expect(expiryFor(at, { kind: 'until', expiresAt: until }, 30)).toBe(until);
    expect(expiryFor(at, { kind: 'until', expiresAt: null }, 30)).toBeNull();
  });

  it('expiryAfterDays(null) is until revoked', () => {
    expect(expiryAfterDays(at, null)).toBeNull();
    expect(expiryAfterDays(at, 1)?.getTime()).toBe(at.getTime() + DAY_MS);
  });
});

describe('isOptOutActive', () => {
  const base = { startsAt: at, expiresAt: new Date(at.getTime() + DAY_MS), revokedAt: null };

  it('is active from the start up to (not including) the expiry', () => {
    expect(isOptOutActive(base, at)).toBe(true);
    expect(isOptOutActive(base, new Date(at.getTime() + DAY_MS - 1))).toBe(true);
    expect(isOptOutActive(base, new Date(at.getTime() + DAY_MS))).toBe(false);
    expect(isOptOutActive(base, new Date(at.getTime() - 1))).toBe(false);
  });

  it('never expires without an expiry, and is inactive once revoked', () => {
    expect(isOptOutActive({ ...base, expiresAt: null }, new Date('2100-01-01'))).toBe(true);
    expect(isOptOutActive({ ...base, revokedAt: at }, at)).toBe(false);
  });
});
