/**
 * What the services see of WhatsApp: outbound message bodies (shaped as Meta's OpenAPI
 * `Message` schema requires) and a client per sending number. The real client posts to the
 * Graph API; the sandbox answers the same requests in-process (see sandbox/).
 */

/** A body for POST /{version}/{phone-number-id}/messages. Build it with the helpers in messages.ts. */
export type OutboundMessage = TextMessage | InteractiveButtonsMessage | TemplateMessage;

interface MessageBase {
  messaging_product: 'whatsapp';
  recipient_type: 'individual';
  /** Phone number (digits, optionally with +) or a BSUID. */
  to: string;
  biz_opaque_callback_data?: string;
  context?: { message_id: string };
}

export interface TextMessage extends MessageBase {
  type: 'text';
  text: { body: string; preview_url?: boolean };
}

export interface ReplyButton {
  type: 'reply';
  reply: { id: string; title: string };
}

export interface InteractiveButtonsMessage extends MessageBase {
  type: 'interactive';
  interactive: {
    type: 'button';
    body: { text: string };
    footer?: { text: string };
    action: { buttons: ReplyButton[] };
  };
}

export type TemplateParameter = { type: 'text'; text: string; parameter_name?: string };

export type TemplateComponent =
  | { type: 'body'; parameters: TemplateParameter[] }
  | {
      type: 'button';
      sub_type: 'quick_reply';
      index: string;
      parameters: { type: 'payload'; payload: string }[];
    }
  | {
      type: 'button';
      sub_type: 'url';
      index: string;
      /** The dynamic suffix of the button's URL (the template holds the rest). */
      parameters: { type: 'text'; text: string }[];
    };

export interface TemplateMessage extends MessageBase {
  type: 'template';
  template: {
    name: string;
    language: { code: string; policy: 'deterministic' };
    components?: TemplateComponent[];
  };
}

export interface SendOk {
  messageId: string;
  /** The wa_id Meta resolved the recipient to (may differ from `to`), when it says. */
  waId: string | null;
  input: string | null;
}

/** The sending identity for one tenant: its number and (for the real API) its token. */
export interface Sender {
  phoneNumberId: string;
  /** Null → the sandbox answers. */
  accessToken: string | null;
}

export interface WhatsAppClient {
  /**
   * Sends one message. Resolves with the message id, or throws:
   * - CloudApiError: Meta answered with an error object (code, title, details, classification);
   * - AmbiguousSendError: the request may have left but no clear answer came back (timeout,
   *   dropped connection, 5xx without a recognised code) — never retried blindly.
   */
  send(sender: Sender, message: OutboundMessage): Promise<SendOk>;
}
