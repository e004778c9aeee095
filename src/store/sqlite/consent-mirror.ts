import { setImmediate as nextTurn } from 'node:timers/promises';
import { LOG_POSITION_SQL } from './consent-changes-schema';
import { ContactKeyTable, MAX_VALUE } from './contact-key-table';
import { ALL_MARKETING } from './rows';
import type { Db } from './sql-helpers';

/**
 * An exact copy, in this process's memory, of one (tenant, channel) space's consent_keys: each
 * contact key (an E.164 number as the JavaScript number of its digits, anything else as its
 * string, as contact-key.ts keys them in SQL) mapped to the set of scope keys of its active
 * consents (an id among the store's few distinct sets: ScopeSets).
 * A `consented` task's check asks it instead of descending consent_keys once per contact: that
 * second, uncached descent made the check cost twice the default one.
 *
 * Exact, not a cache: before it answers a batch, `sync` reads (in the caller's snapshot) the
 * consent_changes log (migration 17) since the last seq it applied, re-reads the current
 * consent_keys rows of every key logged since, and replaces those keys' entries. A write from
 * any process is in the log once committed, so the next check after a withdrawal honours it.
 * A mirror that fell behind a prune of the log, or would have too many changes to apply one by
 * one (a bulk import), is reloaded.
 */

/** A contact key as SQLite hands it back (no declared type: INTEGER or TEXT). */
export type ContactKey = number | string;

export interface ConsentMirror {
  readonly tenantId: string;
  readonly channel: string;
  /** Each contact key's scope set (ScopeSets' id). */
  readonly keys: ContactKeyTable;
  /** The last log seq applied. */
  seq: number;
  /** Dropped (reload pending, over the cap, or idle): not to be used again. */
  dropped: boolean;
  /** When a check last acquired it (the check's clock, ms). */
  usedAt: number;
}

export interface ConsentMirrorOptions {
  /**
   * The most contact keys all of this process's mirrors may hold together. A space that would
   * take the total above it is not mirrored (its checks use AUDIENCE_SQL), and is tried again
   * after RETRY_OVER_CAP_MS.
   */
  maxKeys: number;
  /** Rows read per step of a load, between which the event loop runs. */
  chunkRows?: number;
  /** Logged changes since the mirror's seq above which it is reloaded instead of patched. */
  reloadAbove?: number;
  /**
   * A mirror no check has acquired for this long is dropped (its memory freed; the space's
   * next `consented` check loads it again). Default IDLE_MS.
   */
  idleMs?: number;
}

/** consent_keys rows per step of a load: about 20-40 ms of the event loop each. */
const CHUNK_ROWS = 50_000;
/** Past this many logged changes a reload (chunked, off the check) costs less than the patch. */
const RELOAD_ABOVE = 20_000;
/** A space found too large for the cap is tried again after this long (its size may shrink). */
const RETRY_OVER_CAP_MS = 15 * 60_000;
/**
 * A space's mirror unused this long is dropped. A `consented` task checks its space at least
 * once a second while it sends, so only a space whose tasks have all finished (or a tenant gone
 * quiet) ages out; reloading one costs about a second of a background load per million keys.
 */
export const IDLE_MS = 30 * 60_000;
/** Idle mirrors are looked for at most this often (the check's clock). */
const SWEEP_EVERY_MS = 60_000;

/**
 * The distinct sets of scope keys a contact's consents make (a handful: all marketing, one
 * category, both...), each an id, so a mirror holds one number per contact and a check decides
 * each set once per batch instead of once per contact.
 */
class ScopeSets {
  private readonly sets: string[][] = [];
  private readonly byName = new Map<string, number>();
  /** For each set id + 1 (0: the empty set), the set each added scope makes. */
  private readonly widened: Map<string, number>[] = [];
  private readonly covering = new Map<string, Uint8Array>();

  /** The id of the set `id` (-1: the empty set) with `scope` added. */
  with(id: number, scope: string): number {
    // Per row of a load: a lookup in a small map, no string built.
    let steps = this.widened[id + 1];
    if (!steps) {
      steps = new Map();
      this.widened[id + 1] = steps;
    }
    const known = steps.get(scope);
    if (known !== undefined) return known;
    const set = [...new Set([...(id < 0 ? [] : (this.sets[id] as string[])), scope])].sort();
    const name = JSON.stringify(set);
    let found = this.byName.get(name);
    if (found === undefined) {
      found = this.sets.length;
      this.sets.push(set);
      this.byName.set(name, found);
    }
    steps.set(scope, found);
    return found;
  }

  /** For each set id, 1 if the set holds a consent covering `scopeKey` (all marketing covers all). */
  coveringOf(scopeKey: string): Uint8Array {
    const cached = this.covering.get(scopeKey);
    if (cached && cached.length === this.sets.length) return cached;
    const flags = new Uint8Array(this.sets.length);
    this.sets.forEach((set, id) => {
      if (set.includes(ALL_MARKETING) || set.includes(scopeKey)) flags[id] = 1;
    });
    this.covering.set(scopeKey, flags);
    return flags;
  }
}

const SPACE = `(SELECT id FROM opt_out_spaces WHERE tenant_id = @tenantId AND channel = @channel)`;

/** How many changes the space logged since @seq, counted up to @limit. */
export const PENDING_SQL = `
  SELECT count(*) FROM (
    SELECT 1 FROM consent_changes WHERE space_id = ${SPACE} AND seq > @seq LIMIT @limit
  )`;

/** The keys logged in the space since @seq, each with its consent_keys rows now (NULL: none). */
export const CHANGED_SQL = `
  WITH changed AS (
    SELECT DISTINCT contact_key FROM consent_changes WHERE space_id = ${SPACE} AND seq > @seq
  )
  SELECT changed.contact_key, c.scope_key
  FROM changed LEFT JOIN consent_keys AS c
    ON c.contact_key = changed.contact_key AND c.space_id = ${SPACE}`;

export const FIRST_CHUNK_SQL = `
  SELECT contact_key, space_id, consent_id, scope_key FROM consent_keys
  WHERE space_id = ${SPACE}
  ORDER BY contact_key, space_id, consent_id LIMIT @limit`;

/** The next rows in primary-key order: a cursor that needs no row to still exist. */
export const NEXT_CHUNK_SQL = `
  SELECT contact_key, space_id, consent_id, scope_key FROM consent_keys
  WHERE (contact_key, space_id, consent_id) > (@key, @space, @consent) AND space_id = ${SPACE}
  ORDER BY contact_key, space_id, consent_id LIMIT @limit`;

type ChunkRow = [ContactKey, number, string, string];

export interface ConsentMirrors {
  /**
   * The space's mirror, loaded first if needed (in steps, the event loop running between them);
   * null when the space is not mirrored (over the cap). Call `sync` before trusting it.
   */
  acquire(tenantId: string, channel: string, now: Date): Promise<ConsentMirror | null>;
  /**
   * Brings the mirror up to the caller's snapshot (call it inside a read transaction, with the
   * statements that must agree with it). False: the mirror cannot be patched (it fell behind a
   * prune, or too much changed), so drop it and acquire it again.
   */
  sync(mirror: ConsentMirror): boolean;
  /** Forgets the mirror (the next acquire loads the space again). */
  drop(mirror: ConsentMirror): void;
  /**
   * For each value a mirror's table holds (a scope set), 1 if it covers `scopeKey`: a contact
   * is consented when `covering[mirror.keys.getContact(contact)] === 1`.
   */
  covering(scopeKey: string): Uint8Array;
  /** Keys held by every mirror together (for tests and the benchmark). */
  size(): number;
}

export function createConsentMirrors(reader: Db, opts: ConsentMirrorOptions): ConsentMirrors {
  const chunkRows = opts.chunkRows ?? CHUNK_ROWS;
  const reloadAbove = opts.reloadAbove ?? RELOAD_ABOVE;
  const position = reader.prepare<[], { top: number; pruned: number }>(LOG_POSITION_SQL);
  const pendingCount = reader
    .prepare<[{ seq: number; tenantId: string; channel: string; limit: number }], number>(
      PENDING_SQL,
    )
    .pluck();
  const changed = reader
    .prepare<[{ seq: number; tenantId: string; channel: string }], [ContactKey, string | null]>(
      CHANGED_SQL,
    )
    .raw();
  const first = reader
    .prepare<[{ tenantId: string; channel: string; limit: number }], ChunkRow>(FIRST_CHUNK_SQL)
    .raw();
  const next = reader
    .prepare<
      [
        {
          tenantId: string;
          channel: string;
          limit: number;
          key: ContactKey;
          space: number;
          consent: string;
        },
      ],
      ChunkRow
    >(NEXT_CHUNK_SQL)
    .raw();

  const ready = new Map<string, ConsentMirror>();
  const loading = new Map<string, Promise<ConsentMirror | null>>();
  /** Spaces found over the cap, with when they may be tried again (the check's clock). */
  const overCap = new Map<string, number>();
  let total = 0;
  const scopeSets = new ScopeSets();

  const spaceOf = (tenantId: string, channel: string) => JSON.stringify([tenantId, channel]);

  /**
   * Adds one scope to a key's set; false if the table cannot hold the set's id (more distinct
   * scope sets than it has room for: then the space is checked in SQL).
   */
  function add(keys: ContactKeyTable, key: ContactKey, scope: string): boolean {
    const id = scopeSets.with(keys.get(key), scope);
    if (id > MAX_VALUE) return false;
    keys.set(key, id);
    return true;
  }

  /**
   * Reads the space in primary-key order, a chunk per statement, after noting the log's
   * position: a change made during the load is logged after that position, so the first sync
   * re-reads its key, whichever side of the cursor it fell. Null past the cap.
   */
  async function load(tenantId: string, channel: string): Promise<ConsentMirror | null> {
    const keys = new ContactKeyTable();
    const seq = (position.get() as { top: number }).top;
    const params = { tenantId, channel, limit: chunkRows };
    let rows = first.all(params);
    while (rows.length > 0) {
      for (const [key, , , scope] of rows) if (!add(keys, key, scope)) return null;
      if (total + keys.size > opts.maxKeys) return null;
      if (rows.length < chunkRows) break;
      const [key, space, consent] = rows[rows.length - 1] as ChunkRow;
      await nextTurn();
      rows = next.all({ ...params, key, space, consent });
    }
    return { tenantId, channel, keys, seq, dropped: false, usedAt: 0 };
  }

  const idleMs = opts.idleMs ?? IDLE_MS;
  let sweptAt = -Infinity;

  function drop(mirror: ConsentMirror): void {
    if (mirror.dropped) return;
    mirror.dropped = true;
    const space = spaceOf(mirror.tenantId, mirror.channel);
    if (ready.get(space) === mirror) ready.delete(space);
    total -= mirror.keys.size;
  }

  /** Drops the mirrors no check has acquired for idleMs (at most once per SWEEP_EVERY_MS). */
  function sweep(at: number): void {
    if (at - sweptAt < SWEEP_EVERY_MS) return;
    sweptAt = at;
    for (const mirror of [...ready.values()]) if (at - mirror.usedAt >= idleMs) drop(mirror);
  }

  return {
    async acquire(tenantId, channel, now) {
      if (opts.maxKeys <= 0) return null;
      const at = now.getTime();
      sweep(at);
      const space = spaceOf(tenantId, channel);
      const held = ready.get(space);
      if (held) {
        held.usedAt = Math.max(held.usedAt, at);
        return held;
      }
      const retryAt = overCap.get(space);
      if (retryAt !== undefined && now.getTime() < retryAt) return null;
      let pending = loading.get(space);
      if (!pending) {
        pending = load(tenantId, channel).then(
          (mirror) => {
            loading.delete(space);
            if (mirror === null || total + mirror.keys.size > opts.maxKeys) {
              overCap.set(space, now.getTime() + RETRY_OVER_CAP_MS);
              return null;
            }
            overCap.delete(space);
            total += mirror.keys.size;
            mirror.usedAt = at;
            ready.set(space, mirror);
            return mirror;
          },
          (err: unknown) => {
            loading.delete(space);
            throw err;
          },
        );
        loading.set(space, pending);
      }
      return pending;
    },

    sync(mirror) {
      if (mirror.dropped) return false;
      const at = position.get() as { top: number; pruned: number };
      if (mirror.seq < at.pruned) return false;
      if (at.top === mirror.seq) return true;
      const since = { seq: mirror.seq, tenantId: mirror.tenantId, channel: mirror.channel };
      // Other spaces' changes cost nothing here (the log is read by space); a bulk import into
      // this one is reloaded in steps rather than applied within one check.
      if ((pendingCount.get({ ...since, limit: reloadAbove + 1 }) as number) > reloadAbove)
        return false;
      const { keys } = mirror;
      const before = keys.size;
      const seen = new Set<ContactKey>();
      let held = true;
      for (const [key, scope] of changed.all(since)) {
        if (!seen.has(key)) {
          seen.add(key);
          keys.delete(key);
        }
        if (scope !== null && !add(keys, key, scope)) {
          held = false;
          break;
        }
      }
      // Counted even when giving up half way: drop() takes the mirror's size as it is.
      total += keys.size - before;
      if (!held) return false;
      mirror.seq = at.top;
      return total <= opts.maxKeys;
    },

    drop,

    size() {
      return total;
    },

    covering(scopeKey) {
      return scopeSets.coveringOf(scopeKey);
    },
  };
}
