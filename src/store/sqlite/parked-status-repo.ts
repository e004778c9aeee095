import type { DeliveryState, DeliveryStore, ParkedStatus } from '../types';
import { ms } from './rows';
import { immediate, type Db } from './sql-helpers';

interface ParkedRow {
  tenant_id: string;
  message_id: string;
  status: string;
  at: number;
  errors: string;
  recipient_id: string | null;
  recipient_user_id: string | null;
}

/** The named parameters of a parked_statuses row (also used by the status batch). */
export const parkedParams = (status: ParkedStatus, now: Date) => ({
  tenantId: status.tenantId,
  messageId: status.messageId,
  status: status.status,
  at: ms(status.at),
  errors: JSON.stringify(status.errors),
  recipientId: status.recipientId,
  recipientUserId: status.recipientUserId,
  parkedAt: ms(now),
});

export const PARK_SQL = `INSERT OR IGNORE INTO parked_statuses
  (tenant_id, message_id, status, at, errors, recipient_id, recipient_user_id, parked_at)
  VALUES (@tenantId, @messageId, @status, @at, @errors, @recipientId, @recipientUserId, @parkedAt)`;

const toParked = (row: ParkedRow): ParkedStatus => ({
  tenantId: row.tenant_id,
  messageId: row.message_id,
  status: row.status as DeliveryState,
  at: new Date(row.at),
  errors: JSON.parse(row.errors) as ParkedStatus['errors'],
  recipientId: row.recipient_id,
  recipientUserId: row.recipient_user_id,
});

/**
 * Statuses that came before their message id was recorded. Taking them is one DELETE ...
 * RETURNING, so two callers (the send that records the id, the webhook that parked the status)
 * never both get one.
 */
export function createParkedStatusRepo(
  db: Db,
): Pick<
  DeliveryStore,
  'parkStatus' | 'takeParkedStatuses' | 'parkedMessageIds' | 'pruneParkedStatuses'
> {
  const park = db.prepare(PARK_SQL);
  const take = db.prepare<[string], ParkedRow>(
    `DELETE FROM parked_statuses
     WHERE message_id IN (SELECT value FROM json_each(?))
       AND EXISTS (SELECT 1 FROM recipients r
                   WHERE r.message_id = parked_statuses.message_id
                     AND r.tenant_id = parked_statuses.tenant_id)
     RETURNING tenant_id, message_id, status, at, errors, recipient_id, recipient_user_id`,
  );
  // Most batches have nothing parked: found by a read, without taking the write lock.
  const any = db.prepare<[string], { found: number }>(
    `SELECT EXISTS (SELECT 1 FROM parked_statuses
                    WHERE message_id IN (SELECT value FROM json_each(?))) AS found`,
  );
  const due = db.prepare<[number, number], { message_id: string }>(
    `SELECT message_id FROM parked_statuses WHERE parked_at < ? ORDER BY parked_at LIMIT ?`,
  );
  const prune = db.prepare<[string, number]>(
    `DELETE FROM parked_statuses
     WHERE message_id IN (SELECT value FROM json_each(?)) AND parked_at < ?`,
  );

  return {
    async parkStatus(status, now) {
      park.run(parkedParams(status, now));
    },

    async takeParkedStatuses(messageIds) {
      if (messageIds.length === 0) return [];
      const ids = JSON.stringify([...new Set(messageIds)]);
      if (any.get(ids)?.found !== 1) return [];
      const rows = immediate(db, () => take.all(ids));
      return rows.map(toParked).sort((a, b) => a.at.getTime() - b.at.getTime());
    },

    async parkedMessageIds(before, limit) {
      return [...new Set(due.all(ms(before), limit).map((row) => row.message_id))];
    },

    async pruneParkedStatuses(messageIds, before) {
      if (messageIds.length === 0) return 0;
      return prune.run(JSON.stringify([...new Set(messageIds)]), ms(before)).changes;
    },
  };
}
