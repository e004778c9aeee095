import { ConflictError, ValidationError } from '../../../../src/errors';
import { newId } from '../../../../src/ids';
import {
  beforeCursor,
  chunks,
  conflictAs,
  distinct,
  duplicatesOnly,
  isDuplicateKey,
  pageBounds,
  plain,
  toPage,
} from '../../../../src/store/mongo/query-helpers';

describe('duplicate keys', () => {
  it('recognises E11000 on a single write and on a bulk write made only of duplicates', () => {
    expect(isDuplicateKey({ code: 11000 })).toBe(true);
    expect(isDuplicateKey({ code: 11001 })).toBe(false);
    expect(isDuplicateKey(null)).toBe(false);
    expect(isDuplicateKey({ writeErrors: [{ code: 11000 }, { code: 11000 }] })).toBe(true);
    expect(isDuplicateKey({ writeErrors: [{ code: 11000 }, { code: 121 }] })).toBe(false);
  });

  it('counts the duplicates of an unordered insert, or null when another error is mixed in', () => {
    expect(duplicatesOnly({ writeErrors: [{ code: 11000 }, { code: 11000 }] })).toBe(2);
    expect(duplicatesOnly({ writeErrors: { code: 11000 } })).toBe(1);
    expect(duplicatesOnly({ writeErrors: [{ code: 11000 }, { code: 121 }] })).toBeNull();
    expect(duplicatesOnly({ writeErrors: [] })).toBeNull();
    expect(duplicatesOnly(new Error('network'))).toBeNull();
  });

  it('turns a duplicate into a ConflictError and passes other errors through', async () => {
    await expect(conflictAs('taken', () => Promise.reject({ code: 11000 }))).rejects.toEqual(
      new ConflictError('taken'),
    );
    const other = new Error('timeout');
    await expect(conflictAs('taken', () => Promise.reject(other))).rejects.toBe(other);
    await expect(conflictAs('taken', async () => 42)).resolves.toBe(42);
  });
});

describe('pages', () => {
  it('checks the cursor and floors the limit at 1', () => {
    const id = newId(Date.UTC(2026, 0, 15));
    expect(pageBounds({ limit: 2.7, cursor: id })).toEqual({ limit: 2, cursor: id });
    expect(pageBounds({ limit: 0 })).toEqual({ limit: 1, cursor: null });
    expect(() => pageBounds({ limit: 10, cursor: '../etc' })).toThrow(ValidationError);
  });

  it('pages strictly before the cursor', () => {
    expect(beforeCursor(null)).toEqual({});
    expect(beforeCursor('abc')).toEqual({ _id: { $lt: 'abc' } });
  });

  it('uses the extra document to tell there is a next page', () => {
    const docs = [{ _id: 'c' }, { _id: 'b' }, { _id: 'a' }];
    expect(toPage(docs, 2, (d) => d._id)).toEqual({ items: ['c', 'b'], nextCursor: 'b' });
    expect(toPage(docs, 3, (d) => d._id)).toEqual({ items: ['c', 'b', 'a'], nextCursor: null });
    expect(toPage([], 3, (d: { _id: string }) => d._id)).toEqual({ items: [], nextCursor: null });
  });
});

describe('values', () => {
  it('stores free-form objects in their JSON form, as the SQLite store does', () => {
    const evidence = { text: 'STOP', intent: undefined, at: new Date('2026-01-15T10:00:00.000Z') };
    expect(plain(evidence)).toEqual({ text: 'STOP', at: '2026-01-15T10:00:00.000Z' });
    expect(Object.keys(plain(evidence))).not.toContain('intent');
    expect(plain(null)).toBeNull();
  });

  it('dedupes in first-seen order and splits into bounded chunks', () => {
    expect(distinct(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 1000)).toEqual([]);
  });
});
