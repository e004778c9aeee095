/** How tasks, recipients and replies look on the wire (tenant ids and claim internals left out). */
import type { Recipient, Task, TaskReply } from '../../domain/types';
import type { RecipientStats } from '../../store/types';
import { toJson } from '../serialize';

export function taskView(task: Task, stats?: RecipientStats) {
  return toJson({
    id: task.id,
    name: task.name,
    type: task.type,
    channel: task.channel,
    categoryId: task.categoryId,
    template: {
      ...task.template,
      preferenceLinkButtonIndex: task.template.preferenceLinkButtonIndex ?? null,
    },
    startAt: task.startAt,
    endAt: task.endAt,
    policy: { ...task.policy, audience: task.policy.audience ?? 'not_opted_out' },
    followUp: task.followUp,
    status: task.status,
    reason: task.reason,
    createdAt: task.createdAt,
    updatedAt: task.updatedAt,
    publishedAt: task.publishedAt,
    completedAt: task.completedAt,
    ...(stats ? { stats } : {}),
  });
}

export function recipientView(r: Recipient) {
  return toJson({
    id: r.id,
    contact: r.contact,
    params: r.params,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.nextAttemptAt,
    messageId: r.messageId,
    waId: r.waId,
    errorCode: r.errorCode,
    errorTitle: r.errorTitle,
    suppressedBy: r.suppressedBy,
    sentAt: r.sentAt,
    deliveredAt: r.deliveredAt,
    readAt: r.readAt,
    failedAt: r.failedAt,
    optedOutAt: r.optedOutAt,
    lastReply: r.lastReply,
    lastReplyAt: r.lastReplyAt,
  });
}

export function replyView(reply: TaskReply) {
  const { tenantId: _tenantId, ...rest } = reply;
  return toJson(rest);
}
