import { decideUpsert, laterExpiry } from '../../../../src/store/mongo/upsert-decision';

const T0 = new Date('2026-01-15T10:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const at = (ms: number): Date => new Date(T0.getTime() + ms);

describe('laterExpiry', () => {
  it('treats null as forever and otherwise picks the later date', () => {
    expect(laterExpiry(null, at(DAY))).toBeNull();
    expect(laterExpiry(at(DAY), null)).toBeNull();
    expect(laterExpiry(at(DAY), at(2 * DAY))).toEqual(at(2 * DAY));
    expect(laterExpiry(at(3 * DAY), at(2 * DAY))).toEqual(at(3 * DAY));
  });
});

describe('decideUpsert', () => {
  const active = { startsAt: T0, expiresAt: at(30 * DAY), revokedAt: null };
  const now = at(DAY);

  it('extends an active row to a later expiry, keeping its start', () => {
    expect(decideUpsert(active, { startsAt: now, expiresAt: at(40 * DAY) }, now)).toEqual({
      outcome: 'extended',
      startsAt: T0,
      expiresAt: at(40 * DAY),
    });
    expect(decideUpsert(active, { startsAt: now, expiresAt: null }, now)).toEqual({
      outcome: 'extended',
      startsAt: T0,
      expiresAt: null,
    });
  });

  it('never shortens an active row: an earlier or equal expiry is unchanged', () => {
    expect(decideUpsert(active, { startsAt: now, expiresAt: at(10 * DAY) }, now)).toEqual({
      outcome: 'unchanged',
    });
    // Equal instants in different Date objects are the same expiry.
    expect(decideUpsert(active, { startsAt: now, expiresAt: at(30 * DAY) }, now)).toEqual({
      outcome: 'unchanged',
    });
    const forever = { ...active, expiresAt: null };
    expect(decideUpsert(forever, { startsAt: now, expiresAt: at(900 * DAY) }, now)).toEqual({
      outcome: 'unchanged',
    });
    expect(decideUpsert(forever, { startsAt: now, expiresAt: null }, now)).toEqual({
      outcome: 'unchanged',
    });
  });

  it('renews a revoked, expired or not yet started row with the new validity, even a shorter one', () => {
    const input = { startsAt: now, expiresAt: at(5 * DAY) };
    const renewed = { outcome: 'renewed', startsAt: now, expiresAt: at(5 * DAY) };
    expect(decideUpsert({ ...active, revokedAt: T0 }, input, now)).toEqual(renewed);
    // The expiry instant itself is already outside the validity.
    expect(decideUpsert({ ...active, expiresAt: now }, input, now)).toEqual(renewed);
    expect(decideUpsert({ ...active, startsAt: at(2 * DAY) }, input, now)).toEqual(renewed);
  });

  it('counts the start instant as inside the validity', () => {
    expect(
      decideUpsert({ ...active, startsAt: now }, { startsAt: now, expiresAt: null }, now).outcome,
    ).toBe('extended');
  });
});
