/**
 * Not part of `npm run bench`: the measurements behind the audience rule's design, kept so they
 * can be repeated (`npx tsx bench/audience-designs.ts`, about three minutes alone). On the
 * `audience` benchmark's file (1,000,000 recipients in list order, 1,000,000 opt-outs, 600,000
 * consents), each candidate check statement runs single-threaded over every batch of 500, the
 * candidates taking turns pass by pass; the figure is each one's CPU time per pass (steadier
 * than wall time on a shared machine), median of PASSES, and its ratio to the default check.
 *
 * - `default`: SUPPRESSION_SQL, a `not_opted_out` task's check (one descent per contact).
 * - `consented`: AUDIENCE_SQL as shipped (a second descent, of consent_keys, per contact
 *   without an opt-out).
 * - `merged_tree`: one descent per contact of a table holding both the opt-outs' and the
 *   consents' rows (a copy of suppression_keys plus consent_keys), read only by a `consented`
 *   task; the default check keeps its own tree. Its price is paid by every opt-out write (a
 *   third B-tree to maintain), measured below.
 * - `stamped_N`: the consent state stamped in each recipient beforehand (as a task's audience
 *   would be prepared), the batch check being the default one plus, in the same statement (one
 *   snapshot), the batch's contacts whose consent rows changed since the stamp, read from a
 *   change log that triggers on consent_keys append to (with their consent now): N changes
 *   made since the stamp through the store's own tables. Checked exact against `consented`.
 * - `stamped_probed_N`: the same, the changes found by one descent per contact of the change
 *   log's contact index (its cost follows the log's size, not the changes since the stamp).
 * - The stamping itself, per 1,000,000 recipients, in list order and in number order.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MAX_BATCH } from '../src/services/dispatch/dispatch-task';
import { AUDIENCE_SQL } from '../src/store/sqlite/audience-query';
import { createSqliteStore } from '../src/store/sqlite';
import {
  checkParams,
  HIT_ROW,
  SUPPRESSION_HIT,
  SUPPRESSION_SQL,
} from '../src/store/sqlite/suppression-query';
import { tempDir } from './lib/db';
import { emit, progress, round, runMain } from './lib/report';
import { seedConsents } from './lib/seed-consents';
import {
  RECIPIENTS,
  recipientContact,
  SEED_TENANT,
  seedSuppressionScenario,
  TASK_CATEGORY,
} from './lib/seed-opt-outs';
import { LIST_ORDER_SEED, shuffled } from './lib/shuffle';

const PASSES = 5;
/** The store's suppression reader's pragmas (open-sqlite-store.ts). */
const READER_PRAGMAS = [
  'query_only = ON',
  `mmap_size = ${1024 * 1024 * 1024}`,
  'cache_size = -8192',
];
/** Consent changes made after the first stamp: the stamped check reads 0, 100 or all of them. */
const CHANGES = [100, 10_000] as const;

/** Whether json_each's contact `j` holds an active consent covering @scopeKey. */
const CONSENT_OF = `EXISTS (SELECT 1 FROM consent_keys AS c WHERE c.contact_key = j.value
  AND c.space_id = (SELECT id FROM opt_out_spaces WHERE tenant_id = @tenantId AND channel = @channel)
  AND c.scope_key IN ('*', @scopeKey))`;

/** A batch's stamp: '1' or '0' per contact. */
const STAMP_SQL = `SELECT group_concat(${CONSENT_OF}, '') FROM json_each(@keys) AS j`;

// The stamped prototypes' own change log takes the place of migration 17's (same name, its own
// index by contact): the shipped log and its triggers are dropped first, on this scratch file.
const PROTOTYPE_SCHEMA = `
  DROP TRIGGER consent_keys_log_insert;
  DROP TRIGGER consent_keys_log_delete;
  DROP TRIGGER consent_keys_log_update;
  DROP TABLE consent_changes;
  CREATE TABLE consent_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    space_id INTEGER NOT NULL,
    contact_key NOT NULL
  );
  CREATE INDEX consent_changes_key ON consent_changes (contact_key, space_id, seq);
  CREATE TRIGGER consent_keys_change_insert AFTER INSERT ON consent_keys
  BEGIN INSERT INTO consent_changes (space_id, contact_key) VALUES (NEW.space_id, NEW.contact_key); END;
  CREATE TRIGGER consent_keys_change_delete AFTER DELETE ON consent_keys
  BEGIN INSERT INTO consent_changes (space_id, contact_key) VALUES (OLD.space_id, OLD.contact_key); END;
  CREATE TABLE audience_keys (
    contact_key NOT NULL,
    space_id INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    id TEXT NOT NULL,
    scope_key TEXT NOT NULL,
    starts_at INTEGER,
    expires_at INTEGER,
    PRIMARY KEY (contact_key, space_id, kind, id)
  ) WITHOUT ROWID;
  INSERT INTO audience_keys
  SELECT contact_key, space_id, 0, opt_out_id, scope_key, starts_at, expires_at FROM suppression_keys
  UNION ALL SELECT contact_key, space_id, 1, consent_id, scope_key, NULL, NULL FROM consent_keys
  ORDER BY 1, 2, 3, 4;
`;

/** What keeping audience_keys in step would add to every opt-out write. */
const MIRROR_TRIGGERS = `
  CREATE TRIGGER audience_mirror_insert AFTER INSERT ON suppression_keys BEGIN
    INSERT OR REPLACE INTO audience_keys VALUES (NEW.contact_key, NEW.space_id, 0, NEW.opt_out_id,
      NEW.scope_key, NEW.starts_at, NEW.expires_at);
  END;
  CREATE TRIGGER audience_mirror_delete AFTER DELETE ON suppression_keys BEGIN
    DELETE FROM audience_keys WHERE contact_key = OLD.contact_key AND space_id = OLD.space_id
      AND kind = 0 AND id = OLD.opt_out_id;
  END;
`;

const MERGED_SQL = `
  SELECT json_group_array(json_array(j.key, a.kind, a.id))
  FROM json_each(@keys) AS j CROSS JOIN audience_keys AS a
  WHERE a.contact_key = j.value
    AND a.space_id = (SELECT id FROM opt_out_spaces WHERE tenant_id = @tenantId AND channel = @channel)
    AND a.scope_key IN ('*', @scopeKey)
    AND (a.kind = 1 OR (a.starts_at <= @now AND (a.expires_at IS NULL OR a.expires_at > @now)))`;

/**
 * The default check's hits, and the batch's contacts whose consent rows changed since @since
 * with their consent now ([index, 0|1]); the IN list is built once per statement.
 */
const STAMPED_SQL = `SELECT json_array(
  (SELECT json_group_array(${HIT_ROW}) FROM json_each(@keys) AS j CROSS JOIN suppression_keys AS s
   WHERE ${SUPPRESSION_HIT}),
  (SELECT json_group_array(json_array(j.key, ${CONSENT_OF})) FROM json_each(@keys) AS j
   WHERE j.value IN (SELECT x.contact_key FROM consent_changes AS x WHERE x.seq > @since
     AND x.space_id = (SELECT id FROM opt_out_spaces WHERE tenant_id = @tenantId AND channel = @channel))))`;

/**
 * STAMPED_SQL with the changes found per contact (one descent of the change log's contact index
 * each) instead of by reading the log's range since the stamp: its cost follows the log's size,
 * not the number of changes since the stamp.
 */
const PROBED_SQL = `SELECT json_array(
  (SELECT json_group_array(${HIT_ROW}) FROM json_each(@keys) AS j CROSS JOIN suppression_keys AS s
   WHERE ${SUPPRESSION_HIT}),
  (SELECT json_group_array(json_array(j.key, ${CONSENT_OF})) FROM json_each(@keys) AS j
   WHERE EXISTS (SELECT 1 FROM consent_changes AS x WHERE x.contact_key = j.value
     AND x.space_id = (SELECT id FROM opt_out_spaces WHERE tenant_id = @tenantId AND channel = @channel)
     AND x.seq > @since)))`;

type Answer = { suppressed: Set<number>; consented: Set<number> };

function decodeAudience(text: string): Answer {
  const rows = JSON.parse(text) as (number | [number])[];
  const out: Answer = { suppressed: new Set(), consented: new Set() };
  for (const row of rows)
    if (typeof row === 'number') out.consented.add(row);
    else out.suppressed.add(row[0]);
  return out;
}

function decodeStamped(text: string, stamp: string): Answer {
  const [hits, changed] = JSON.parse(text) as [[number][], [number, 0 | 1][]];
  const out: Answer = { suppressed: new Set(hits.map((h) => h[0])), consented: new Set() };
  const now = new Map(changed.map(([i, c]) => [i, c]));
  for (let i = 0; i < stamp.length; i++)
    if (!out.suppressed.has(i) && (now.get(i) ?? Number(stamp[i])) === 1) out.consented.add(i);
  return out;
}

/**
 * Whether two candidates send to the same contacts (`consented`: consented and not suppressed,
 * in every candidate). Who is counted suppressed is not compared: the shipped AUDIENCE_SQL now
 * reads consent first (only consented contacts' opt-outs are read), the earlier designs
 * measured here read every contact's.
 */
function sameAnswer(a: Answer, b: Answer): boolean {
  const same = (x: Set<number>, y: Set<number>) =>
    x.size === y.size && [...x].every((v) => y.has(v));
  return same(a.consented, b.consented);
}

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** Consent changes through the store's own tables: withdrawals and new grants, alternately. */
function changeConsents(path: string, from: number, count: number, now: number): void {
  const db = new Database(path);
  try {
    db.prepare(
      `WITH RECURSIVE seq(k) AS (SELECT ${from} UNION ALL SELECT k + 1 FROM seq WHERE k < ${from + count / 2 - 1})
       UPDATE consents SET withdrawn_at = @now, withdrawn_by = 'admin:bench', withdraw_reason = 'bench'
       WHERE id IN (SELECT printf('019ac4e5f3%04x%010x', 9, (k * 7919) % 600000) FROM seq)`,
    ).run({ now });
    db.prepare(
      `WITH RECURSIVE seq(k) AS (SELECT ${from} UNION ALL SELECT k + 1 FROM seq WHERE k < ${from + count / 2 - 1})
       INSERT OR IGNORE INTO consents (id, tenant_id, channel, contact, scope_key, source, evidence,
         granted_at, created_at, updated_at)
       SELECT printf('019ac4e5f3%04x%010x', 12, k), @tenant, 'whatsapp',
         printf('+1555%07d', (k * 104729) % 1000000), '*', 'api', NULL, @now, @now, @now
       FROM seq`,
    ).run({ tenant: SEED_TENANT, now });
  } finally {
    db.close();
  }
}

/** CPU seconds to write `count` opt-outs in transactions of 100, on contacts no one else uses. */
function optOutWrites(db: Database.Database, from: number, count: number): number {
  const insert = db.prepare(
    `INSERT INTO opt_outs (id, tenant_id, channel, contact, scope_key, origin, source, starts_at,
       expires_at, remarks, evidence, created_at, updated_at)
     VALUES (?, ?, 'whatsapp', ?, '*', 'customer', 'keyword', 1, NULL, NULL, '{"text":"STOP"}', 1, 1)`,
  );
  const chunk = db.transaction((first: number) => {
    for (let k = first; k < first + 100; k++)
      insert.run(
        `019ac4e5f3ffff${String(k).padStart(10, '0')}`,
        SEED_TENANT,
        `+1888${String((k * 7919) % 10_000_000).padStart(7, '0')}`,
      );
  });
  const cpu = process.cpuUsage();
  for (let k = from; k < from + count; k += 100) chunk(k);
  return cpuSeconds(cpu);
}

export async function audienceDesigns(): Promise<void> {
  const tmp = tempDir('audience-designs');
  try {
    const path = join(tmp.dir, 'stopline.db');
    const now = Date.now();
    const store = createSqliteStore({ path });
    await store.init();
    await store.close();
    progress('audience designs: seeding 1,000,000 opt-outs and 600,000 consents');
    seedSuppressionScenario(path, now);
    seedConsents(path, now);
    const writer = new Database(path);
    writer.exec(PROTOTYPE_SCHEMA);

    const order = shuffled(RECIPIENTS, LIST_ORDER_SEED);
    const batches: string[][] = [];
    const byNumber: string[][] = [];
    for (let i = 0; i < RECIPIENTS; i += MAX_BATCH) {
      batches.push(order.slice(i, i + MAX_BATCH).map(recipientContact));
      byNumber.push(Array.from({ length: MAX_BATCH }, (_, j) => recipientContact(i + j)));
    }
    const params = checkParams(SEED_TENANT, 'whatsapp', TASK_CATEGORY, new Date(now));
    const reader = new Database(path, { fileMustExist: true });
    for (const pragma of READER_PRAGMAS) reader.pragma(pragma);
    const prepare = (sql: string) => reader.prepare<[Record<string, unknown>], string>(sql).pluck();
    const stampOf = prepare(STAMP_SQL);
    const lastSeq = () =>
      (
        writer.prepare('SELECT coalesce(max(seq), 0) AS s FROM consent_changes').get() as {
          s: number;
        }
      ).s;

    // Stamps at three points: CHANGES[1], CHANGES[0] and no changes before the end.
    const stamps: { since: number; flags: string[] }[] = [];
    const stampAll = () => ({
      since: lastSeq(),
      flags: batches.map((b) => stampOf.get(params(b)) as string),
    });
    stamps.push(stampAll());
    changeConsents(path, 0, CHANGES[1] - CHANGES[0], now);
    stamps.push(stampAll());
    changeConsents(path, CHANGES[1] - CHANGES[0], CHANGES[0], now);
    stamps.push(stampAll());
    const [allChanges, fewChanges, noChanges] = stamps as [
      (typeof stamps)[0],
      (typeof stamps)[0],
      (typeof stamps)[0],
    ];

    // The stamping, as a task's preparation would run it.
    const listCpu: number[] = [];
    const numberCpu: number[] = [];
    for (let pass = 0; pass < 3; pass++) {
      let cpu = process.cpuUsage();
      for (const b of batches) stampOf.get(params(b));
      listCpu.push(cpuSeconds(cpu));
      cpu = process.cpuUsage();
      for (const b of byNumber) stampOf.get(params(b));
      numberCpu.push(cpuSeconds(cpu));
    }

    const plain = prepare(SUPPRESSION_SQL);
    const audience = prepare(AUDIENCE_SQL);
    const merged = prepare(MERGED_SQL);
    const stamped = prepare(STAMPED_SQL);
    const probed = prepare(PROBED_SQL);
    const probedRun = (s: typeof noChanges) => (b: string[], i: number) =>
      decodeStamped(probed.get({ ...params(b), since: s.since }) as string, s.flags[i] as string);
    // Each candidate answers as the store would use it: parsed, the stamped ones merged with
    // their stamp (what the store would do in JavaScript after the statement).
    const stampedRun = (s: typeof noChanges) => (b: string[], i: number) =>
      decodeStamped(stamped.get({ ...params(b), since: s.since }) as string, s.flags[i] as string);
    const candidates: [string, (b: string[], i: number) => unknown][] = [
      ['default', (b) => JSON.parse(plain.get(params(b)) as string)],
      ['consented', (b) => decodeAudience(audience.get(params(b)) as string)],
      ['merged_tree', (b) => JSON.parse(merged.get(params(b)) as string)],
      ['stamped_0', stampedRun(noChanges)],
      [`stamped_${CHANGES[0]}`, stampedRun(fewChanges)],
      [`stamped_${CHANGES[1]}`, stampedRun(allChanges)],
      ['stamped_probed_0', probedRun(noChanges)],
      [`stamped_probed_${CHANGES[0]}`, probedRun(fewChanges)],
      [`stamped_probed_${CHANGES[1]}`, probedRun(allChanges)],
    ];

    // Warm-up pass of each, checking the stamped answers against AUDIENCE_SQL's.
    for (const [name, run] of candidates)
      batches.forEach((b, i) => {
        const answer = run(b, i);
        if (!name.startsWith('stamped_')) return;
        if (!sameAnswer(answer as Answer, decodeAudience(audience.get(params(b)) as string)))
          throw new Error(`audience designs: ${name} disagrees with AUDIENCE_SQL on batch ${i}`);
      });
    const cpu = new Map<string, number[]>(candidates.map(([name]) => [name, []]));
    for (let pass = 0; pass < PASSES; pass++)
      for (let k = 0; k < candidates.length; k++) {
        const [name, run] = candidates[(k + pass) % candidates.length] as (typeof candidates)[0];
        const since = process.cpuUsage();
        batches.forEach((b, i) => run(b, i));
        cpu.get(name)?.push(cpuSeconds(since));
      }
    const base = median(cpu.get('default') ?? []);
    for (const [name, passes] of cpu) {
      progress(
        `audience designs: ${name} CPU ${passes.map((p) => round(p, 2)).join(' / ')} s per 1M`,
      );
      emit({
        name: `audience_design_${name}_cpu_s_per_1m`,
        value: round(median(passes), 3),
        unit: 's',
        baseline: round(base, 3),
        ratio: round(base / median(passes), 2),
        target: 'info',
      });
    }
    emit({
      name: 'audience_design_stamp_cpu_s_per_1m_list_order',
      value: round(median(listCpu), 3),
      unit: 's',
      target: 'info',
    });
    emit({
      name: 'audience_design_stamp_cpu_s_per_1m_number_order',
      value: round(median(numberCpu), 3),
      unit: 's',
      target: 'info',
    });

    // The merged tree's price: opt-out writes with and without the mirror, taking turns.
    const without: number[] = [];
    const mirrored: number[] = [];
    for (let pass = 0; pass < 2; pass++) {
      without.push(optOutWrites(writer, 100_000 * (2 * pass), 20_000));
      writer.exec(MIRROR_TRIGGERS);
      mirrored.push(optOutWrites(writer, 100_000 * (2 * pass + 1), 20_000));
      writer.exec('DROP TRIGGER audience_mirror_insert; DROP TRIGGER audience_mirror_delete;');
    }
    emit({
      name: 'audience_design_merged_tree_optout_write_cpu_s_per_20k',
      value: round(median(mirrored), 3),
      unit: 's',
      baseline: round(median(without), 3),
      ratio: round(median(mirrored) / median(without), 2),
      target: 'info',
    });
    reader.close();
    writer.close();
  } finally {
    tmp.cleanup();
  }
}

runMain(module, audienceDesigns);
