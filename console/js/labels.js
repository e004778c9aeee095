/** How records read in the console: scopes, states, sources. */
import { badge } from './dom.js';

export const CHANNELS = [
  ['whatsapp', 'WhatsApp'],
  ['sms', 'SMS'],
  ['email', 'Email'],
];
export const ORIGINS = [
  ['admin', 'Admin'],
  ['customer', 'Customer'],
  ['meta', 'Meta'],
];
export const SOURCES = [
  ['admin', 'Added by an admin'],
  ['import', 'CSV import'],
  ['keyword', 'Keyword (STOP…)'],
  ['conversation', 'Conversation'],
  ['template_button', 'Template button'],
  ['meta_preference', 'WhatsApp “stop offers”'],
  ['meta_error_131050', 'Meta error 131050'],
];
export const sourceLabel = (s) => SOURCES.find(([v]) => v === s)?.[1] ?? s;
export const channelLabel = (c) => CHANNELS.find(([v]) => v === c)?.[1] ?? c;

export function scopeName(categoryId, categories) {
  if (categoryId === null) return 'All marketing';
  return categories.find((c) => c.id === categoryId)?.name ?? `Category ${categoryId}`;
}

/** active / revoked / expired / scheduled (starts later). */
export function optOutState(o, now = Date.now()) {
  if (o.active) return 'active';
  if (o.revokedAt) return 'revoked';
  if (o.expiresAt && Date.parse(o.expiresAt) <= now) return 'expired';
  return 'scheduled';
}

export const stateBadge = (o) => {
  const state = optOutState(o);
  return badge(state[0].toUpperCase() + state.slice(1), state);
};

export const TASK_STATUS_KINDS = {
  draft: 'neutral',
  scheduled: 'info',
  running: 'info',
  paused: 'warn',
  completed: 'ok',
  cancelled: 'neutral',
  failed: 'bad',
};
export const taskBadge = (status) => badge(status, TASK_STATUS_KINDS[status] ?? 'neutral');

export const RECIPIENT_STATUSES = [
  'pending',
  'sending',
  'sent',
  'delivered',
  'read',
  'failed',
  'suppressed',
  'unknown',
  'no_consent',
  'outside_window',
  'frequency_capped',
  'meta_limited',
];

/** A link to a contact's page. */
export const contactHref = (contact, channel = 'whatsapp') =>
  `#/contacts/${encodeURIComponent(contact)}?channel=${channel}`;
