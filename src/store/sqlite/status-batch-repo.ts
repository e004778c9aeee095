import type { DeliveryStore, StatusBatchItem, StatusBatchOutcome } from '../types';
import type { Deferred } from './commit-sync';
import { STATUS_SET_SQL, statusParams } from './delivery-repo';
import { PARK_SQL, parkedParams } from './parked-status-repo';
import { ms } from './rows';
import { immediate, type Db } from './sql-helpers';

/**
 * Routine statuses many at a time: one transaction for the batch, each item's idempotency key
 * recorded in it together with the status it guards (so a crash keeps both or neither), and the
 * recipient's reference returned by the update itself (RETURNING), never read again. A status
 * that finds no task message is parked in the same transaction (see parkStatus).
 */
export function createStatusBatchRepo(
  db: Db,
  deferred: Deferred,
): Pick<DeliveryStore, 'applyStatusBatch'> {
  const insertKey = db.prepare(
    'INSERT OR IGNORE INTO idempotency_keys (key, created_at) VALUES (?, ?)',
  );
  const apply = db.prepare<
    [Record<string, unknown>],
    { id: string; task_id: string; contact: string }
  >(
    `${STATUS_SET_SQL} WHERE message_id = @messageId AND tenant_id = @tenantId
     RETURNING id, task_id, contact`,
  );

  const park = db.prepare(PARK_SQL);

  return {
    async applyStatusBatch(items, now) {
      if (items.length === 0) return [];
      const at = ms(now);
      return deferred(() =>
        immediate(db, () =>
          items.map((item): StatusBatchOutcome => {
            if (insertKey.run(item.key, at).changes === 0) return { outcome: 'duplicate' };
            const row = apply.get({ ...statusParams(item.update), tenantId: item.tenantId });
            return row
              ? {
                  outcome: 'applied',
                  recipientId: row.id,
                  taskId: row.task_id,
                  contact: row.contact,
                }
              : parked(item);
          }),
        ),
      );

      function parked(item: StatusBatchItem): StatusBatchOutcome {
        const { update } = item;
        park.run(
          parkedParams(
            {
              tenantId: item.tenantId,
              messageId: update.messageId,
              status: update.status,
              at: update.at,
              errors: [],
              recipientId: item.recipientId ?? null,
              recipientUserId: item.recipientUserId ?? null,
            },
            now,
          ),
        );
        return { outcome: 'unknown_message' };
      }
    },
  };
}
