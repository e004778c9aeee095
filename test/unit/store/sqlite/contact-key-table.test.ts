/**
 * The consent mirror's key table against a Map, through inserts, overwrites, deletes (removed
 * slots reused and dropped on growth) and every kind of key, and its contact lookup against
 * contact-key.ts's keying.
 */
import { isIntegerKeyed } from '../../../../src/store/sqlite/contact-key';
import {
  ContactKeyTable,
  integerKeyOf,
  MAX_VALUE,
} from '../../../../src/store/sqlite/contact-key-table';

describe('ContactKeyTable', () => {
  it('holds what a Map holds, whatever is set, overwritten and deleted', () => {
    const table = new ContactKeyTable();
    const reference = new Map<number | string, number>();
    let state = 7;
    const next = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    // Numbers near 2^32 and 2^53's edge, small ones, strings: collisions and both key kinds.
    const keyAt = (i: number): number | string =>
      i % 7 === 0 ? `BR.${i}` : [1, 4294967296, 999999999999999][i % 3]! + i * 4294967296;
    for (let step = 0; step < 60_000; step++) {
      const key = keyAt(next(5_000));
      if (next(3) === 0) {
        table.delete(key);
        reference.delete(key);
      } else {
        const value = next(100);
        table.set(key, value);
        reference.set(key, value);
      }
      if (step % 5_000 === 0) expect(table.size).toBe(reference.size);
    }
    expect(table.size).toBe(reference.size);
    for (let i = 0; i < 5_000; i++) expect(table.get(keyAt(i))).toBe(reference.get(keyAt(i)) ?? -1);
    expect(reference.size).toBeGreaterThan(1_000);
  });

  it('looks a contact up by the key contact-key.ts gives it', () => {
    const table = new ContactKeyTable();
    table.set(5511900000001, 3);
    table.set('5511900000001', 4);
    table.set('BR.1', 5);
    table.set(999999999999999, 6);
    expect(table.getContact('+5511900000001')).toBe(3);
    expect(table.getContact('5511900000001')).toBe(4);
    expect(table.getContact('BR.1')).toBe(5);
    expect(table.getContact('+999999999999999')).toBe(6);
    expect(table.getContact('+05511900000001')).toBe(-1);
    expect(table.getContact('+5511900000002')).toBe(-1);
    for (const contact of [
      '+1',
      '+0',
      '+1234567890123456',
      '+12a',
      '+',
      '',
      '1555',
      '+999999999999999',
    ])
      expect(integerKeyOf(contact) >= 0).toBe(isIntegerKeyed(contact));
    expect(integerKeyOf('+999999999999999')).toBe(999999999999999);
    // Its values: 0 to MAX_VALUE, the largest key included; beyond, refused.
    table.set(999999999999999, MAX_VALUE);
    expect(table.get(999999999999999)).toBe(MAX_VALUE);
    expect(() => table.set(1, MAX_VALUE + 1)).toThrow(RangeError);
    expect(table.get(1)).toBe(-1);
  });
});
