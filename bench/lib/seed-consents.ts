/**
 * Seeds the audience benchmark's consents straight into a store's file with bulk SQL (seeding
 * only: the measured path is the store's own call). 600,000 consents on the suppression
 * scenario's recipients (`+1555nnnnnnn`, every 5/3rd number): half for all marketing, half for
 * the task's category, every tenth withdrawn. Migration 12's triggers fill consent_keys as they
 * go in, as they do for every writer.
 */
import Database from 'better-sqlite3';
import { SEED_TENANT, TASK_CATEGORY } from './seed-opt-outs';

export const CONSENTS = 600_000;

/**
 * The recipients (their index, as recipientContact takes it) holding an active consent that
 * covers the task: every seeded consent covers it (all marketing or the task's category) but
 * the withdrawn tenth.
 */
export function consentedRecipients(): number[] {
  const out: number[] = [];
  for (let k = 0; k < CONSENTS; k++) if (k % 10 !== 9) out.push(Math.floor((k * 5) / 3));
  return out;
}

export function seedConsents(path: string, now: number): void {
  const db = new Database(path);
  try {
    db.pragma('synchronous = OFF');
    db.prepare(
      `WITH RECURSIVE seq(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM seq WHERE k < ${CONSENTS - 1})
       INSERT INTO consents (id, tenant_id, channel, contact, scope_key, source, evidence, granted_at,
                             created_at, updated_at, withdrawn_at, withdrawn_by, withdraw_reason)
       SELECT printf('019ac4e5f3%04x%010x', 9, k), @tenant, 'whatsapp', printf('+1555%07d', k * 5 / 3),
              CASE k % 2 WHEN 0 THEN '*' ELSE @task END, 'import', '{"wording":"Yes to offers"}',
              @now, @now, @now,
              CASE WHEN k % 10 = 9 THEN @now ELSE NULL END,
              CASE WHEN k % 10 = 9 THEN 'admin:bench' ELSE NULL END,
              CASE WHEN k % 10 = 9 THEN 'bench' ELSE NULL END
       FROM seq`,
    ).run({ tenant: SEED_TENANT, task: TASK_CATEGORY, now });
  } finally {
    db.close();
  }
}
