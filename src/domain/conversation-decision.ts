/**
 * What a customer's message means for the opt-out list, given its classification, the task it
 * answers (if any) and a pending question. Pure: the conversation service applies the decision.
 * Order matters: our own button payloads first, then consent keywords (they win over any
 * pending question), then answers to the question, then the uncertain cases.
 */
import {
  answerToQuestion,
  decideOptOutScope,
  parseOurPayload,
  type OptOutScope,
  type TaskContext,
} from './conversation';
import type { Classification } from './intent';
import type { OptOutSource, TenantSettings } from './types';

/**
 * The question the conversation waits on (conversation-store.ts): "did you mean stop?", or the
 * double opt-in question, sent as the message `messageId`.
 */
export type PendingContext = {
  kind: 'confirm_opt_out' | 'consent';
  categoryId: string | null;
  taskId: string | null;
  messageId: string;
};

export type Decision =
  | { kind: 'opt_out'; scope: OptOutScope; source: OptOutSource }
  | { kind: 'ask' }
  | { kind: 'keep' }
  | { kind: 'undo'; optOutId: string }
  /** START/JOIN/"I want offers": `categoryId` when the customer named a category. */
  | { kind: 'opt_in'; categoryId: string | null }
  /**
   * A likely opt-in (a bare "yes", "SIM", "はい") answering one of our marketing messages: kept
   * as the task's reply, and the customer asked with the double opt-in buttons before anything
   * is recorded.
   */
  | { kind: 'opt_in_ask'; categoryId: string | null }
  /**
   * The answer to the double opt-in question: its buttons, or a typed answer while the question
   * is pending (`questionId`, the question's wamid, then names what was answered).
   */
  | { kind: 'consent'; answer: 'yes'; categoryId: string | null; questionId?: string }
  | { kind: 'consent'; answer: 'no' }
  | { kind: 'help' }
  | { kind: 'status' }
  | { kind: 'none' };

export interface MessageFacts {
  type: string;
  text: string | null;
  payload: string | null;
}

export function decideReply(
  settings: Pick<TenantSettings, 'keywordScope'>,
  msg: MessageFacts,
  c: Classification | null,
  task: TaskContext | null,
  pending: PendingContext | null,
): Decision {
  const taskCtx = task;
  const scopeFor = (said: 'all' | 'category' | 'default', named: string | null) =>
    decideOptOutScope({
      said,
      namedCategoryId: named,
      task: taskCtx,
      keywordScope: settings.keywordScope,
    });
  const ours = parseOurPayload(msg.payload);
  if (ours) {
    switch (ours.kind) {
      case 'task_opt_out':
        return { kind: 'opt_out', scope: scopeFor('default', null), source: 'template_button' };
      case 'confirm_stop':
        return confirmPending(
          settings,
          pending?.kind === 'confirm_opt_out' ? pending : null,
          taskCtx,
        );
      case 'keep':
        return { kind: 'keep' };
      case 'widen_all':
        return {
          kind: 'opt_out',
          scope: { categoryId: null, untilRevoked: true },
          source: 'conversation',
        };
      case 'undo':
        return { kind: 'undo', optOutId: ours.optOutId };
      case 'consent_yes':
        return { kind: 'consent', answer: 'yes', categoryId: ours.categoryId };
      case 'consent_no':
        return { kind: 'consent', answer: 'no' };
    }
  }
  const fromButton = msg.type === 'button' || msg.type === 'interactive';
  if (pending?.kind === 'consent') {
    const typed = answerToConsent(msg.text, c);
    if (typed === 'yes')
      return {
        kind: 'consent',
        answer: 'yes',
        categoryId: pending.categoryId,
        questionId: pending.messageId,
      };
    if (typed === 'no') return { kind: 'consent', answer: 'no' };
  }
  if (c && c.certainty === 'explicit') {
    switch (c.intent) {
      case 'opt_out':
        return {
          kind: 'opt_out',
          scope: scopeFor(c.scope, c.categoryId),
          source: fromButton
            ? 'template_button'
            : isKeyword(c, msg.text)
              ? 'keyword'
              : 'conversation',
        };
      case 'opt_in':
        return { kind: 'opt_in', categoryId: c.categoryId };
      case 'help':
        return { kind: 'help' };
      case 'status':
        return { kind: 'status' };
      default:
        break;
    }
  }
  if (pending?.kind === 'confirm_opt_out') {
    const answer = answerToQuestion(msg.text);
    if (answer === 'yes') return confirmPending(settings, pending, null);
    if (answer === 'no') return { kind: 'keep' };
  }
  if (c && c.intent === 'opt_out' && c.certainty === 'likely')
    return pending?.kind === 'confirm_opt_out' ? { kind: 'none' } : { kind: 'ask' };
  // Only in answer to our marketing: a bare yes anywhere else answers someone else's question.
  if (c && c.intent === 'opt_in' && c.certainty === 'likely' && taskCtx)
    return { kind: 'opt_in_ask', categoryId: c.categoryId };
  if (c && c.certainty === 'likely' && (c.intent === 'help' || c.intent === 'status'))
    return { kind: c.intent };
  return { kind: 'none' };
}

/**
 * A typed answer to the double opt-in question: a yes (any opt-in reading: "sim", "はい", "yes
 * please, send them", START) or a no ("no", "não", a likely stop such as "no thanks"). An
 * explicit stop is not an answer: it is a stop, read before this is asked.
 */
function answerToConsent(text: string | null, c: Classification | null): 'yes' | 'no' | null {
  if (c?.intent === 'opt_out' && c.certainty === 'explicit') return null;
  if (c?.intent === 'opt_in') return 'yes';
  if (c?.intent === 'opt_out') return 'no';
  return answerToQuestion(text, 'consent');
}

/** "Yes, stop": the opt-out the question was about, scoped by the task it followed (if any). */
function confirmPending(
  settings: Pick<TenantSettings, 'keywordScope'>,
  pending: PendingContext | null,
  fallback: TaskContext | null,
): Decision {
  const task = pending?.taskId
    ? { taskId: pending.taskId, categoryId: pending.categoryId }
    : fallback;
  return {
    kind: 'opt_out',
    scope: decideOptOutScope({
      said: 'default',
      namedCategoryId: null,
      task,
      keywordScope: settings.keywordScope,
    }),
    source: 'conversation',
  };
}

/** A keyword message ("STOP", "Stop. Thank you") rather than a sentence that says it. */
function isKeyword(c: Classification, text: string | null): boolean {
  const words = (text ?? '').split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return c.matched !== null && !/\s/.test(c.matched.trim()) && words.length <= 3;
}
