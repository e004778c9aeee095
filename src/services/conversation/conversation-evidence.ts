import type { ConsentEvidence } from '../../domain/consent';
import type { classifyMessage } from '../../domain/intent';
import type { Evidence } from '../../domain/types';
import type { TaskMessageRef } from '../../store/types';
import type { InboundMessage } from '../../whatsapp/webhook-events';

/** What the message carries as evidence of the customer's will (text, intent, ids). */
export function evidenceOf(
  msg: InboundMessage,
  classification: ReturnType<typeof classifyMessage> | null,
  task: TaskMessageRef | null,
  identifiers: string[],
): Evidence {
  return {
    ...(msg.text ? { text: msg.text.slice(0, 1000) } : {}),
    ...(classification
      ? {
          intent: classification.intent,
          certainty: classification.certainty,
          language: classification.language,
        }
      : {}),
    messageId: msg.messageId,
    ...(task ? { taskId: task.taskId } : {}),
    ...(msg.payload ? { payload: msg.payload } : {}),
    identifiers,
  };
}

/** A customer message as evidence of a consent: what they wrote, its id, its language. */
export function consentEvidence(e: Evidence, lang: string): ConsentEvidence {
  return {
    ...(e.text !== undefined ? { text: e.text } : {}),
    ...(e.messageId !== undefined ? { messageId: e.messageId } : {}),
    ...(e.payload !== undefined ? { detail: `button ${e.payload}` } : {}),
    language: lang,
  };
}
