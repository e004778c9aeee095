import { contactOrderKey } from '../../domain/event-order';
import { newId } from '../../ids';
import type { ContactDataStore } from '../types';
import type { OptOutDoc } from './documents';
import { toTaskReply } from './mappers';
import type { Collections } from './models';
import { distinct } from './query-helpers';
import type { Transact } from './transactions';

/**
 * A contact's data rights on MongoDB: the export's reads, and the erasure as one multi-document
 * transaction. Deleted documents are gone from the collections; the storage engine reclaims
 * their space on its own schedule (compact), and oplog entries age out with the oplog window.
 */
export function createContactDataRepo(cols: Collections, transact: Transact): ContactDataStore {
  const { recipients, replies, optOuts, optOutEvents, consents, consentEvents } = cols;

  return {
    async listContactReplies(tenantId, contacts) {
      const docs = await replies
        .find({ tenantId, contact: { $in: distinct(contacts) } })
        .sort({ at: 1, _id: 1 })
        .toArray();
      return docs.map(toTaskReply);
    },

    async listContactInbox(phoneNumberId, numbers) {
      const digits = distinct(numbers.map((n) => n.replace(/^\+/, '')));
      if (digits.length === 0) return [];
      const docs = await cols.inbox
        .find(
          {
            $and: [
              { $or: digits.map((d) => ({ body: { $regex: escapeRegex(d) } })) },
              { body: { $regex: escapeRegex(phoneNumberId) } },
            ],
          },
          { projection: { body: 1 } },
        )
        .sort({ receivedAt: 1, _id: 1 })
        .toArray();
      return docs.map((d) => d.body);
    },

    async findErasedKeys(tenantId, channel, keys) {
      const docs = await optOuts
        .find(
          { tenantId, channel, contact: { $in: distinct(keys) }, source: 'erasure' },
          { projection: { contact: 1 } },
        )
        .toArray();
      return new Set(docs.map((d) => d.contact));
    },

    async eraseContact(input, now) {
      const { tenantId, channel } = input;
      const ids = input.identifiers.map((i) => i.identifier);
      return transact(async (session) => {
        const byContact = { tenantId, channel, contact: { $in: ids } };
        const optOutIds = (
          await optOuts.find(byContact, { session, projection: { _id: 1 } }).toArray()
        ).map((d) => d._id);
        await optOutEvents.deleteMany({ optOutId: { $in: optOutIds } }, { session });
        const optOutsDeleted = (await optOuts.deleteMany(byContact, { session })).deletedCount;
        const consentIds = (
          await consents.find(byContact, { session, projection: { _id: 1 } }).toArray()
        ).map((d) => d._id);
        await consentEvents.deleteMany({ consentId: { $in: consentIds } }, { session });
        const consentsDeleted = (await consents.deleteMany(byContact, { session })).deletedCount;
        const repliesDeleted = (
          await replies.deleteMany({ tenantId, contact: { $in: ids } }, { session })
        ).deletedCount;
        const conversations = (
          await cols.conversations.deleteMany({ tenantId, contact: { $in: ids } }, { session })
        ).deletedCount;
        await cols.identities.deleteMany(
          { tenantId, channel, identifier: { $in: ids } },
          { session },
        );
        const outboundEvents = (
          await cols.outbox.deleteMany(
            {
              tenantId,
              orderKey: {
                $in: input.identifiers.map((i) => contactOrderKey(channel, i.identifier)),
              },
            },
            { session },
          )
        ).deletedCount;
        // A status parked before its send recorded the message id names the customer by wa_id
        // (digits) or user id: it goes too (an unapplied status of an erased contact is moot).
        const named = [...new Set(ids.flatMap((id) => [id, id.replace(/^\+/, '')]))];
        await cols.parkedStatuses.deleteMany(
          {
            tenantId,
            $or: [{ recipientId: { $in: named } }, { recipientUserId: { $in: named } }],
          },
          { session },
        );
        let recipientsChanged = 0;
        let inboxEntries = 0;
        for (const { identifier, key } of input.identifiers) {
          recipientsChanged += (
            await recipients.updateMany(
              { tenantId, contact: identifier },
              { $set: { contact: key, params: null, waId: null, lastReply: null } },
              { session },
            )
          ).modifiedCount;
          const digits = identifier.replace(/^\+/, '');
          if (input.phoneNumberId !== null)
            inboxEntries += (
              await cols.inbox.deleteMany(
                {
                  status: { $ne: 'pending' },
                  $and: [
                    { body: { $regex: escapeRegex(digits) } },
                    { body: { $regex: escapeRegex(input.phoneNumberId) } },
                  ],
                },
                { session },
              )
            ).deletedCount;
          const entry: OptOutDoc = {
            _id: newId(now.getTime()),
            tenantId,
            channel,
            contact: key,
            scopeKey: '*',
            origin: 'admin',
            source: 'erasure',
            startsAt: now,
            expiresAt: null,
            remarks: null,
            evidence: null,
            createdAt: now,
            updatedAt: now,
            revokedAt: null,
            revokedBy: null,
          };
          await optOuts.updateOne(
            { tenantId, channel, contact: key, scopeKey: '*', origin: 'admin' },
            { $setOnInsert: entry },
            { upsert: true, session },
          );
        }
        return {
          optOuts: optOutsDeleted,
          consents: consentsDeleted,
          recipients: recipientsChanged,
          replies: repliesDeleted,
          conversations,
          inboxEntries,
          outboundEvents,
        };
      });
    },
  };
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
