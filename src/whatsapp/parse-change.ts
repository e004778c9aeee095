import type {
  DeliveryStatus,
  InboundMessage,
  PreferenceChange,
  WebhookEvents,
} from './webhook-events';
import { at, describe, eventTime, isObject, list, str, webhookErrors } from './parse-values';
import type { JsonObject } from './parse-values';

/** Where a change came from: enough to route its events to a tenant. */
export interface ChangeContext {
  phoneNumberId: string;
  wabaId: string | null;
  contacts: JsonObject[];
  out: WebhookEvents;
  /** When the delivery was received: the time of an event whose own time is unusable. */
  receivedAt: Date | null;
}

/** The event's time (parse-values.ts `eventTime`); a repair is noted, an unusable one skipped. */
function timeOf(ctx: ChangeContext, path: string, value: unknown): Date | null {
  const t = eventTime(value, ctx.receivedAt);
  if (t?.note) ctx.out.repaired.push({ path, reason: t.note });
  return t?.time ?? null;
}

function skip(ctx: ChangeContext, path: string, reason: string): void {
  ctx.out.skipped.push({ path, reason });
}

/** The contact entry for a sender: by wa_id or BSUID, else the only one there is. */
function findContact(contacts: JsonObject[], waId: string | null, userId: string | null) {
  const match = contacts.find(
    (c) => (waId !== null && c.wa_id === waId) || (userId !== null && c.user_id === userId),
  );
  return match ?? (contacts.length === 1 ? contacts[0] : undefined);
}

/** What the user said or chose, per message type; null for types without text. */
function textAndPayload(
  m: JsonObject,
  type: string,
): { text: string | null; payload: string | null } {
  switch (type) {
    case 'text':
      return { text: str(at(m, 'text', 'body')), payload: null };
    case 'button':
      // Template quick reply: the label and the payload we sent for that button index.
      return { text: str(at(m, 'button', 'text')), payload: str(at(m, 'button', 'payload')) };
    case 'interactive': {
      // button_reply and list_reply (and any future *_reply of the same shape) carry {id, title}.
      const subtype = str(at(m, 'interactive', 'type'));
      const reply = subtype === null ? undefined : at(m, 'interactive', subtype);
      return { text: str(at(reply, 'title')), payload: str(at(reply, 'id')) };
    }
    case 'reaction':
      return { text: str(at(m, 'reaction', 'emoji')), payload: null };
    default:
      // image, video, document, ...: the caption, when there is one.
      return { text: str(at(m, type, 'caption')), payload: null };
  }
}

export function parseInbound(ctx: ChangeContext, m: unknown, path: string): void {
  if (!isObject(m)) return skip(ctx, path, 'message is not an object');
  const messageId = str(m.id);
  if (messageId === null) return skip(ctx, path, 'message has no id');
  const timestamp = timeOf(ctx, path, m.timestamp);
  if (timestamp === null) {
    return skip(
      ctx,
      path,
      `message ${messageId} has an invalid timestamp (${describe(m.timestamp)})`,
    );
  }
  const type = str(m.type);
  if (type === null) return skip(ctx, path, `message ${messageId} has no type`);
  const from = str(m.from);
  const fromUserId = str(m.from_user_id);
  const contact = findContact(ctx.contacts, from, fromUserId);
  const contactWaId = str(contact?.wa_id);
  const contactUserId = str(contact?.user_id);
  if (from === null && fromUserId === null && contactWaId === null && contactUserId === null) {
    return skip(ctx, path, `message ${messageId} has no sender (from, from_user_id or contacts)`);
  }
  const message: InboundMessage = {
    kind: 'message',
    phoneNumberId: ctx.phoneNumberId,
    wabaId: ctx.wabaId,
    messageId,
    from,
    fromUserId,
    profileName: str(at(contact, 'profile', 'name')),
    contactWaId,
    contactUserId,
    timestamp,
    type,
    ...textAndPayload(m, type),
    contextId: str(at(m, 'context', 'id')),
    raw: m,
  };
  ctx.out.events.push(message);
}

export function parseStatus(ctx: ChangeContext, s: unknown, path: string): void {
  if (!isObject(s)) return skip(ctx, path, 'status is not an object');
  const messageId = str(s.id);
  if (messageId === null) return skip(ctx, path, 'status has no message id');
  const status = str(s.status);
  if (status === null) return skip(ctx, path, `status for ${messageId} has no status value`);
  const timestamp = timeOf(ctx, path, s.timestamp);
  if (timestamp === null) {
    return skip(
      ctx,
      path,
      `status ${status} for ${messageId} has an invalid timestamp (${describe(s.timestamp)})`,
    );
  }
  const event: DeliveryStatus = {
    kind: 'status',
    phoneNumberId: ctx.phoneNumberId,
    wabaId: ctx.wabaId,
    messageId,
    status,
    timestamp,
    recipientId: str(s.recipient_id),
    recipientUserId: str(s.recipient_user_id),
    errors: webhookErrors(s.errors),
    bizOpaque: str(s.biz_opaque_callback_data),
  };
  ctx.out.events.push(event);
}

export function parsePreference(ctx: ChangeContext, p: unknown, path: string): void {
  if (!isObject(p)) return skip(ctx, path, 'user preference is not an object');
  const category = str(p.category);
  const value = str(p.value);
  if (category === null || value === null) {
    return skip(
      ctx,
      path,
      `user preference needs category and value (got ${describe(p.category)}, ${describe(p.value)})`,
    );
  }
  const timestamp = timeOf(ctx, path, p.timestamp);
  if (timestamp === null) {
    return skip(ctx, path, `user preference has an invalid timestamp (${describe(p.timestamp)})`);
  }
  let waId = str(p.wa_id);
  let userId = str(p.user_id);
  if (waId === null && userId === null) {
    // Older payloads name the user only in contacts[]; trust it only when unambiguous.
    const only = ctx.contacts.length === 1 ? ctx.contacts[0] : undefined;
    waId = str(only?.wa_id);
    userId = str(only?.user_id);
  }
  if (waId === null && userId === null)
    return skip(ctx, path, 'user preference has no wa_id or user_id');
  const event: PreferenceChange = {
    kind: 'preference',
    phoneNumberId: ctx.phoneNumberId,
    wabaId: ctx.wabaId,
    waId,
    userId,
    category,
    value,
    detail: str(p.detail),
    timestamp,
  };
  ctx.out.events.push(event);
}

/** Runs `parse` over `value[key]` when it is an array; reports it when it is something else. */
export function eachItem(
  ctx: ChangeContext,
  value: JsonObject,
  key: string,
  path: string,
  parse: (ctx: ChangeContext, item: unknown, path: string) => void,
): number {
  if (value[key] === undefined) return 0;
  const items = list(value[key]);
  if (items === null) {
    skip(ctx, `${path}.${key}`, `${key} is not an array`);
    return 0;
  }
  items.forEach((item, i) => parse(ctx, item, `${path}.${key}[${i}]`));
  return items.length;
}
