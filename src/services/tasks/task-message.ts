import type { Recipient, Task } from '../../domain/types';
import { templateMessage } from '../../whatsapp/messages';
import type { TemplateMessage } from '../../whatsapp/types';

/** The quick-reply payload of a task's opt-out button; the conversation service acts on it. */
export function optOutPayload(taskId: string): string {
  return `optout:${taskId}`;
}

/** Ties a status webhook back to the task and recipient even when the message id is unknown. */
export function taskCallbackData(taskId: string, recipientId: string): string {
  return `task:${taskId}:recipient:${recipientId}`;
}

/**
 * The one builder of a task's template message: the dispatcher sends it and the preview shows
 * it, so what an admin previews is byte for byte what Meta receives. Throws a ValidationError
 * when the recipient's parameters are not a body Meta accepts.
 */
export function buildTaskMessage(
  task: Task,
  recipient: Pick<Recipient, 'id' | 'contact' | 'params'>,
): TemplateMessage {
  const index = task.template.optOutButtonIndex;
  return templateMessage(recipient.contact, {
    name: task.template.name,
    language: task.template.language,
    bodyParams: recipient.params,
    ...(index !== null ? { quickReplyPayloads: [{ index, payload: optOutPayload(task.id) }] } : {}),
    bizOpaque: taskCallbackData(task.id, recipient.id),
  });
}
