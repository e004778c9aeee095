import type { WaStatus, WaWebhook } from '../webhook-types';
import { SANDBOX_DISPLAY_NUMBER, SANDBOX_WABA_ID } from './build-inbound-webhook';

/** What Meta reports about one message we sent. */
export interface StatusWebhookSpec {
  phoneNumberId: string;
  wabaId?: string;
  displayPhoneNumber?: string;
  /** The wamid the send was answered with. */
  messageId: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  timestamp: Date;
  /** The recipient's wa_id (digits), or their BSUID when Meta knows them only by that. */
  recipientId?: string;
  recipientUserId?: string;
  /** With `failed`: Meta's error code and title (e.g. 131026 "Message undeliverable"). */
  error?: { code: number; title: string };
}

/**
 * A status webhook body shaped like Meta's (see test/fixtures/webhooks/status-*.json): one
 * status per delivery, `pricing` on sent and delivered, the error object on failed. Pure.
 */
export function buildStatusWebhook(spec: StatusWebhookSpec): WaWebhook {
  const status: WaStatus = {
    id: spec.messageId,
    status: spec.status,
    timestamp: String(Math.floor(spec.timestamp.getTime() / 1000)),
    ...(spec.recipientId !== undefined ? { recipient_id: spec.recipientId } : {}),
    ...(spec.recipientUserId !== undefined ? { recipient_user_id: spec.recipientUserId } : {}),
    ...(spec.status === 'sent' || spec.status === 'delivered'
      ? {
          pricing: {
            billable: true,
            pricing_model: 'PMP' as const,
            type: 'regular',
            category: 'marketing',
          },
        }
      : {}),
    ...(spec.status === 'failed' && spec.error
      ? {
          errors: [
            {
              code: spec.error.code,
              title: spec.error.title,
              message: spec.error.title,
              error_data: { details: spec.error.title },
              href: '/documentation/business-messaging/whatsapp/support/error-codes',
            },
          ],
        }
      : {}),
  };
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: spec.wabaId ?? SANDBOX_WABA_ID,
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: {
                display_phone_number: spec.displayPhoneNumber ?? SANDBOX_DISPLAY_NUMBER,
                phone_number_id: spec.phoneNumberId,
              },
              statuses: [status],
            },
          },
        ],
      },
    ],
  };
}
