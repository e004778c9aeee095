/**
 * A table from a contact key (contact-key.ts: an E.164 number as the integer of its digits, any
 * other contact as its string) to a small integer, for the consent mirror's lookup of every
 * contact of every batch. A JavaScript Map keyed by those integers was the mirror's whole cost:
 * numbers above 2^31 are heap numbers, hashed and compared as objects (0.6-0.8 µs a lookup on
 * 540,000 keys). Integer keys live in one Uint32Array, key and value side by side in 8 bytes
 * (one cache line per probe), open addressing with linear probing, at most 60 % full; string
 * keys (BSUIDs and the like, few) in a Map.
 */

/**
 * A slot is two 32-bit words: the key's low 32 bits, then a tag: 0 empty, 1 removed, else
 * (high bits + 1) * 2^14 + value. A key is below 10^15 < 2^50 (15 digits), so its high bits are
 * below 2^18 and the tag fits in 32 bits: 8 bytes a slot, half a Float64Array's key and value
 * side by side, so half the cache and TLB misses per probe.
 */
const EMPTY = 0;
const REMOVED = 1;
const VALUE_BITS = 14;
/** Values are below this (a mirror's scope sets: a handful in practice). */
export const MAX_VALUE = 2 ** VALUE_BITS - 1;
const TWO_32 = 4294967296;
const MAX_LOAD = 0.6;
const MIN_SLOTS = 1024;

/** The integer key of an E.164 contact ('+', 1 to 15 digits, no leading zero), or -1. */
export function integerKeyOf(contact: string): number {
  const length = contact.length;
  if (length < 2 || length > 16 || contact.charCodeAt(0) !== 0x2b) return -1;
  let n = 0;
  for (let i = 1; i < length; i++) {
    const digit = contact.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9 || (i === 1 && digit === 0)) return -1;
    // At most 15 digits: exact in a double (below 2^53).
    n = n * 10 + digit;
  }
  return n;
}

/** Mixes both halves of an integer key into a slot number. */
function slotOf(lo: number, hi: number, mask: number): number {
  let x = Math.imul(lo ^ Math.imul(hi, 0x27d4eb2d), 0x9e3779b1);
  x ^= x >>> 15;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  return x & mask;
}

const hiOf = (key: number): number => Math.floor(key / TWO_32);
// Not `key % TWO_32`: on a double V8 calls fmod for it (a fifth of a lookup's time), where a
// floor, a multiplication and a subtraction are exact below 2^53 and a few instructions.
const loOf = (key: number): number => (key - hiOf(key) * TWO_32) >>> 0;
const tagOf = (hi: number, value: number): number => (hi + 1) * (MAX_VALUE + 1) + value;

export class ContactKeyTable {
  private slots: Uint32Array;
  private mask: number;
  private integers = 0;
  private removed = 0;
  private readonly strings = new Map<string, number>();

  constructor() {
    this.slots = new Uint32Array(MIN_SLOTS * 2);
    this.mask = MIN_SLOTS - 1;
  }

  /** Keys held. */
  get size(): number {
    return this.integers + this.strings.size;
  }

  /** The value of a key as SQLite returns it (INTEGER as a number, TEXT as a string), or -1. */
  get(key: number | string): number {
    return typeof key === 'number' ? this.getInteger(key) : (this.strings.get(key) ?? -1);
  }

  /** The value of a contact's key, or -1: the check's lookup, without building the key. */
  getContact(contact: string): number {
    const key = integerKeyOf(contact);
    return key >= 0 ? this.getInteger(key) : (this.strings.get(contact) ?? -1);
  }

  /**
   * The values of many contacts' keys into `out` (-1: not held), the contacts whose `skip` entry
   * is set left at -1. In three passes: the keys and their first slots; then only the reads of
   * those slots, nothing depending on them, so the processor has many of these cache misses in
   * flight at once (the table is larger than the cache, and a batch's contacts are in random
   * order); then the decisions, from lines now cached.
   */
  getContacts(contacts: readonly string[], skip: readonly unknown[], out: Int32Array): void {
    const { slots, mask } = this;
    const count = contacts.length;
    // Each integer key's two halves, split once.
    const los = new Uint32Array(count);
    const his = new Uint32Array(count);
    // Each contact's first slot's tag word (-1: not an integer key, or skipped).
    const at = new Int32Array(count);
    const first = new Uint32Array(count);
    for (let i = 0; i < count; i++) {
      out[i] = -1;
      at[i] = -1;
      if (skip[i] !== undefined) continue;
      const key = integerKeyOf(contacts[i] as string);
      if (key < 0) {
        out[i] = this.strings.get(contacts[i] as string) ?? -1;
        continue;
      }
      const hi = hiOf(key);
      const lo = (key - hi * TWO_32) >>> 0;
      los[i] = lo;
      his[i] = hi;
      at[i] = 2 * slotOf(lo, hi, mask) + 1;
    }
    // The reads alone: a loop this small keeps dozens of its cache misses in flight at once,
    // where one that also parsed and hashed kept a few (half the lookup's time on 540,000 keys).
    for (let i = 0; i < count; i++) {
      const word = at[i] as number;
      if (word >= 0) first[i] = slots[word] as number;
    }
    for (let i = 0; i < count; i++) {
      const word = at[i] as number;
      if (word < 0) continue;
      const tag = first[i] as number;
      if (tag === EMPTY) continue;
      const lo = los[i] as number;
      const hi = his[i] as number;
      if (slots[word - 1] === lo && tag >>> VALUE_BITS === hi + 1) out[i] = tag & MAX_VALUE;
      else out[i] = this.getInteger(hi * TWO_32 + lo);
    }
  }

  set(key: number | string, value: number): void {
    if (value < 0 || value > MAX_VALUE) throw new RangeError(`table value out of range: ${value}`);
    if (typeof key === 'string') {
      this.strings.set(key, value);
      return;
    }
    const { slots, mask } = this;
    const lo = loOf(key);
    const hi = hiOf(key);
    let i = slotOf(lo, hi, mask);
    let free = -1;
    for (;;) {
      const tag = slots[2 * i + 1] as number;
      if (tag === EMPTY) break;
      if (tag === REMOVED) {
        if (free < 0) free = i;
      } else if (slots[2 * i] === lo && tag >>> VALUE_BITS === hi + 1) {
        slots[2 * i + 1] = tagOf(hi, value);
        return;
      }
      i = (i + 1) & mask;
    }
    if (free >= 0) {
      this.removed -= 1;
      i = free;
    }
    slots[2 * i] = lo;
    slots[2 * i + 1] = tagOf(hi, value);
    this.integers += 1;
    if (this.integers + this.removed > (mask + 1) * MAX_LOAD) this.rehash();
  }

  delete(key: number | string): void {
    if (typeof key === 'string') {
      this.strings.delete(key);
      return;
    }
    const i = this.slotOfKey(key);
    if (i < 0) return;
    this.slots[2 * i + 1] = REMOVED;
    this.integers -= 1;
    this.removed += 1;
  }

  private getInteger(key: number): number {
    const i = this.slotOfKey(key);
    return i < 0 ? -1 : (this.slots[2 * i + 1] as number) & MAX_VALUE;
  }

  /** The slot holding the integer key, or -1: the probe lookups and deletions share. */
  private slotOfKey(key: number): number {
    const { slots, mask } = this;
    const lo = loOf(key);
    const hi = hiOf(key);
    let i = slotOf(lo, hi, mask);
    for (;;) {
      const tag = slots[2 * i + 1] as number;
      if (tag === EMPTY) return -1;
      if (tag !== REMOVED && slots[2 * i] === lo && tag >>> VALUE_BITS === hi + 1) return i;
      i = (i + 1) & mask;
    }
  }

  /** Into a table sized for the keys held (removed slots dropped). */
  private rehash(): void {
    const old = this.slots;
    let count = MIN_SLOTS;
    // Room for a tenth more: a table just past a power of two is not doubled twice.
    while (count * MAX_LOAD <= this.integers * 1.1) count *= 2;
    this.slots = new Uint32Array(count * 2);
    this.mask = count - 1;
    this.integers = 0;
    this.removed = 0;
    for (let i = 0; i < old.length; i += 2) {
      const tag = old[i + 1] as number;
      if (tag === EMPTY || tag === REMOVED) continue;
      const hi = (tag >>> VALUE_BITS) - 1;
      this.set(hi * TWO_32 + (old[i] as number), tag & MAX_VALUE);
    }
  }
}
