import type { WebhookEvent } from '../../whatsapp/webhook-events';

/**
 * The idempotency key of a webhook event (message id, status id + status, preference contact +
 * value + time), so Meta's duplicates and our own re-processing change nothing twice. Errors
 * have none: logging one twice is harmless.
 */
export function inboxEventKey(tenantId: string, event: WebhookEvent): string | null {
  switch (event.kind) {
    case 'message':
      return `in:${tenantId}:${event.messageId}`;
    case 'status':
      return `st:${tenantId}:${event.messageId}:${event.status}`;
    case 'preference':
      return `pref:${tenantId}:${event.waId ?? event.userId}:${event.value}:${event.timestamp.getTime()}`;
    case 'error':
    case 'signal':
      // A quality signal is idempotent by its own store key (see the signal handler).
      return null;
  }
}
