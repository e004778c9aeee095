import { newId } from '../../ids';
import type { SignalStore, StoredSignal } from '../types';
import type { Collections } from './models';
import type { OutboxWriter } from './outbox-writer';
import type { Transact } from './transactions';
import type { SignalDoc } from './documents';
import { beforeCursor, isDuplicateKey, pageBounds, plain, toPage } from './query-helpers';

const toSignal = ({ _id, ...rest }: SignalDoc): StoredSignal => ({ id: _id, ...rest });

/** Meta's quality signals; the unique (tenantId, key) index makes recording idempotent. */
export function createSignalRepo(
  cols: Collections,
  transact: Transact,
  outbox: OutboxWriter,
): SignalStore {
  const { signals, recipients } = cols;

  return {
    async countContactsReachedSince(tenantId, since) {
      const found = await recipients
        .aggregate<{ n: number }>([
          { $match: { tenantId, sentAt: { $gte: since } } },
          { $group: { _id: '$contact' } },
          { $count: 'n' },
        ])
        .toArray();
      return found[0]?.n ?? 0;
    },

    async recordSignal(tenantId, signal, now, events) {
      try {
        // With events: the signal and its outbound events in one transaction (a duplicate key
        // aborts it whole, so a redelivered signal writes no event either).
        await transact(async (session) => {
          await signals.insertOne(
            {
              _id: newId(now.getTime()),
              tenantId,
              wabaId: signal.wabaId,
              type: signal.type,
              subject: signal.subject,
              event: signal.event,
              key: signal.key,
              detail: plain(signal.detail),
              at: signal.at,
              receivedAt: now,
            },
            { session },
          );
          await outbox(session, [tenantId], events, signal, now);
        });
        return true;
      } catch (err) {
        if (isDuplicateKey(err)) return false;
        throw err;
      }
    },

    async latestSignal(tenantId, type, subject) {
      const doc = await signals.findOne({ tenantId, type, subject }, { sort: { at: -1, _id: -1 } });
      return doc ? toSignal(doc) : null;
    },

    async listSignals(tenantId, page) {
      const { limit, cursor } = pageBounds(page);
      const docs = await signals
        .find({ tenantId, ...beforeCursor(cursor) })
        .sort({ _id: -1 })
        .limit(limit + 1)
        .toArray();
      return toPage(docs, limit, toSignal);
    },
  };
}
