import type { TemplateParams } from '../domain/types';
import { ValidationError } from '../errors';
import { validateOutbound } from './message-schema';
import type {
  InteractiveButtonsMessage,
  OutboundMessage,
  TemplateComponent,
  TemplateMessage,
  TextMessage,
} from './types';

/**
 * Builders for the bodies we send. Each result is checked with validateOutbound, so a builder
 * either returns a body Meta's schema accepts or throws a ValidationError naming the field
 * (a tenant's reply text too long, a recipient's template parameter with a newline, ...).
 */

/** E.164 "+5511..." → "5511..." (Meta accepts both; we send digits). A BSUID is kept as is. */
export function recipientAddress(to: string): string {
  return /^\+\d+$/.test(to) ? to.slice(1) : to;
}

function checked<M extends OutboundMessage>(message: M): M {
  const result = validateOutbound(message);
  if (!result.ok) {
    throw new ValidationError(
      `Cannot build a WhatsApp ${message.type} message: ${result.errors.join('; ')}`,
    );
  }
  return message;
}

function envelope(to: string, bizOpaque?: string, replyTo?: string) {
  return {
    messaging_product: 'whatsapp' as const,
    recipient_type: 'individual' as const,
    to: recipientAddress(to),
    ...(bizOpaque !== undefined ? { biz_opaque_callback_data: bizOpaque } : {}),
    ...(replyTo !== undefined ? { context: { message_id: replyTo } } : {}),
  };
}

export interface TextOptions {
  previewUrl?: boolean;
  /** wamid of the message to quote. */
  replyTo?: string;
  bizOpaque?: string;
}

/** A free-form text (only inside the 24 h customer service window). Body: 1-4096 characters. */
export function textMessage(to: string, body: string, opts: TextOptions = {}): TextMessage {
  return checked({
    ...envelope(to, opts.bizOpaque, opts.replyTo),
    type: 'text',
    text: { body, ...(opts.previewUrl !== undefined ? { preview_url: opts.previewUrl } : {}) },
  });
}

export interface ButtonSpec {
  /** Comes back as the interactive reply id (≤ 256 characters). */
  id: string;
  /** 1-20 characters, unique within the message. */
  title: string;
}

/** Reply buttons (1-3) under a body of 1-1024 characters and an optional footer (≤ 60). */
export function buttonsMessage(
  to: string,
  body: string,
  buttons: ButtonSpec[],
  footer?: string,
): InteractiveButtonsMessage {
  return checked({
    ...envelope(to),
    type: 'interactive',
    interactive: {
      type: 'button',
      body: { text: body },
      ...(footer !== undefined ? { footer: { text: footer } } : {}),
      action: {
        buttons: buttons.map((b) => ({
          type: 'reply' as const,
          reply: { id: b.id, title: b.title },
        })),
      },
    },
  });
}

export interface TemplateSpec {
  name: string;
  /** Template language code, e.g. "pt_BR". */
  language: string;
  /** Positional ({{1}}, {{2}}) or named ({{first_name}}) body variables; null = none. */
  bodyParams: TemplateParams;
  /** Payloads for quick-reply buttons, by 0-based button position. */
  quickReplyPayloads?: { index: number; payload: string }[];
  /** Dynamic URL suffixes for URL buttons, by 0-based button position. */
  urlButtonParams?: { index: number; text: string }[];
  bizOpaque?: string;
}

function bodyComponent(params: TemplateParams): TemplateComponent | null {
  if (params === null) return null;
  const parameters = Array.isArray(params)
    ? params.map((text) => ({ type: 'text' as const, text }))
    : Object.entries(params).map(([name, text]) => ({
        type: 'text' as const,
        text,
        parameter_name: name,
      }));
  return parameters.length > 0 ? { type: 'body', parameters } : null;
}

/** A template message; the language policy is always "deterministic" (Meta's schema requires it). */
export function templateMessage(to: string, spec: TemplateSpec): TemplateMessage {
  const body = bodyComponent(spec.bodyParams);
  const components: TemplateComponent[] = [
    ...(body ? [body] : []),
    ...(spec.quickReplyPayloads ?? []).map(({ index, payload }): TemplateComponent => ({
      type: 'button',
      sub_type: 'quick_reply',
      index: String(index),
      parameters: [{ type: 'payload', payload }],
    })),
    ...(spec.urlButtonParams ?? []).map(({ index, text }): TemplateComponent => ({
      type: 'button',
      sub_type: 'url',
      index: String(index),
      parameters: [{ type: 'text', text }],
    })),
  ];
  return checked({
    ...envelope(to, spec.bizOpaque),
    type: 'template',
    template: {
      name: spec.name,
      language: { code: spec.language, policy: 'deterministic' },
      ...(components.length > 0 ? { components } : {}),
    },
  });
}
