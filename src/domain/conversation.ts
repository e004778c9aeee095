/**
 * Pure decisions of the opt-out conversation: what a button payload means, and what scope and
 * validity a customer's opt-out gets from its context. No I/O; the service applies them.
 */
import type { KeywordScope } from './types';

/** Ids of the reply buttons we send, parsed back from interactive replies and template payloads. */
export type OurPayload =
  | { kind: 'task_opt_out'; taskId: string }
  | { kind: 'confirm_stop' }
  | { kind: 'keep' }
  | { kind: 'widen_all' }
  | { kind: 'undo'; optOutId: string }
  | { kind: 'consent_yes'; categoryId: string | null }
  | { kind: 'consent_no' };

export const PAYLOAD = {
  taskOptOut: (taskId: string) => `optout:${taskId}`,
  confirmStop: 'sl:confirm_stop',
  keep: 'sl:keep',
  widenAll: 'sl:widen_all',
  undo: (optOutId: string) => `sl:undo:${optOutId}`,
  /** The double opt-in question's answers. */
  consentYes: (categoryId: string | null) =>
    categoryId ? `sl:consent_yes:${categoryId}` : 'sl:consent_yes',
  consentNo: 'sl:consent_no',
} as const;

export function parseOurPayload(payload: string | null): OurPayload | null {
  if (!payload) return null;
  const p = payload.trim();
  let m = /^optout:([\w-]{1,64})$/.exec(p);
  if (m?.[1]) return { kind: 'task_opt_out', taskId: m[1] };
  if (p === PAYLOAD.confirmStop) return { kind: 'confirm_stop' };
  if (p === PAYLOAD.keep) return { kind: 'keep' };
  if (p === PAYLOAD.widenAll) return { kind: 'widen_all' };
  if (p === PAYLOAD.consentNo) return { kind: 'consent_no' };
  m = /^sl:consent_yes(?::([\w-]{1,64}))?$/.exec(p);
  if (m) return { kind: 'consent_yes', categoryId: m[1] ?? null };
  m = /^sl:undo:([\w-]{1,64})$/.exec(p);
  if (m?.[1]) return { kind: 'undo', optOutId: m[1] };
  return null;
}

export interface TaskContext {
  taskId: string;
  categoryId: string | null;
}

export type OptOutScope =
  /** All marketing; `untilRevoked` false = for the tenant's unsubscribeDays. */
  | { categoryId: null; untilRevoked: boolean }
  /** One category, for its unsubscribeDays. */
  | { categoryId: string; untilRevoked: false };

/**
 * The scope of a customer's opt-out (DESIGN.md "Domain rules"):
 * - "stop all" (or a tenant whose law reads every STOP that way) → all marketing until revoked;
 * - a category the customer named → that category;
 * - linked to a task → the task's category, or all marketing for the tenant's days when the
 *   task has none;
 * - otherwise → all marketing until revoked.
 */
export function decideOptOutScope(input: {
  said: 'all' | 'category' | 'default';
  namedCategoryId: string | null;
  task: TaskContext | null;
  keywordScope: KeywordScope;
}): OptOutScope {
  if (input.said === 'all' || input.keywordScope === 'all')
    return { categoryId: null, untilRevoked: true };
  if (input.said === 'category' && input.namedCategoryId)
    return { categoryId: input.namedCategoryId, untilRevoked: false };
  if (input.task) {
    return input.task.categoryId
      ? { categoryId: input.task.categoryId, untilRevoked: false }
      : { categoryId: null, untilRevoked: false };
  }
  return { categoryId: null, untilRevoked: true };
}

const YES = new Set([
  'yes',
  'y',
  'yeah',
  'yep',
  'sim',
  'si',
  'sí',
  'oui',
  'ja',
  'ya',
  'iya',
  'haan',
  'ha',
  'हाँ',
  'हां',
  'نعم',
  'evet',
  'да',
  // Ukrainian (round 9b).
  'так',
  '1',
]);
const NO = new Set([
  'no',
  'n',
  'nope',
  'não',
  'nao',
  'non',
  'nein',
  'tidak',
  'nahi',
  'nahin',
  'नहीं',
  'لا',
  'hayır',
  'hayir',
  'нет',
  'ні',
  'nee',
  'nie',
  'hapana',
  'không',
  'khong',
  'hindi',
  'enggak',
  'nggak',
  'gak',
  'না',
  'ไม่',
  'いいえ',
  '不',
  '不用',
  '不用了',
  '2',
]);

/** Answers only "did you mean stop?" takes: its buttons' words, typed. */
const STOP_QUESTION_ANSWERS: ReadonlyMap<string, 'yes' | 'no'> = new Map([
  ['ok stop', 'yes'],
  ['confirm', 'yes'],
  ['keep', 'no'],
]);

/**
 * A typed answer to one of our yes/no questions (the buttons are the usual way; some people
 * type): "did you mean stop?" (`confirm_opt_out`) or the double opt-in question (`consent`).
 */
export function answerToQuestion(
  text: string | null,
  question: 'confirm_opt_out' | 'consent' = 'confirm_opt_out',
): 'yes' | 'no' | null {
  if (!text) return null;
  const t = text
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/[\s.!?,;:¡¿"'()]+/gu, ' ')
    .trim();
  if (YES.has(t)) return 'yes';
  if (NO.has(t)) return 'no';
  return question === 'confirm_opt_out' ? (STOP_QUESTION_ANSWERS.get(t) ?? null) : null;
}

/** Contacts as the opt-out list stores them: wa_id digits → E.164; a BSUID stays as it is. */
export function identifierFromWhatsApp(id: string | null | undefined): string | null {
  if (!id) return null;
  const trimmed = id.trim();
  if (/^\+?\d{6,20}$/.test(trimmed)) return trimmed.startsWith('+') ? trimmed : `+${trimmed}`;
  if (/^[A-Z]{2}\.[\w-]{4,}$/i.test(trimmed)) return trimmed;
  return null;
}
