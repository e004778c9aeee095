/**
 * The opt-out conversation: one inbound WhatsApp message → a decision (opt out, ask, opt in,
 * help, status, or a plain reply for follow-up) → the opt-out list and at most one reply.
 * Consent keywords win over any pending question; an explicit STOP is honoured at once.
 */
import type { Clock } from '../../clock';
import type { Config } from '../../config';
import { identifierFromWhatsApp, parseOurPayload } from '../../domain/conversation';
import { decideReply } from '../../domain/conversation-decision';
import { classifyMessage } from '../../domain/intent';
import type { ConsentEvidence } from '../../domain/consent';
import type { Category, Evidence, Tenant } from '../../domain/types';
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
  RecipientStore,
  TaskMessageRef,
  TaskStore,
} from '../../store/types';
import type { InboundMessage } from '../../whatsapp/webhook-events';
import type { OutboundMessage, WhatsAppClient } from '../../whatsapp/types';
import { chooseReplyLanguage, createReplyBuilder } from './conversation-replies';
import type { ConsentKeywords } from '../consent/consent-keywords';
import type { OptOutService } from '../opt-outs/opt-out-service';
import type { TenantService } from '../tenants/tenant-service';
import { checkOptOutBreaker } from '../tasks/opt-out-breaker';
import type { EventService } from '../events/event-service';

const TASK_LINK_MS = 72 * 3600 * 1000;
const SERVICE_WINDOW_MS = 24 * 3600 * 1000;

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

/** A customer message as evidence of a consent: what they wrote, its id, its language. */
function consentEvidence(e: Evidence, lang: string): ConsentEvidence {
  return {
    ...(e.text !== undefined ? { text: e.text } : {}),
    ...(e.messageId !== undefined ? { messageId: e.messageId } : {}),
    ...(e.payload !== undefined ? { detail: `button ${e.payload}` } : {}),
    language: lang,
  };
}

export function createConversation(deps: ConversationDeps) {
  const { store, clock, log, metrics, config } = deps;

  async function handle(tenant: Tenant, msg: InboundMessage): Promise<void> {
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
      return;
    }
    const task = await findTaskContext(tenant, msg, ids);
    const contact = task?.contact ?? ids[0]!;
    const identifiers = [...new Set([contact, ...ids])];
    if (identifiers.length > 1)
      await store.linkIdentifiers(tenant.id, 'whatsapp', identifiers, clock.now());

    const conversation = await store.getConversation(tenant.id, contact);
    const categories = (await store.listCategories(tenant.id, { limit: 500 })).items;
    const classification = msg.text
      ? classifyMessage(msg.text, {
          extraOptOut: tenant.settings.keywords.optOut,
          extraOptIn: tenant.settings.keywords.optIn,
          neverOptOut: tenant.settings.keywords.neverOptOut ?? [],
          categories: categories.map((c) => ({ id: c.id, name: c.name, keywords: c.keywords })),
        })
      : null;
    const decision = decideReply(
      tenant.settings,
      msg,
      classification,
      task ? { taskId: task.taskId, categoryId: task.categoryId } : null,
      conversation?.pending ?? null,
    );
    const lang = chooseReplyLanguage(
      classification?.language ?? null,
      conversation?.language ?? null,
      tenant,
    );
    await store.saveConversation(
      tenant.id,
      contact,
      {
        lastInboundAt: msg.timestamp,
        ...(classification && classification.language !== 'und'
          ? { language: classification.language }
          : {}),
        ...(decision.kind === 'none'
          ? {}
          : { pending: decision.kind === 'ask' ? pendingFor(msg, task) : null }),
      },
      clock.now(),
    );

    const replies = createReplyBuilder(tenant, lang, contact, msg.messageId);
    const categoryById = new Map(categories.map((c) => [c.id, c]));
    const evidence: Evidence = {
      ...(msg.text ? { text: msg.text.slice(0, 1000) } : {}),
      ...(classification
        ? {
            intent: classification.intent,
            certainty: classification.certainty,
            language: classification.language,
          }
        : {}),
      messageId: msg.messageId,
      ...(task ? { taskId: task.taskId } : {}),
      ...(msg.payload ? { payload: msg.payload } : {}),
      identifiers,
    };
    let reply: OutboundMessage | null = null;

    switch (decision.kind) {
      case 'opt_out': {
        const { optOut, outcome } = await deps.optOuts.record({
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
            categoryId: optOut.categoryId,
            source: decision.source,
          },
          'customer opted out',
        );
        reply = replies.optOutConfirmation(
          optOut,
          optOut.categoryId ? (categoryById.get(optOut.categoryId) ?? null) : null,
        );
        break;
      }
      case 'ask':
        reply = replies.question();
        break;
      case 'keep':
        reply = replies.plain(replies.text('keepConfirm'));
        break;
      case 'undo': {
        const target = await store.getOptOut(tenant.id, decision.optOutId);
        if (
          target &&
          target.origin === 'customer' &&
          identifiers.includes(target.contact) &&
          !target.revokedAt
        ) {
          await store.revokeOptOut(tenant.id, target.id, 'customer', clock.now());
          metrics.optOuts.inc({ source: target.source, outcome: 'revoked' });
        }
        reply = replies.plain(replies.text('optInConfirm'));
        break;
      }
      case 'opt_in': {
        await deps.optOuts.revokeForContact(tenant.id, identifiers, {
          origins: ['customer'],
          actor: 'customer',
          source: 'keyword',
          evidence,
        });
        reply = await deps.consentKeywords.optIn(tenant, {
          contact,
          categoryId: decision.categoryId,
          lang,
          evidence: consentEvidence(evidence, lang),
          replies,
        });
        break;
      }
      case 'consent':
        reply = await deps.consentKeywords.answer(tenant, {
          contact,
          categoryId: decision.answer === 'yes' ? decision.categoryId : null,
          yes: decision.answer === 'yes',
          lang,
          evidence: consentEvidence(evidence, lang),
          replies,
        });
        break;
      case 'help':
        reply = replies.plain(replies.text('help'));
        break;
      case 'status': {
        const all = await store.identifiersOf(tenant.id, 'whatsapp', identifiers);
        reply = replies.status(
          await store.findActiveOptOuts(tenant.id, 'whatsapp', all, clock.now()),
          categoryById,
        );
        break;
      }
      case 'none':
        if (task) {
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
        break;
    }
    if (reply) await sendOnce(tenant, msg, reply, decision.kind);
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
  ): Promise<void> {
    const age = clock.now().getTime() - msg.timestamp.getTime();
    if (age > config.staleMessageMinutes * 60_000 || age > SERVICE_WINDOW_MS) {
      metrics.repliesSent.inc({ kind, outcome: 'stale' });
      log.info(
        { messageId: msg.messageId, ageSeconds: Math.round(age / 1000) },
        'not replying to a stale message (its effect was recorded)',
      );
      return;
    }
    if (!tenant.phoneNumberId) return;
    if (!(await store.claimOnce(`reply:${tenant.id}:${msg.messageId}`, clock.now()))) {
      metrics.repliesSent.inc({ kind, outcome: 'duplicate' });
      return;
    }
    try {
      await deps.whatsapp.send(
        { phoneNumberId: tenant.phoneNumberId, accessToken: deps.tenants.accessToken(tenant) },
        reply,
      );
      metrics.repliesSent.inc({ kind, outcome: 'sent' });
    } catch (err) {
      metrics.repliesSent.inc({ kind, outcome: 'error' });
      log.warn(
        { err: coerceError(err), messageId: msg.messageId },
        'reply not sent (not retried: one reply per message at most)',
      );
    }
  }

  return { handle };
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
