import { newId } from '../../ids';
import type { Store, TaskMessageRef } from '../types';
import { toTaskMessageRef, toTaskReply } from './mappers';
import type { Collections } from './models';
import type { RecipientDoc, ReplyDoc } from './documents';
import { beforeCursor, distinct, isDuplicateKey, pageBounds, toPage } from './query-helpers';
import type { Transact } from './transactions';
import { statusUpdatePipeline } from './update-pipelines';

type DeliveryMethods = Pick<
  Store,
  | 'applyStatus'
  | 'findTaskMessage'
  | 'latestTaskMessageTo'
  | 'markOptedOutAfter'
  | 'recordReply'
  | 'listReplies'
>;

/** A message id lookup that names the partial unique index's filter, so the planner uses it. */
const byMessageId = (messageId: string) => ({
  messageId: { $eq: messageId, $type: 'string' as const },
});

/** Delivery statuses, the task message a reply refers to, and replies kept for follow-up. */
export function createDeliveryRepo(cols: Collections, transact: Transact): DeliveryMethods {
  const { recipients, tasks, replies } = cols;

  /** The recipient as a task message, with its task's category (null when the task is gone). */
  async function toRef(doc: RecipientDoc | null): Promise<TaskMessageRef | null> {
    if (!doc || doc.messageId === null) return null;
    const task = await tasks.findOne({ _id: doc.taskId }, { projection: { categoryId: 1 } });
    return task
      ? toTaskMessageRef({ ...doc, messageId: doc.messageId }, task.categoryId ?? null)
      : null;
  }

  return {
    // Meta delivers statuses in any order and more than once: one atomic update that only
    // moves the status forward (see statusUpdatePipeline), then the reference, changed or not.
    async applyStatus(tenantId, update) {
      const doc = await recipients.findOneAndUpdate(
        { ...byMessageId(update.messageId), tenantId },
        statusUpdatePipeline(update),
        { returnDocument: 'after' },
      );
      return toRef(doc ?? (await recipients.findOne(byMessageId(update.messageId))));
    },

    async findTaskMessage(messageId) {
      return toRef(await recipients.findOne(byMessageId(messageId)));
    },

    async latestTaskMessageTo(tenantId, contacts, since) {
      const [doc] = await recipients
        .find({
          tenantId,
          contact: { $in: distinct(contacts) },
          messageId: { $type: 'string' },
          sentAt: { $gte: since },
        })
        .sort({ sentAt: -1, _id: -1 })
        .limit(1)
        .toArray();
      return toRef(doc ?? null);
    },

    async markOptedOutAfter(recipientId, at) {
      await recipients.updateOne(
        { _id: recipientId, optedOutAt: null },
        { $set: { optedOutAt: at } },
      );
    },

    async recordReply(reply) {
      const doc: ReplyDoc = {
        _id: newId(reply.at.getTime()),
        tenantId: reply.tenantId,
        taskId: reply.taskId,
        recipientId: reply.recipientId,
        contact: reply.contact,
        messageId: reply.messageId,
        text: reply.text,
        at: reply.at,
      };
      try {
        // One transaction: the reply and its recipient's lastReply are stored together or not
        // at all (a reply kept without its lastReply would never be set on a retry: the retry
        // finds the reply recorded and stops).
        await transact(async (session) => {
          await replies.insertOne(doc, { session });
          // Replies may be processed out of order: the latest one stays the recipient's lastReply.
          await recipients.updateOne(
            {
              _id: reply.recipientId,
              $or: [{ lastReplyAt: null }, { lastReplyAt: { $lte: reply.at } }],
            },
            { $set: { lastReply: reply.text, lastReplyAt: reply.at } },
            { session },
          );
        });
      } catch (err) {
        if (isDuplicateKey(err)) return false; // this message was recorded already
        throw err;
      }
      return true;
    },

    async listReplies(tenantId, taskId, page) {
      const { limit, cursor } = pageBounds(page);
      const docs = await replies
        .find({ taskId, tenantId, ...beforeCursor(cursor) })
        .sort({ _id: -1 })
        .limit(limit + 1)
        .toArray();
      return toPage(docs, limit, toTaskReply);
    },
  };
}
