import { randomBytes } from 'node:crypto';

let lastMs = -1;
let seq = 0;
// The last sequence used in recently left milliseconds: ids stamped with an injected clock's time
// interleave with ids stamped with the real time (recipients), and a millisecond returned to must
// carry on its sequence, or its next id would sort by its random part (before an earlier one
// about half the time).
const seqOfLeft = new Map<number, number>();
const LEFT_KEPT = 256;
// The time part of ids made in the same millisecond, kept: imports make thousands per millisecond.
let timeHex = '';
// Random bytes drawn 5 KiB at a time, as hex: one randomBytes call per id is most of an id's cost.
let poolHex = randomBytes(5120).toString('hex');
let poolAt = 0;

function random5(): string {
  if (poolAt + 10 > poolHex.length) {
    poolHex = randomBytes(5120).toString('hex');
    poolAt = 0;
  }
  poolAt += 10;
  return poolHex.slice(poolAt - 10, poolAt);
}

/**
 * The smallest id newId makes at `nowMs`: every id made earlier sorts before it, every id made
 * then or later sorts at or after it (a range bound on an id index, e.g. the inbox's retention).
 */
export function idFloor(nowMs: number): string {
  return `${timePartOf(nowMs)}${'0'.repeat(14)}`;
}

/** An id's leading time part: 10 hex digits of milliseconds. */
function timePartOf(nowMs: number): string {
  return nowMs.toString(16).padStart(12, '0').slice(-10);
}

/**
 * A 24-character id that sorts by creation time: 10 hex digits of milliseconds, 4 of a
 * per-millisecond sequence, 10 random. Used as the stable order and cursor of every list.
 */
export function newId(nowMs: number = Date.now()): string {
  if (nowMs === lastMs) {
    seq += 1;
  } else {
    if (lastMs >= 0) {
      seqOfLeft.delete(lastMs);
      seqOfLeft.set(lastMs, seq);
      if (seqOfLeft.size > LEFT_KEPT) seqOfLeft.delete(seqOfLeft.keys().next().value as number);
    }
    const before = seqOfLeft.get(nowMs);
    lastMs = nowMs;
    seq = before === undefined ? 0 : before + 1;
    timeHex = timePartOf(nowMs);
  }
  return timeHex + (seq & 0xffff).toString(16).padStart(4, '0') + random5();
}

export function isId(value: string): boolean {
  return /^[0-9a-f]{24}$/.test(value);
}
