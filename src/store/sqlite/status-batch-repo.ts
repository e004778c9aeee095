import type { DeliveryStore, StatusBatchOutcome } from '../types';
import type { Deferred } from './commit-sync';
import { STATUS_SET_SQL, statusParams } from './delivery-repo';
import { ms } from './rows';
import { immediate, type Db } from './sql-helpers';

/**
 * Routine statuses many at a time: one transaction for the batch, each item's idempotency key
 * recorded in it together with the status it guards (so a crash keeps both or neither), and the
 * recipient's reference returned by the update itself (RETURNING), never read again.
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
              : { outcome: 'unknown_message' };
          }),
        ),
      );
    },
  };
}
