import { isId, newId } from '../../src/ids';

describe('newId', () => {
  it('makes distinct 24-hex-digit ids that sort in the order they were made', () => {
    const T = Date.parse('2026-01-15T10:00:00.000Z');
    const ids = [
      ...Array.from({ length: 3000 }, () => newId(T)),
      newId(T + 1),
      ...Array.from({ length: 3000 }, () => newId(T + 2)),
    ];
    expect(ids.every(isId)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('starts with the milliseconds and the sequence within them', () => {
    // Milliseconds no other test used: a millisecond returned to carries on its sequence.
    const T = Date.parse('2026-01-15T11:00:00.000Z');
    const [a, b] = [newId(T - 5), newId(T - 5)];
    const time = (T - 5).toString(16).padStart(12, '0').slice(-10);
    expect(a?.slice(0, 14)).toBe(`${time}0000`);
    expect(b?.slice(0, 14)).toBe(`${time}0001`);
    expect(newId(T).slice(0, 14)).toBe(`${T.toString(16).padStart(12, '0').slice(-10)}0000`);
  });

  it('keeps the order of ids made in one millisecond when ids of another come in between', () => {
    // A test's injected clock stamps tasks and opt-outs while recipients take the real time:
    // the pinned millisecond's next id once restarted its sequence and sorted by its random
    // part, before the earlier one about one time in two.
    const T = Date.parse('2026-01-16T10:00:00.000Z');
    const ids: string[] = [];
    for (let i = 0; i < 200; i++) {
      ids.push(newId(T));
      newId(T + 1 + (i % 3));
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
