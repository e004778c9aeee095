import type { ConversationStore } from '../types';
import { json, ms, msOrNull, toConversation, type ConversationRow } from './rows';
import type { Deferred } from './commit-sync';
import type { Db } from './sql-helpers';

/** Per-contact conversation state (a pending question, the last inbound time, the language). */
export function createConversationRepo(db: Db, deferred: Deferred): ConversationStore {
  const get = db.prepare<[string, string], ConversationRow>(
    'SELECT * FROM conversations WHERE tenant_id = ? AND contact = ?',
  );
  // One upsert; a field left out of the patch (flag 0) keeps its stored value.
  const save = db.prepare(
    `INSERT INTO conversations (tenant_id, contact, pending, last_inbound_at, language, updated_at)
     VALUES (@tenantId, @contact, @pending, @lastInboundAt, @language, @now)
     ON CONFLICT (tenant_id, contact) DO UPDATE SET
       pending = iif(@setPending, excluded.pending, pending),
       last_inbound_at = iif(@setLastInboundAt, excluded.last_inbound_at, last_inbound_at),
       language = iif(@setLanguage, excluded.language, language),
       updated_at = excluded.updated_at`,
  );

  return {
    async getConversation(tenantId, contact) {
      const row = get.get(tenantId, contact);
      return row ? toConversation(row) : null;
    },

    async saveConversation(tenantId, contact, patch, now) {
      deferred(() =>
        save.run({
          tenantId,
          contact,
          pending: json(patch.pending ?? null),
          lastInboundAt: msOrNull(patch.lastInboundAt),
          language: patch.language ?? null,
          now: ms(now),
          setPending: patch.pending === undefined ? 0 : 1,
          setLastInboundAt: patch.lastInboundAt === undefined ? 0 : 1,
          setLanguage: patch.language === undefined ? 0 : 1,
        }),
      );
    },
  };
}
