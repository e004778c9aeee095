import {
  activeAt,
  inactiveAt,
  optOutListQuery,
  outranks,
  suppressingScopes,
} from '../../../../src/store/mongo/opt-out-filters';
import { fromScopeKey, toScopeKey } from '../../../../src/store/mongo/mappers';

const now = new Date('2026-01-17T10:00:00.000Z');
const day = (n: number): Date => new Date(Date.UTC(2026, 0, 15 + n, 10));

describe('opt-out scope keys', () => {
  it("stores all marketing as '*' and a category as its id", () => {
    expect(toScopeKey(null)).toBe('*');
    expect(toScopeKey('cat-a')).toBe('cat-a');
    expect(fromScopeKey('*')).toBeNull();
    expect(fromScopeKey('cat-a')).toBe('cat-a');
  });

  it('suppresses a task by its category and by all marketing, or all marketing only', () => {
    expect(suppressingScopes('cat-a')).toEqual(['cat-a', '*']);
    expect(suppressingScopes(null)).toEqual(['*']);
  });
});

describe('active filters', () => {
  it('active: not revoked, started at or before now, expiring after now or never', () => {
    expect(activeAt(now)).toEqual({
      revokedAt: null,
      startsAt: { $lte: now },
      $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }],
    });
  });

  it('inactive: revoked, not yet started, or expired at or before now', () => {
    expect(inactiveAt(now)).toEqual({
      $or: [{ revokedAt: { $ne: null } }, { startsAt: { $gt: now } }, { expiresAt: { $lte: now } }],
    });
  });
});

describe('optOutListQuery', () => {
  it('is the tenant alone without filters', () => {
    expect(optOutListQuery('t1', {}, now, null)).toEqual({ tenantId: 't1' });
  });

  it('ANDs every given filter, keeping the active $or apart from the others', () => {
    const query = optOutListQuery(
      't1',
      {
        channel: 'whatsapp',
        contacts: ['+551', '+551', '551'],
        categoryId: null,
        source: 'keyword',
        origin: 'customer',
        active: true,
        createdFrom: day(0),
        createdTo: day(1),
      },
      now,
      'cursor-id',
    );
    expect(query).toEqual({
      $and: [
        { tenantId: 't1' },
        { channel: 'whatsapp' },
        { contact: { $in: ['+551', '551'] } },
        { scopeKey: '*' },
        { source: 'keyword' },
        { origin: 'customer' },
        activeAt(now),
        { createdAt: { $gte: day(0) } },
        { createdAt: { $lt: day(1) } },
        { _id: { $lt: 'cursor-id' } },
      ],
    });
  });

  it('filters a category by its id and inactive rows by the complement', () => {
    expect(optOutListQuery('t1', { categoryId: 'cat-a', active: false }, now, null)).toEqual({
      $and: [{ tenantId: 't1' }, { scopeKey: 'cat-a' }, inactiveAt(now)],
    });
  });
});

describe('outranks', () => {
  const all = (expiresAt: Date | null, _id = 'b') => ({ _id, scopeKey: '*', expiresAt });
  const cat = (expiresAt: Date | null, _id = 'b') => ({ _id, scopeKey: 'cat-a', expiresAt });

  it('prefers the all-marketing row over a category row, however long', () => {
    expect(outranks(all(day(2)), cat(null))).toBe(true);
    expect(outranks(cat(null), all(day(2)))).toBe(false);
  });

  it('then prefers the longest lasting, null being forever', () => {
    expect(outranks(all(null), all(day(90)))).toBe(true);
    expect(outranks(all(day(90)), all(null))).toBe(false);
    expect(outranks(cat(day(20)), cat(day(10)))).toBe(true);
    expect(outranks(cat(day(10)), cat(day(10)))).toBe(false);
    expect(outranks(all(null), all(null))).toBe(false);
  });

  it('breaks a tie by the lowest id, as the SQLite store does', () => {
    expect(outranks(all(null, 'a'), all(null, 'b'))).toBe(true);
    expect(outranks(all(null, 'b'), all(null, 'a'))).toBe(false);
    expect(outranks(cat(day(10), 'a'), cat(new Date(day(10).getTime()), 'b'))).toBe(true);
    expect(outranks(cat(day(10), 'c'), cat(new Date(day(10).getTime()), 'b'))).toBe(false);
    // The id decides only a tie: a longer row with a higher id still wins.
    expect(outranks(all(day(20), 'z'), all(day(10), 'a'))).toBe(true);
  });
});
