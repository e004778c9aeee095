import { coerceError } from '../errors';
import type { WebhookEvents } from './webhook-events';
import { eachItem, parseInbound, parsePreference, parseStatus } from './parse-change';
import type { ChangeContext } from './parse-change';
import { at, describe, isObject, list, str, unixSeconds, webhookErrors } from './parse-values';
import { isSignalField, parseSignalChange } from './parse-signal-change';

/**
 * Turns a webhook body into domain events. It never throws on any JSON value: the inbox has
 * already answered Meta 200, so every entry and every change is walked (Meta batches them) and
 * anything unusable lands in `skipped` with its path and the reason, for the log.
 */
export function parseWebhook(
  body: unknown,
  opts: { receivedAt?: Date | null } = {},
): WebhookEvents {
  const out: WebhookEvents = { events: [], skipped: [], repaired: [] };
  try {
    walk(body, out, opts.receivedAt ?? null);
  } catch (err) {
    // Unreachable by design; kept so one odd payload can never stall the inbox drain.
    out.skipped.push({ path: '', reason: `parser failed: ${coerceError(err).message}` });
  }
  return out;
}

function walk(body: unknown, out: WebhookEvents, receivedAt: Date | null): void {
  if (!isObject(body)) {
    out.skipped.push({ path: '', reason: 'body is not a JSON object' });
    return;
  }
  if (body.object !== 'whatsapp_business_account') {
    out.skipped.push({
      path: 'object',
      reason: `object is ${describe(body.object)}, expected "whatsapp_business_account"`,
    });
    return;
  }
  const entries = list(body.entry);
  if (entries === null) {
    out.skipped.push({ path: 'entry', reason: 'entry is missing or not an array' });
    return;
  }
  entries.forEach((entry, i) => {
    const path = `entry[${i}]`;
    const changes = list(at(entry, 'changes'));
    if (changes === null) {
      out.skipped.push({ path, reason: 'entry has no changes array' });
      return;
    }
    const wabaId = str(at(entry, 'id'));
    changes.forEach((change, j) => {
      const field = at(change, 'field');
      // Template, number-quality and account changes: routed by the WABA id, parsed apart.
      if (isSignalField(field)) {
        const time = unixSeconds(at(entry, 'time'));
        parseSignalChange(
          field,
          at(change, 'value'),
          { wabaId, time },
          `${path}.changes[${j}]`,
          out,
        );
      } else walkChange(change, wabaId, `${path}.changes[${j}]`, out, receivedAt);
    });
  });
}

function walkChange(
  change: unknown,
  wabaId: string | null,
  path: string,
  out: WebhookEvents,
  receivedAt: Date | null,
): void {
  const field = at(change, 'field');
  if (field !== 'messages' && field !== 'user_preferences') {
    out.skipped.push({ path, reason: `unknown field ${describe(field)}` });
    return;
  }
  const value = at(change, 'value');
  if (!isObject(value)) {
    out.skipped.push({ path, reason: `${field} change has no value object` });
    return;
  }
  const valuePath = `${path}.value`;
  const phoneNumberId = str(at(value, 'metadata', 'phone_number_id'));
  if (phoneNumberId === null) {
    out.skipped.push({
      path: `${valuePath}.metadata`,
      reason: 'metadata.phone_number_id is missing: cannot tell which number (tenant) this is for',
    });
    return;
  }
  const contacts = (list(value.contacts) ?? []).filter(isObject);
  const ctx: ChangeContext = { phoneNumberId, wabaId, contacts, out, receivedAt };

  if (field === 'user_preferences') {
    const n = eachItem(ctx, value, 'user_preferences', valuePath, parsePreference);
    if (n === 0)
      out.skipped.push({ path: valuePath, reason: 'user_preferences change has no preferences' });
    return;
  }
  let items = eachItem(ctx, value, 'messages', valuePath, parseInbound);
  items += eachItem(ctx, value, 'statuses', valuePath, parseStatus);
  if (value.errors !== undefined) {
    const errors = webhookErrors(value.errors);
    items += 1;
    if (errors.length > 0) out.events.push({ kind: 'error', phoneNumberId, wabaId, errors });
    else
      out.skipped.push({
        path: `${valuePath}.errors`,
        reason: 'errors has no entry with a numeric code',
      });
  }
  if (items === 0) {
    out.skipped.push({
      path: valuePath,
      reason: 'messages change has no messages, statuses or errors',
    });
  }
}
