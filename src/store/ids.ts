import { randomBytes } from 'node:crypto';

let lastMs = 0;
let seq = 0;
// Random bytes drawn 5 KiB at a time: one randomBytes call per id is most of an id's cost.
let pool = randomBytes(5120);
let poolAt = 0;

function random5(): string {
  if (poolAt + 5 > pool.length) {
    pool = randomBytes(5120);
    poolAt = 0;
  }
  poolAt += 5;
  return pool.toString('hex', poolAt - 5, poolAt);
}

/**
 * A 24-character id that sorts by creation time: 10 hex digits of milliseconds, 4 of a
 * per-millisecond sequence, 10 random. Used as the stable order and cursor of every list.
 */
export function newId(nowMs: number = Date.now()): string {
  if (nowMs === lastMs) {
    seq += 1;
  } else {
    lastMs = nowMs;
    seq = 0;
  }
  return (
    nowMs.toString(16).padStart(12, '0').slice(-10) +
    (seq & 0xffff).toString(16).padStart(4, '0') +
    random5()
  );
}

export function isId(value: string): boolean {
  return /^[0-9a-f]{24}$/.test(value);
}
