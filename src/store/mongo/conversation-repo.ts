import { newId } from '../../ids';
import type { Store } from '../types';
import { toConversation } from './mappers';
import type { Collections } from './models';
import type { ConversationDoc } from './documents';
import { isDuplicateKey, plain } from './query-helpers';

type ConversationMethods = Pick<Store, 'getConversation' | 'saveConversation'>;

/** Per-contact conversation state: one document per (tenant, contact), upserted. */
export function createConversationRepo(cols: Collections): ConversationMethods {
  const { conversations } = cols;

  return {
    async getConversation(tenantId, contact) {
      const doc = await conversations.findOne({ tenantId, contact });
      return doc ? toConversation(doc) : null;
    },

    async saveConversation(tenantId, contact, patch, now) {
      const set: Partial<ConversationDoc> = { updatedAt: now };
      // Stored in JSON form (askedAt as an ISO string), as the SQLite store keeps it.
      if (patch.pending !== undefined) set.pending = plain(patch.pending);
      if (patch.lastInboundAt !== undefined) set.lastInboundAt = patch.lastInboundAt;
      if (patch.language !== undefined) set.language = patch.language;
      // A new document starts with nulls for what the patch leaves out (never set twice: the
      // server refuses one path in both $set and $setOnInsert).
      const onInsert: Partial<ConversationDoc> = { _id: newId(now.getTime()) };
      if (!('pending' in set)) onInsert.pending = null;
      if (!('lastInboundAt' in set)) onInsert.lastInboundAt = null;
      if (!('language' in set)) onInsert.language = null;
      try {
        await conversations.updateOne(
          { tenantId, contact },
          { $set: set, $setOnInsert: onInsert },
          { upsert: true },
        );
      } catch (err) {
        // Two first saves raced on the unique (tenantId, contact) index: the retry updates the winner.
        if (!isDuplicateKey(err)) throw err;
        await conversations.updateOne({ tenantId, contact }, { $set: set });
      }
    },
  };
}
