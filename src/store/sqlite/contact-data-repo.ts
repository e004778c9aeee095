import { contactOrderKey } from '../../domain/event-order';
import { newId } from '../../ids';
import type { ContactDataStore } from '../types';
import { ALL_MARKETING, ms } from './rows';
import { distinct, immediate, type Db } from './sql-helpers';
import { toTaskReply, type TaskReplyRow } from './task-rows';

/** Attempts (50 ms apart) at a complete WAL truncation before erasure reports it could not. */
const TRUNCATE_ATTEMPTS = 100;

/** Checkpoints the whole WAL into the file and truncates it to zero bytes. */
async function truncateWal(db: Db): Promise<void> {
  // A `:memory:` database has no WAL (journal_mode "memory"): nothing to truncate.
  if (db.pragma('journal_mode', { simple: true }) !== 'wal') return;
  for (let attempt = 0; attempt < TRUNCATE_ATTEMPTS; attempt++) {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number }[];
    if (result && result.busy === 0 && result.log === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(
    'Erasure: the WAL could not be truncated (a reader kept it busy for 5 s); the data is deleted but old pages may remain in the WAL until the next checkpoint. Retry the erasure.',
  );
}

const ERASE_CONSENT_CHANGES_SQL = `
  UPDATE consent_changes_pruned
  SET through = max(through, coalesce((SELECT max(seq) FROM consent_changes), 0)) WHERE id = 1;
  DELETE FROM consent_changes;`;

/**
 * A contact's data rights on SQLite: the export's reads, and the erasure. Erasure is rare and
 * thorough: one IMMEDIATE transaction, then VACUUM and a WAL truncation, so the number is gone
 * from the database file and its WAL, not just unreachable.
 */
export function createContactDataRepo(db: Db): ContactDataStore {
  const repliesOf = db.prepare<[string, string], TaskReplyRow>(
    `SELECT * FROM task_replies WHERE tenant_id = ? AND contact IN (SELECT value FROM json_each(?))
     ORDER BY at, id`,
  );
  const erasedOf = db.prepare<[string, string, string], string>(
    `SELECT contact FROM opt_outs WHERE tenant_id = ? AND channel = ? AND source = 'erasure'
       AND contact IN (SELECT value FROM json_each(?))`,
  );
  erasedOf.pluck();
  const inboxNaming = db.prepare<[string, string], string>(
    `SELECT body FROM inbox WHERE instr(body, ?) > 0 AND instr(body, ?) > 0
     ORDER BY received_at, id`,
  );
  inboxNaming.pluck();

  return {
    async listContactReplies(tenantId, contacts) {
      return repliesOf.all(tenantId, JSON.stringify(distinct(contacts))).map(toTaskReply);
    },

    async listContactInbox(phoneNumberId, numbers) {
      const bodies = new Set<string>();
      for (const number of distinct(numbers.map((n) => n.replace(/^\+/, ''))))
        for (const body of inboxNaming.all(number, phoneNumberId)) bodies.add(body);
      return [...bodies];
    },

    async findErasedKeys(tenantId, channel, keys) {
      return new Set(erasedOf.all(tenantId, channel, JSON.stringify(distinct(keys))));
    },

    async eraseContact(input, now) {
      const at = ms(now);
      const { tenantId, channel } = input;
      const ids = JSON.stringify(input.identifiers.map((i) => i.identifier));
      const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params).changes;
      const summary = immediate(db, () => {
        const optOutIds = `SELECT id FROM opt_outs WHERE tenant_id = ? AND channel = ? AND contact IN (SELECT value FROM json_each(?))`;
        run(
          `DELETE FROM opt_out_events WHERE opt_out_id IN (${optOutIds})`,
          tenantId,
          channel,
          ids,
        );
        const optOuts = run(
          'DELETE FROM opt_outs WHERE tenant_id = ? AND channel = ? AND contact IN (SELECT value FROM json_each(?))',
          tenantId,
          channel,
          ids,
        );
        const consentIds = `SELECT id FROM consents WHERE tenant_id = ? AND channel = ? AND contact IN (SELECT value FROM json_each(?))`;
        run(
          `DELETE FROM consent_events WHERE consent_id IN (${consentIds})`,
          tenantId,
          channel,
          ids,
        );
        const consents = run(
          'DELETE FROM consents WHERE tenant_id = ? AND channel = ? AND contact IN (SELECT value FROM json_each(?))',
          tenantId,
          channel,
          ids,
        );
        const replies = run(
          'DELETE FROM task_replies WHERE tenant_id = ? AND contact IN (SELECT value FROM json_each(?))',
          tenantId,
          ids,
        );
        const conversations = run(
          'DELETE FROM conversations WHERE tenant_id = ? AND contact IN (SELECT value FROM json_each(?))',
          tenantId,
          ids,
        );
        run(
          'DELETE FROM contact_identities WHERE tenant_id = ? AND channel = ? AND identifier IN (SELECT value FROM json_each(?))',
          tenantId,
          channel,
          ids,
        );
        const outboundEvents = run(
          'DELETE FROM outbox WHERE tenant_id = ? AND order_key IN (SELECT value FROM json_each(?))',
          tenantId,
          JSON.stringify(input.identifiers.map((i) => contactOrderKey(channel, i.identifier))),
        );
        // A status parked before its send recorded the message id names the customer by wa_id
        // (digits) or user id: it goes too (an unapplied status of an erased contact is moot).
        const named = JSON.stringify(
          distinct(
            input.identifiers.flatMap((i) => [i.identifier, i.identifier.replace(/^\+/, '')]),
          ),
        );
        run(
          `DELETE FROM parked_statuses WHERE tenant_id = ?
             AND (recipient_id IN (SELECT value FROM json_each(?))
               OR recipient_user_id IN (SELECT value FROM json_each(?)))`,
          tenantId,
          named,
          named,
        );
        let recipients = 0;
        let inboxEntries = 0;
        for (const { identifier, key } of input.identifiers) {
          recipients += run(
            `UPDATE recipients SET contact = ?, params = NULL, wa_id = NULL, last_reply = NULL
             WHERE tenant_id = ? AND contact = ?`,
            key,
            tenantId,
            identifier,
          );
          // Stored webhook bodies name the number as digits (wa_id, from), with or without "+".
          const digits = identifier.replace(/^\+/, '');
          if (input.phoneNumberId !== null)
            inboxEntries += run(
              "DELETE FROM inbox WHERE instr(body, ?) > 0 AND instr(body, ?) > 0 AND status <> 'pending'",
              digits,
              input.phoneNumberId,
            );
          db.prepare(
            `INSERT INTO opt_outs (id, tenant_id, channel, contact, scope_key, origin, source, starts_at,
               expires_at, remarks, evidence, created_at, updated_at, revoked_at, revoked_by)
             VALUES (?, ?, ?, ?, '${ALL_MARKETING}', 'admin', 'erasure', ?, NULL, NULL, NULL, ?, ?, NULL, NULL)
             ON CONFLICT DO NOTHING`,
          ).run(newId(at), tenantId, channel, key, at, at, at);
        }
        // The consent change log (migration 17) names the contact's keys (its consents' rows
        // just went): emptied, and recorded as pruned up to its end, so every process's consent
        // mirror reloads at its next check instead of reading the keys from the log.
        db.exec(ERASE_CONSENT_CHANGES_SQL);
        return {
          optOuts,
          consents,
          recipients,
          replies,
          conversations,
          inboxEntries,
          outboundEvents,
        };
      });
      // The deleted rows' pages still hold the data until the file is rewritten, and the WAL
      // keeps the old pages until it is truncated: rewrite, then truncate (retried while the
      // checkpointer thread or a reader holds the WAL).
      await truncateWal(db);
      db.exec('VACUUM');
      await truncateWal(db);
      return summary;
    },
  };
}
