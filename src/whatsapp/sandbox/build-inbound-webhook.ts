import { ValidationError } from '../../errors';
import type { WaContact, WaInboundMessage, WaWebhook } from '../webhook-types';

/** What a simulated customer did: one message (text, button tap, interactive reply) or a preference. */
export interface InboundWebhookSpec {
  phoneNumberId: string;
  wabaId?: string;
  /** Digits, as Meta shows the business number. */
  displayPhoneNumber?: string;
  /** The customer's wa_id (digits) or +E.164; may be left out when `userId` is given. */
  from?: string;
  /** The customer's BSUID, e.g. "US.13491208655302741918". */
  userId?: string;
  profileName?: string;
  timestamp: Date;
  /** The wamid of the inbound message (not used for a preference). */
  messageId?: string;
  text?: string;
  /** Template quick-reply tap; payload and label default to each other, as in Meta's example. */
  buttonPayload?: string;
  buttonText?: string;
  /** Interactive button_reply; id and title default to each other. */
  interactiveId?: string;
  interactiveTitle?: string;
  /** The wamid of our message being answered. */
  contextId?: string;
  /** Meta's own marketing switch (field user_preferences). */
  preference?: 'stop' | 'resume' | 'signup';
}

export const SANDBOX_WABA_ID = '100000000000001';
export const SANDBOX_DISPLAY_NUMBER = '15550000001';

function kindOf(spec: InboundWebhookSpec): 'text' | 'button' | 'interactive' | 'preference' {
  const kinds = [
    spec.text !== undefined && 'text',
    (spec.buttonPayload !== undefined || spec.buttonText !== undefined) && 'button',
    (spec.interactiveId !== undefined || spec.interactiveTitle !== undefined) && 'interactive',
    spec.preference !== undefined && 'preference',
  ].filter((k): k is 'text' | 'button' | 'interactive' | 'preference' => k !== false);
  if (kinds.length !== 1 || kinds[0] === undefined) {
    throw new ValidationError(
      `Give exactly one of text, buttonPayload/buttonText, interactiveId/interactiveTitle or preference (got ${kinds.length === 0 ? 'none' : kinds.join(', ')}).`,
    );
  }
  return kinds[0];
}

function inboundMessage(
  spec: InboundWebhookSpec,
  kind: 'text' | 'button' | 'interactive',
  from: string | undefined,
): WaInboundMessage {
  if (!spec.messageId) throw new ValidationError('An inbound message needs a messageId (a wamid).');
  const head = {
    ...(spec.contextId
      ? { context: { from: spec.displayPhoneNumber ?? SANDBOX_DISPLAY_NUMBER, id: spec.contextId } }
      : {}),
    ...(from !== undefined ? { from } : {}),
    ...(spec.userId !== undefined ? { from_user_id: spec.userId } : {}),
    id: spec.messageId,
    timestamp: String(Math.floor(spec.timestamp.getTime() / 1000)),
  };
  if (kind === 'text') return { ...head, type: 'text', text: { body: spec.text ?? '' } };
  if (kind === 'button') {
    const payload = spec.buttonPayload ?? spec.buttonText ?? '';
    return { ...head, type: 'button', button: { payload, text: spec.buttonText ?? payload } };
  }
  const id = spec.interactiveId ?? spec.interactiveTitle ?? '';
  return {
    ...head,
    type: 'interactive',
    interactive: { type: 'button_reply', button_reply: { id, title: spec.interactiveTitle ?? id } },
  };
}

/**
 * A webhook body shaped like the ones Meta posts (envelope, metadata, contacts, then messages
 * or user_preferences), for the sandbox and for tests. Pure: ids and time come from the spec.
 */
export function buildInboundWebhook(spec: InboundWebhookSpec): WaWebhook {
  const kind = kindOf(spec);
  const from = spec.from?.replace(/^\+/, '');
  if (from === undefined && spec.userId === undefined) {
    throw new ValidationError(
      'An inbound webhook needs the customer: from (wa_id or +E.164) or userId (BSUID).',
    );
  }
  const contact: WaContact = {
    ...(kind !== 'preference' || spec.profileName
      ? { profile: { name: spec.profileName ?? 'Sandbox Customer' } }
      : {}),
    ...(from !== undefined ? { wa_id: from } : {}),
    ...(spec.userId !== undefined ? { user_id: spec.userId } : {}),
  };
  const metadata = {
    display_phone_number: spec.displayPhoneNumber ?? SANDBOX_DISPLAY_NUMBER,
    phone_number_id: spec.phoneNumberId,
  };
  const change =
    kind === 'preference'
      ? {
          value: {
            messaging_product: 'whatsapp' as const,
            metadata,
            contacts: [contact],
            user_preferences: [
              {
                ...(from !== undefined ? { wa_id: from } : {}),
                ...(spec.userId !== undefined ? { user_id: spec.userId } : {}),
                detail: `User requested to ${spec.preference} marketing messages`,
                category: 'marketing_messages',
                value: spec.preference ?? 'stop',
                timestamp: Math.floor(spec.timestamp.getTime() / 1000),
              },
            ],
          },
          field: 'user_preferences' as const,
        }
      : {
          value: {
            messaging_product: 'whatsapp' as const,
            metadata,
            contacts: [contact],
            messages: [inboundMessage(spec, kind, from)],
          },
          field: 'messages' as const,
        };
  return {
    object: 'whatsapp_business_account',
    entry: [{ id: spec.wabaId ?? SANDBOX_WABA_ID, changes: [change] }],
  };
}

/**
 * JSON as Meta puts it on the wire: every non-ASCII character escaped as \uXXXX (UTF-16 code
 * units, lower-case hex), so the bytes signed are pure ASCII, exactly like a real delivery.
 */
export function serializeLikeMeta(payload: unknown): string {
  return JSON.stringify(payload).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
