/**
 * What Meta's quality signals mean for sending. Pure: the signal handler applies these rules.
 * Meta's guidance is to stop campaigns whose template is paused; a paused template coming back
 * fires APPROVED (or REINSTATED) again. https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-pausing
 */

/** Template states in which a task using it cannot send. */
const TEMPLATE_STOPS = new Set([
  'PAUSED',
  'DISABLED',
  'REJECTED',
  'PENDING_DELETION',
  'DELETED',
  'ARCHIVED',
  'LOCKED',
  'LIMIT_EXCEEDED',
]);
/** Template states in which it sends again. */
const TEMPLATE_GOES = new Set(['APPROVED', 'REINSTATED', 'UNARCHIVED', 'UNLOCKED']);

/** Account events after which no marketing may go out until an admin has looked. */
const ACCOUNT_STOPS = new Set(['ACCOUNT_RESTRICTION', 'ACCOUNT_BANNED', 'DISABLED_UPDATE']);

export type SignalAction = 'pause' | 'resume' | 'none';

export function templateAction(event: string): SignalAction {
  if (TEMPLATE_STOPS.has(event)) return 'pause';
  if (TEMPLATE_GOES.has(event)) return 'resume';
  // FLAGGED (disabled later unless quality improves), PENDING, IN_APPEAL, ...: sending goes on.
  return 'none';
}

export function numberAction(event: string): SignalAction {
  if (event === 'FLAGGED') return 'pause';
  if (event === 'UNFLAGGED') return 'resume';
  return 'none';
}

/** A ban or restriction pauses everything; nothing resumes by itself (an admin decides). */
export function accountAction(event: string): SignalAction {
  return ACCOUNT_STOPS.has(event) ? 'pause' : 'none';
}

/**
 * A paused task's reason names the signal, and its head identifies what paused it, so the
 * matching "reinstated" signal resumes exactly those tasks (never one an admin paused).
 */
export function templatePauseHead(name: string, language: string): string {
  return `Meta template ${name} (${language}) `;
}

export function templatePauseReason(
  name: string,
  language: string,
  event: string,
  detail: string | null,
): string {
  const head = `${templatePauseHead(name, language)}is ${event}`;
  return detail ? `${head}: ${detail}` : `${head}; the task resumes when Meta reinstates it`;
}

export const NUMBER_PAUSE_HEAD = 'Meta flagged the sending number ';

export function numberPauseReason(displayPhoneNumber: string, limit: string | null): string {
  const tier = limit ? ` (messaging limit ${limit})` : '';
  return `${NUMBER_PAUSE_HEAD}${displayPhoneNumber}${tier} for low quality; the task resumes when it is unflagged`;
}

export function accountPauseReason(event: string): string {
  return `Meta reported ${event} on the WhatsApp Business Account; resume the task once it is resolved`;
}
