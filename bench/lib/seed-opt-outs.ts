/**
 * Seeds a suppression scenario straight into a store's file with bulk SQL (seeding only: the
 * measured path is the store's own call). 1,000,000 recipients `+1555nnnnnnn` (n < 1,000,000)
 * against 1,000,000 opt-out rows:
 * - 900,000 rows on contacts 500,000..1,399,999 (half of them recipients), scopes mixed (40% all
 *   marketing, 20% the task's category, 40% two other categories), validity mixed (10% revoked,
 *   10% expired, 5% not started yet, 30% expiring later, 45% until revoked);
 * - 50,000 second rows (origin meta, all marketing) on some of those contacts;
 * - 50,000 rows on other identifiers (`+1666...`) linked to recipients 0, 4, 8, ... through
 *   contact_identities, plus 50,000 more links to identifiers without opt-outs.
 * The database's own triggers (migration 3) fill suppression_keys as these rows go in, as they
 * do for every writer: nothing here builds the store's lookup structure for it.
 */
import Database from 'better-sqlite3';

/** Ids have the store's shape (24 hex characters, src/store/ids.ts), so index keys are as long as real ones. */
export const SEED_TENANT = '019ac4e5f3a20000c4d81f27';
export const TASK_CATEGORY = '019ac4e5f30020c4d81f2701';
const OTHER_CATEGORIES = ['019ac4e5f30020c4d81f2702', '019ac4e5f30020c4d81f2703'] as const;
export const RECIPIENTS = 1_000_000;

export const recipientContact = (i: number): string => `+1555${String(i).padStart(7, '0')}`;

export function seedSuppressionScenario(
  path: string,
  now: number,
): { optOuts: number; identities: number } {
  const db = new Database(path);
  const day = 86_400_000;
  try {
    // Seeding is not what is measured, and a crash just means re-running it.
    db.pragma('synchronous = OFF');
    db.exec('BEGIN');
    const params = {
      tenant: SEED_TENANT,
      now,
      day,
      task: TASK_CATEGORY,
      other1: OTHER_CATEGORIES[0],
      other2: OTHER_CATEGORIES[1],
    };
    db.prepare(
      `WITH RECURSIVE seq(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM seq WHERE k < 899999)
       INSERT INTO opt_outs (id, tenant_id, channel, contact, scope_key, origin, source, starts_at, expires_at,
                             remarks, evidence, created_at, updated_at, revoked_at, revoked_by)
       SELECT printf('019ac4e5f3%04x%010x', 1, k), @tenant, 'whatsapp', printf('+1555%07d', 500000 + k),
              CASE k % 5 WHEN 0 THEN '*' WHEN 1 THEN '*' WHEN 2 THEN @task WHEN 3 THEN @other1 ELSE @other2 END,
              CASE WHEN k % 3 = 0 THEN 'admin' ELSE 'customer' END,
              CASE WHEN k % 3 = 0 THEN 'import' ELSE 'keyword' END,
              CASE WHEN (k / 5) % 20 = 4 THEN @now + 10 * @day ELSE @now - 40 * @day END,
              CASE WHEN (k / 5) % 20 IN (2, 3) THEN @now - @day
                   WHEN (k / 5) % 20 BETWEEN 5 AND 10 THEN @now + 30 * @day ELSE NULL END,
              NULL, printf('{"text":"STOP","intent":"opt_out","certainty":"explicit","language":"en","messageId":"wamid.HBgLMTU1NTAwMDAwMDAVAgASGBQzRUIw%010d","identifiers":["+1555%07d"]}', k, 500000 + k), @now - 40 * @day, @now - 40 * @day,
              CASE WHEN (k / 5) % 20 IN (0, 1) THEN @now - 2 * @day ELSE NULL END,
              CASE WHEN (k / 5) % 20 IN (0, 1) THEN 'customer' ELSE NULL END
       FROM seq`,
    ).run(params);
    db.prepare(
      `WITH RECURSIVE seq(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM seq WHERE k < 49999)
       INSERT INTO opt_outs (id, tenant_id, channel, contact, scope_key, origin, source, starts_at, expires_at,
                             remarks, evidence, created_at, updated_at, revoked_at, revoked_by)
       SELECT printf('019ac4e5f3%04x%010x', 2, k), @tenant, 'whatsapp', printf('+1555%07d', 500000 + 2 * k), '*', 'meta',
              'meta_preference', @now - 5 * @day, NULL, NULL, NULL, @now - 5 * @day, @now - 5 * @day, NULL, NULL
       FROM seq`,
    ).run({ tenant: SEED_TENANT, now, day });
    db.prepare(
      `WITH RECURSIVE seq(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM seq WHERE k < 49999)
       INSERT INTO opt_outs (id, tenant_id, channel, contact, scope_key, origin, source, starts_at, expires_at,
                             remarks, evidence, created_at, updated_at, revoked_at, revoked_by)
       SELECT printf('019ac4e5f3%04x%010x', 3, k), @tenant, 'whatsapp', printf('+1666%07d', k), '*', 'customer',
              'keyword', @now - 3 * @day, NULL, NULL, NULL, @now - 3 * @day, @now - 3 * @day, NULL, NULL
       FROM seq`,
    ).run({ tenant: SEED_TENANT, now, day });
    // Linked groups: recipient 4k ↔ +1666k (which has an opt-out); recipient 200000+k ↔ +1777k (none).
    db.prepare(
      `WITH RECURSIVE seq(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM seq WHERE k < 49999)
       INSERT INTO contact_identities (tenant_id, channel, identifier, group_id, created_at)
       SELECT @tenant, 'whatsapp', printf('+1555%07d', 4 * k), printf('019ac4e5f3%04x%010x', 10, k), @now FROM seq
       UNION ALL SELECT @tenant, 'whatsapp', printf('+1666%07d', k), printf('019ac4e5f3%04x%010x', 10, k), @now FROM seq
       UNION ALL SELECT @tenant, 'whatsapp', printf('+1555%07d', 200000 + k), printf('019ac4e5f3%04x%010x', 11, k), @now FROM seq
       UNION ALL SELECT @tenant, 'whatsapp', printf('+1777%07d', k), printf('019ac4e5f3%04x%010x', 11, k), @now FROM seq`,
    ).run({ tenant: SEED_TENANT, now });
    db.exec('COMMIT');
    const count = (table: string) =>
      (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { optOuts: count('opt_outs'), identities: count('contact_identities') };
  } finally {
    db.close();
  }
}
