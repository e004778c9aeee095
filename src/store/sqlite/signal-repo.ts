import { newId } from '../../ids';
import type { SignalStore, StoredSignal } from '../types';
import { date, ms, parseRequired } from './rows';
import type { OutboxWriter } from './outbox-writer';
import { immediate, pageBounds, toPage, type Db } from './sql-helpers';

interface SignalRow {
  id: string;
  tenant_id: string;
  waba_id: string;
  type: string;
  subject: string;
  event: string;
  key: string;
  detail: string;
  at: number;
  received_at: number;
}

const toSignal = (row: SignalRow): StoredSignal => ({
  id: row.id,
  tenantId: row.tenant_id,
  wabaId: row.waba_id,
  type: row.type,
  subject: row.subject,
  event: row.event,
  key: row.key,
  detail: parseRequired(row.detail),
  at: date(row.at),
  receivedAt: date(row.received_at),
});

/** Meta's quality signals; the unique (tenant_id, key) index makes recording idempotent. */
export function createSignalRepo(db: Db, outbox: OutboxWriter): SignalStore {
  const insert = db.prepare(
    `INSERT INTO quality_signals (id, tenant_id, waba_id, type, subject, event, key, detail, at, received_at)
     VALUES (@id, @tenant_id, @waba_id, @type, @subject, @event, @key, @detail, @at, @received_at)
     ON CONFLICT (tenant_id, key) DO NOTHING`,
  );
  const latest = db.prepare<[string, string, string], SignalRow>(
    `SELECT * FROM quality_signals WHERE tenant_id = ? AND type = ? AND subject = ?
     ORDER BY at DESC, id DESC LIMIT 1`,
  );
  const first = db.prepare<[string, number], SignalRow>(
    'SELECT * FROM quality_signals WHERE tenant_id = ? ORDER BY id DESC LIMIT ?',
  );
  const after = db.prepare<[string, string, number], SignalRow>(
    'SELECT * FROM quality_signals WHERE tenant_id = ? AND id < ? ORDER BY id DESC LIMIT ?',
  );

  const reached = db.prepare<[string, number], { n: number }>(
    // message_id IS NOT NULL repeats the partial index's filter, so the count reads only that index.
    'SELECT COUNT(DISTINCT contact) AS n FROM recipients WHERE tenant_id = ? AND sent_at >= ? AND message_id IS NOT NULL',
  );

  return {
    async countContactsReachedSince(tenantId, since) {
      return reached.get(tenantId, ms(since))?.n ?? 0;
    },

    async recordSignal(tenantId, signal, now, events) {
      return immediate(db, () => {
        const fresh =
          insert.run({
            id: newId(ms(now)),
            tenant_id: tenantId,
            waba_id: signal.wabaId,
            type: signal.type,
            subject: signal.subject,
            event: signal.event,
            key: signal.key,
            detail: JSON.stringify(signal.detail),
            at: ms(signal.at),
            received_at: ms(now),
          }).changes === 1;
        if (fresh) outbox([tenantId], events, signal, now);
        return fresh;
      });
    },

    async latestSignal(tenantId, type, subject) {
      const row = latest.get(tenantId, type, subject);
      return row ? toSignal(row) : null;
    },

    async listSignals(tenantId, page) {
      const { limit, cursor } = pageBounds(page);
      const rows =
        cursor === null ? first.all(tenantId, limit + 1) : after.all(tenantId, cursor, limit + 1);
      return toPage(rows, limit, toSignal);
    },
  };
}
