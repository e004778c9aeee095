/**
 * The opt-out conversation: one inbound WhatsApp message → a decision (opt out, ask, opt in,
 * help, status, or a plain reply for follow-up) → the opt-out list and at most one reply.
 * Consent keywords win over any pending question; an explicit STOP is honoured at once.
 */
import type { Clock } from '../../clock';
import type { Config } from '../../config';
import { identifierFromWhatsApp, parseOurPayload } from '../../domain/conversation';
import { decideReply } from '../../domain/conversation-decision';
import { classifyMessage, sharedKeywordLanguages } from '../../domain/intent';
import { appliedNeverOptOut } from '../../domain/keyword-settings';
import { isLanguageNeutralKeyword } from '../../domain/neutral-keywords';
import type { Category, Evidence, OptOut, Tenant } from '../../domain/types';
import { coerceError } from '../../errors';
import { maskContact, type Logger } from '../../logger';
import type { Metrics } from '../../metrics';
import type {
  BreakerStore,
  CategoryStore,
  ConversationStore,
  CoordinationStore,
  DeliveryStore,
  IdentityStore,
  OptOutStore,
  PendingQuestion,
  RecipientStore,
  TaskMessageRef,
  TaskStore,
} from '../../store/types';
import type { InboundMessage } from '../../whatsapp/webhook-events';
import type { OutboundMessage, SendOk, WhatsAppClient } from '../../whatsapp/types';
import { chooseReplyLanguage, createReplyBuilder } from './conversation-replies';
import { consentEvidence, evidenceOf } from './conversation-evidence';
import type { ConsentKeywords } from '../consent/consent-keywords';
import type { OptOutService } from '../opt-outs/opt-out-service';
import { ERASED_PREFIX } from '../opt-outs/erasure-keys';
import type { TenantService } from '../tenants/tenant-service';
import { checkOptOutBreaker } from '../tasks/opt-out-breaker';
import type { EventService } from '../events/event-service';
import { optOutEvent } from '../events/event-data';
import { eventsFor } from '../events/outbox-events';

const TASK_LINK_MS = 72 * 3600 * 1000;
const SERVICE_WINDOW_MS = 24 * 3600 * 1000;
/**
 * A customer who sends STOP again (same scope) within this long of the opt-out being recorded
 * gets no second confirmation: one keyword, one confirmation, however many times it is typed
 * (impatient repeats, a double tap). Later, a repeat is confirmed again (they may have
 * forgotten).
 */
export const REPEAT_CONFIRM_WINDOW_MS = 10 * 60_000;

export interface ConversationDeps {
  store: BreakerStore &
    CategoryStore &
    ConversationStore &
    CoordinationStore &
    DeliveryStore &
    IdentityStore &
    OptOutStore &
    RecipientStore &
    TaskStore;
  clock: Clock;
  log: Logger;
  metrics: Metrics;
  config: Config;
  whatsapp: WhatsAppClient;
  tenants: TenantService;
  optOuts: OptOutService;
  consentKeywords: ConsentKeywords;
  /** Outbound events (a task paused by its opt-out rate). */
  events?: EventService | undefined;
}

/** Who wrote: the contact effects are recorded under, the task message answered, all their ids. */
interface Sender {
  contact: string;
  task: TaskMessageRef | null;
  identifiers: string[];
}

/** What the message means and what to do about it. */
interface Understood {
  categories: Category[];
  classification: Classification | null;
  decision: Decision;
  lang: string;
  /** The message is only a keyword with no language of its own (STOP): it sets no language. */
  neutral: boolean;
}

type Classification = ReturnType<typeof classifyMessage>;
type Decision = ReturnType<typeof decideReply>;
type ReplyBuilder = ReturnType<typeof createReplyBuilder>;

export function createConversation(deps: ConversationDeps) {
  const { store, clock, log, metrics, config } = deps;

  /**
   * One inbound message, in named steps: who wrote (and about which task), what they meant,
   * what the conversation now remembers, what that changes, and at most one reply.
   */
  async function handle(tenant: Tenant, msg: InboundMessage): Promise<void> {
    const sender = await identifySender(tenant, msg);
    if (!sender) return;
    const { contact, task, identifiers } = sender;
    const understood = await understand(tenant, msg, contact, task);
    await remember(tenant, msg, contact, task, understood);
    const reply = await act(tenant, msg, {
      ...sender,
      ...understood,
      replies: createReplyBuilder(tenant, understood.lang, contact, msg.messageId),
      evidence: evidenceOf(msg, understood.classification, task, identifiers),
    });
    if (!reply) return;
    const sent = await sendOnce(tenant, msg, reply, understood.decision.kind);
    const asked = sent && consentQuestionOf(reply);
    // The double opt-in question, sent: a typed "yes" or "no" answers it from now on.
    if (asked)
      await store.saveConversation(
        tenant.id,
        contact,
        {
          pending: {
            kind: 'consent',
            categoryId: asked.categoryId,
            taskId: null,
            messageId: sent.messageId,
            askedAt: clock.now(),
          },
        },
        clock.now(),
      );
  }

  /**
   * The sender's identifiers (wa_id, user id, from the message and its contacts block), the
   * task message this answers if any, and the contact the effects are recorded under (the task
   * recipient's when known). Identifiers seen together are linked. Null (logged) when the
   * message names nobody.
   */
  async function identifySender(tenant: Tenant, msg: InboundMessage): Promise<Sender | null> {
    const ids = [
      identifierFromWhatsApp(msg.from),
      identifierFromWhatsApp(msg.contactWaId),
      identifierFromWhatsApp(msg.fromUserId),
      identifierFromWhatsApp(msg.contactUserId),
    ].filter((x): x is string => x !== null);
    if (ids.length === 0) {
      log.warn(
        { messageId: msg.messageId },
        'inbound message without a sender identifier; skipped',
      );
      return null;
    }
    const found = await findTaskContext(tenant, msg, ids);
    // A task message to a contact erased since is no context: its recipient is a keyed hash now,
    // which can be neither recorded under nor answered.
    const task = found && !found.contact.startsWith(ERASED_PREFIX) ? found : null;
    const contact = task?.contact ?? ids[0]!;
    const identifiers = [...new Set([contact, ...ids])];
    if (identifiers.length > 1)
      await store.linkIdentifiers(tenant.id, 'whatsapp', identifiers, clock.now());
    return { contact, task, identifiers };
  }

  /** What the message means (classified with the tenant's keywords and categories), what to do. */
  async function understand(
    tenant: Tenant,
    msg: InboundMessage,
    contact: string,
    task: TaskMessageRef | null,
  ): Promise<Understood> {
    const conversation = await store.getConversation(tenant.id, contact);
    const categories = (await store.listCategories(tenant.id, { limit: 500 })).items;
    const classification = msg.text
      ? classifyMessage(msg.text, {
          extraOptOut: tenant.settings.keywords.optOut,
          extraOptIn: tenant.settings.keywords.optIn,
          neverOptOut: appliedNeverOptOut(tenant.settings.keywords),
          categories: categories.map((c) => ({ id: c.id, name: c.name, keywords: c.keywords })),
        })
      : null;
    const decision = decideReply(
      tenant.settings,
      msg,
      classification,
      task ? { taskId: task.taskId, categoryId: task.categoryId } : null,
      livePending(conversation?.pending ?? null, msg.timestamp),
    );
    const neutral =
      msg.text !== undefined && msg.text !== null && isLanguageNeutralKeyword(msg.text);
    const lang = chooseReplyLanguage(
      neutral ? null : (classification?.language ?? null),
      conversation?.language ?? null,
      tenant,
      msg.text ? sharedKeywordLanguages(msg.text) : [],
    );
    return { categories, classification, decision, lang, neutral };
  }

  /** The conversation remembers the last inbound time, the language, and a pending question. */
  async function remember(
    tenant: Tenant,
    msg: InboundMessage,
    contact: string,
    task: TaskMessageRef | null,
    { classification, decision, neutral }: Understood,
  ): Promise<void> {
    await store.saveConversation(
      tenant.id,
      contact,
      {
        lastInboundAt: msg.timestamp,
        ...(classification && classification.language !== 'und' && !neutral
          ? { language: classification.language }
          : {}),
        ...(decision.kind === 'none'
          ? {}
          : { pending: decision.kind === 'ask' ? pendingFor(msg, task) : null }),
      },
      clock.now(),
    );
  }

  /** The decision's effects (opt-out list, consents, task replies); resolves with the reply. */
  async function act(
    tenant: Tenant,
    msg: InboundMessage,
    c: Sender & Understood & { replies: ReplyBuilder; evidence: Evidence },
  ): Promise<OutboundMessage | null> {
    const { contact, task, identifiers, decision, lang, replies, evidence } = c;
    /** A consent asked, answered or recorded from this message (consent-keywords.ts). */
    const keywordConsent = (categoryId: string | null) => ({
      contact,
      categoryId,
      lang,
      evidence: consentEvidence(evidence, lang),
      replies,
    });
    /** An opt-in that an admin's, Meta's or an erasure's opt-out still covers. */
    const blocked = () => replies.plain(replies.text('optInBlocked'));
    switch (decision.kind) {
      case 'opt_out':
        return optOut(tenant, msg, c, decision);
      case 'ask':
        // Already opted out of all marketing: there is nothing left to ask about.
        return (await stillStopped(tenant, identifiers, null)) ? null : replies.question();
      case 'keep':
        return replies.plain(replies.text('keepConfirm'));
      case 'undo': {
        const target = await store.getOptOut(tenant.id, decision.optOutId);
        if (
          target &&
          target.origin === 'customer' &&
          identifiers.includes(target.contact) &&
          !target.revokedAt
        ) {
          await store.revokeOptOut(
            tenant.id,
            target.id,
            'customer',
            clock.now(),
            null,
            eventsFor(tenant.id, clock.now(), (o: OptOut) => [optOutEvent('opt_out.revoked', o)]),
          );
          metrics.optOuts.inc({ source: target.source, outcome: 'revoked' });
        }
        return replies.plain(
          replies.text(
            (await stillStopped(tenant, identifiers, target?.categoryId ?? null))
              ? 'optInBlocked'
              : 'optInConfirm',
          ),
        );
      }
      case 'opt_in': {
        if (await erased(tenant, identifiers)) return blocked();
        const lifted = await deps.optOuts.revokeForContact(tenant.id, identifiers, {
          origins: ['customer'],
          actor: 'customer',
          source: 'keyword',
          evidence,
        });
        const reply = await deps.consentKeywords.optIn(tenant, {
          ...keywordConsent(decision.categoryId),
          resumed: lifted.length > 0,
        });
        // START lifts only the customer's own opt-outs: while an admin's or Meta's still covers
        // them, "you'll receive promotions again" would be untrue (field test finding 9).
        return (await stillStopped(tenant, identifiers, decision.categoryId)) ? blocked() : reply;
      }
      case 'consent':
        if (decision.answer === 'yes' && (await erased(tenant, identifiers))) return blocked();
        // A tap on the question's button names the question (context.id). A yes that names no
        // message cannot show the question was seen: it is asked again, and nothing recorded.
        if (decision.answer === 'yes' && !msg.contextId && !decision.questionId)
          return deps.consentKeywords.ask(tenant, keywordConsent(decision.categoryId));
        return deps.consentKeywords.answer(tenant, {
          ...keywordConsent(decision.answer === 'yes' ? decision.categoryId : null),
          yes: decision.answer === 'yes',
          evidence: {
            ...consentEvidence(evidence, lang),
            // The question's own message id: the proof links the yes to the question sent.
            ...(msg.contextId
              ? { detail: `button ${msg.payload ?? ''} answering ${msg.contextId}` }
              : decision.answer === 'yes' && decision.questionId
                ? { detail: `typed answer to ${decision.questionId}` }
                : {}),
          },
        });
      case 'help':
        return replies.plain(replies.text('help'));
      case 'status': {
        const all = await store.identifiersOf(tenant.id, 'whatsapp', identifiers);
        return replies.status(
          await store.findActiveOptOuts(tenant.id, 'whatsapp', all, clock.now()),
          new Map(c.categories.map((cat) => [cat.id, cat])),
        );
      }
      case 'opt_in_ask':
        // Interest in the offer is a reply the business follows up, whatever the answer.
        await recordReply(tenant, msg, contact, task);
        if (await erased(tenant, identifiers)) return blocked();
        return deps.consentKeywords.ask(tenant, keywordConsent(decision.categoryId));
      case 'none':
        await recordReply(tenant, msg, contact, task);
        return null;
    }
  }

  /** A reply to a task message, kept for the task's follow-up. */
  async function recordReply(
    tenant: Tenant,
    msg: InboundMessage,
    contact: string,
    task: TaskMessageRef | null,
  ): Promise<void> {
    if (!task) return;
    await store.recordReply({
      tenantId: tenant.id,
      taskId: task.taskId,
      recipientId: task.recipientId,
      contact,
      messageId: msg.messageId,
      text: msg.text ?? `[${msg.type}]`,
      at: msg.timestamp,
    });
  }

  /**
   * An opt-out the customer asked for: recorded (with its evidence), the task recipient marked
   * and the task's opt-out breaker checked; the reply confirms what was recorded.
   */
  async function optOut(
    tenant: Tenant,
    msg: InboundMessage,
    c: Sender & Understood & { replies: ReplyBuilder; evidence: Evidence },
    decision: Extract<Decision, { kind: 'opt_out' }>,
  ): Promise<OutboundMessage | null> {
    const { contact, task, evidence, replies, identifiers } = c;
    const prior = (await activeOptOuts(tenant, identifiers)).find(
      (o) => o.origin === 'customer' && o.categoryId === decision.scope.categoryId,
    );
    const { optOut: recorded, outcome } = await deps.optOuts.record({
      tenant,
      channel: 'whatsapp',
      contact,
      categoryId: decision.scope.categoryId,
      origin: 'customer',
      source: decision.source,
      at: msg.timestamp,
      validity: decision.scope.untilRevoked
        ? { kind: 'until', expiresAt: null }
        : { kind: 'default' },
      remarks: null,
      evidence,
      actor: 'customer',
    });
    if (task) {
      await store.markOptedOutAfter(task.recipientId, msg.timestamp);
      await checkOptOutBreaker(deps, tenant, task.taskId, task.sentAt);
    }
    log.info(
      {
        tenantId: tenant.id,
        contact: maskContact(contact),
        outcome,
        categoryId: recorded.categoryId,
        source: decision.source,
      },
      'customer opted out',
    );
    if (prior && clock.now().getTime() - prior.updatedAt.getTime() < REPEAT_CONFIRM_WINDOW_MS) {
      metrics.repliesSent.inc({ kind: 'opt_out', outcome: 'repeat' });
      return null;
    }
    const category = recorded.categoryId
      ? (c.categories.find((cat) => cat.id === recorded.categoryId) ?? null)
      : null;
    return replies.optOutConfirmation(recorded, category);
  }

  /**
   * Whether the sender's data was erased (POST /admin/contacts/:contact/erase): they stay
   * suppressed by the erasure's entry, which only an admin lifts, so an opt-in of theirs is
   * answered as one an admin's opt-out blocks, and no consent is recorded.
   */
  const erased = (tenant: Tenant, identifiers: string[]): Promise<boolean> =>
    deps.optOuts.isErased(tenant.id, 'whatsapp', identifiers);

  async function activeOptOuts(tenant: Tenant, identifiers: string[]): Promise<OptOut[]> {
    const all = await store.identifiersOf(tenant.id, 'whatsapp', identifiers);
    return store.findActiveOptOuts(tenant.id, 'whatsapp', all, clock.now());
  }

  /**
   * Whether an active opt-out (any origin) still stops the contact's marketing in this scope:
   * one for all marketing, or for the category (`categoryId` null: all marketing only).
   */
  async function stillStopped(
    tenant: Tenant,
    identifiers: string[],
    categoryId: string | null,
  ): Promise<boolean> {
    return (await activeOptOuts(tenant, identifiers)).some(
      (o) => o.categoryId === null || (categoryId !== null && o.categoryId === categoryId),
    );
  }

  async function findTaskContext(
    tenant: Tenant,
    msg: InboundMessage,
    ids: string[],
  ): Promise<TaskMessageRef | null> {
    if (msg.contextId) {
      const ref = await store.findTaskMessage(msg.contextId);
      if (ref && ref.tenantId === tenant.id) return ref;
    }
    const ours = parseOurPayload(msg.payload);
    const all = await store.identifiersOf(tenant.id, 'whatsapp', ids);
    const latest = await store.latestTaskMessageTo(
      tenant.id,
      all,
      new Date(msg.timestamp.getTime() - TASK_LINK_MS),
    );
    if (ours?.kind === 'task_opt_out' && latest && latest.taskId !== ours.taskId) {
      // The button names its task; prefer it over a more recent message of another task.
      const task = await store.getTask(tenant.id, ours.taskId);
      if (task) return { ...latest, taskId: task.id, categoryId: task.categoryId };
    }
    return latest;
  }

  /** At most one reply per inbound message, never to stale ones, only inside the service window. */
  async function sendOnce(
    tenant: Tenant,
    msg: InboundMessage,
    reply: OutboundMessage,
    kind: string,
  ): Promise<SendOk | null> {
    const age = clock.now().getTime() - msg.timestamp.getTime();
    if (age > config.staleMessageMinutes * 60_000 || age > SERVICE_WINDOW_MS) {
      metrics.repliesSent.inc({ kind, outcome: 'stale' });
      log.info(
        { messageId: msg.messageId, ageSeconds: Math.round(age / 1000) },
        'not replying to a stale message (its effect was recorded)',
      );
      return null;
    }
    if (!tenant.phoneNumberId) return null;
    if (!(await store.claimOnce(`reply:${tenant.id}:${msg.messageId}`, clock.now()))) {
      metrics.repliesSent.inc({ kind, outcome: 'duplicate' });
      return null;
    }
    try {
      const sent = await deps.whatsapp.send(
        { phoneNumberId: tenant.phoneNumberId, accessToken: deps.tenants.accessToken(tenant) },
        reply,
      );
      metrics.repliesSent.inc({ kind, outcome: 'sent' });
      // The sandbox's record of sends is in memory; this line is what outlives a restart.
      log.info(
        { tenantId: tenant.id, messageId: msg.messageId, to: maskContact(reply.to), kind },
        'reply sent',
      );
      return sent;
    } catch (err) {
      metrics.repliesSent.inc({ kind, outcome: 'error' });
      log.warn(
        { err: coerceError(err), messageId: msg.messageId },
        'reply not sent (not retried: one reply per message at most)',
      );
      return null;
    }
  }

  return { handle };
}

/**
 * The pending question, unless it is the double opt-in question asked over a day before the
 * message: a "yes" that late answers something else (and our reply window has closed).
 */
function livePending(pending: PendingQuestion | null, at: Date): PendingQuestion | null {
  if (pending?.kind !== 'consent') return pending;
  return at.getTime() - pending.askedAt.getTime() > SERVICE_WINDOW_MS ? null : pending;
}

/** The double opt-in question's category, when `reply` is that question (its yes button). */
function consentQuestionOf(reply: OutboundMessage): { categoryId: string | null } | null {
  if (reply.type !== 'interactive') return null;
  for (const button of reply.interactive.action.buttons) {
    const ours = parseOurPayload(button.reply.id);
    if (ours?.kind === 'consent_yes') return { categoryId: ours.categoryId };
  }
  return null;
}

function pendingFor(msg: InboundMessage, task: TaskMessageRef | null) {
  return {
    kind: 'confirm_opt_out' as const,
    categoryId: task?.categoryId ?? null,
    taskId: task?.taskId ?? null,
    messageId: msg.messageId,
    askedAt: msg.timestamp,
  };
}

export type ConversationHandler = ReturnType<typeof createConversation>;
export type { Category };
