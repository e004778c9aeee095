import type { WaWebhook } from '../webhook-types';
import type { SignalField } from '../account-signals';

/** A quality signal as the sandbox emits it: the fields Meta's webhook reference documents. */
export type SignalSpec =
  | {
      type: 'template_status';
      event: string;
      templateName: string;
      language: string;
      reason?: string | undefined;
    }
  | { type: 'template_quality'; event: string; templateName: string; language: string }
  | {
      type: 'number_quality';
      event: string;
      displayPhoneNumber: string;
      currentLimit?: string | undefined;
      oldLimit?: string | undefined;
    }
  | { type: 'account'; event: string };

function change(spec: SignalSpec): { field: SignalField; value: Record<string, unknown> } {
  // A stable fake template id per name and language, as Meta's ids are stable.
  const templateId = (name: string, language: string) =>
    Number.parseInt(
      [...`${name}:${language}`].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1e12, 7).toString(),
      10,
    );
  switch (spec.type) {
    case 'template_status':
      return {
        field: 'message_template_status_update',
        value: {
          event: spec.event,
          message_template_id: templateId(spec.templateName, spec.language),
          message_template_name: spec.templateName,
          message_template_language: spec.language,
          reason: spec.reason ?? 'NONE',
        },
      };
    case 'template_quality':
      return {
        field: 'message_template_quality_update',
        value: {
          previous_quality_score: 'UNKNOWN',
          new_quality_score: spec.event,
          message_template_id: templateId(spec.templateName, spec.language),
          message_template_name: spec.templateName,
          message_template_language: spec.language,
        },
      };
    case 'number_quality':
      return {
        field: 'phone_number_quality_update',
        value: {
          display_phone_number: spec.displayPhoneNumber,
          event: spec.event,
          ...(spec.currentLimit ? { current_limit: spec.currentLimit } : {}),
          ...(spec.oldLimit ? { old_limit: spec.oldLimit } : {}),
        },
      };
    case 'account':
      return { field: 'account_update', value: { event: spec.event } };
  }
}

/** The webhook Meta would POST for this signal: entry[].id is the account, time is now. */
export function buildSignalWebhook(spec: SignalSpec, wabaId: string, now: Date): WaWebhook {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: wabaId,
        // entry.time is part of the signal's idempotency key, as with Meta's own deliveries.
        time: Math.floor(now.getTime() / 1000),
        changes: [change(spec)],
      } as WaWebhook['entry'][number],
    ],
  };
}
