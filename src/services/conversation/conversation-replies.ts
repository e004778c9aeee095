import { formatDate, renderReply, replyLanguage, type ReplyKey } from '../../domain/replies';
import { PAYLOAD } from '../../domain/conversation';
import type { Category, OptOut, Origin, Tenant } from '../../domain/types';
import { buttonsMessage, textMessage, type ButtonSpec } from '../../whatsapp/messages';
import type { OutboundMessage } from '../../whatsapp/types';

/**
 * The language to answer in: what the customer wrote in, else what they used before, else the
 * tenant's `language`; the first one we have replies for (domain/replies.ts), else English.
 * Pass null for `detected` when the message has no language of its own (a bare STOP, see
 * domain/neutral-keywords.ts), and in `shared` the languages of a bare keyword several share
 * (intent/shared-keyword.ts).
 */
export function chooseReplyLanguage(
  detected: string | null,
  previous: string | null,
  tenant: Tenant,
  shared: readonly string[] = [],
): string {
  // Round 9b: a bare keyword two languages share ("Pare": es and pt; "СТОП": ru and uk) takes
  // the customer's earlier language, then the tenant's, when it is one of them.
  const preferred = [previous, tenant.settings.language].find((l) => l && shared.includes(l));
  for (const lang of [preferred, detected, previous, tenant.settings.language]) {
    const supported = replyLanguage(lang);
    if (supported) return supported;
  }
  return 'en';
}

/**
 * STATUS's part for each origin (every origin has one: a new origin fails to compile here), in
 * this order: the customer's own opt-outs first, the ones they can undo.
 */
const STATUS_KEYS: Record<Origin, ReplyKey> = {
  customer: 'statusList',
  admin: 'statusListAdmin',
  meta: 'statusListMeta',
};

/** Builds our messages in the customer's language, with the tenant's overrides. */
export function createReplyBuilder(tenant: Tenant, lang: string, to: string, quote: string | null) {
  const overrides = tenant.settings.replyTexts;
  const brand = tenant.settings.brandName ?? tenant.name;
  const text = (key: ReplyKey, vars: Record<string, string> = {}) =>
    renderReply(key, lang, { brand, ...vars }, overrides);
  const context = quote ? { context: { message_id: quote } } : {};
  const withContext = (m: OutboundMessage): OutboundMessage => ({ ...m, ...context });
  const until = (d: Date) => formatDate(d, lang, tenant.settings.timeZone);

  return {
    text,
    plain: (body: string) => withContext(textMessage(to, body)),
    /** A text with reply buttons, quoting the customer's message. */
    buttons: (body: string, buttons: ButtonSpec[]) =>
      withContext(buttonsMessage(to, body, buttons)),
    lang,
    brand,

    /** The confirmation of a recorded opt-out: what it covers, until when, how to undo it. */
    optOutConfirmation(optOut: OptOut, category: Category | null): OutboundMessage {
      if (category) {
        const body = text('optOutConfirmCategory', {
          category: category.name,
          until: optOut.expiresAt ? until(optOut.expiresAt) : text('untilRevoked'),
        });
        // A single-category opt-out offers to widen it to all promotions, or to undo it.
        return withContext(
          buttonsMessage(to, body, [
            { id: PAYLOAD.widenAll, title: text('btnStopAll') },
            { id: PAYLOAD.undo(optOut.id), title: text('btnUndo') },
          ]),
        );
      }
      if (optOut.expiresAt) {
        const body = text('optOutConfirmUntil', { until: until(optOut.expiresAt) });
        return withContext(
          buttonsMessage(to, body, [
            { id: PAYLOAD.widenAll, title: text('btnStopAll') },
            { id: PAYLOAD.undo(optOut.id), title: text('btnUndo') },
          ]),
        );
      }
      return withContext(textMessage(to, text('optOutConfirmAll')));
    },

    question(): OutboundMessage {
      return withContext(
        buttonsMessage(to, text('askConfirm'), [
          { id: PAYLOAD.confirmStop, title: text('btnStopYes') },
          { id: PAYLOAD.keep, title: text('btnKeep') },
        ]),
      );
    },

    /**
     * STATUS: the active opt-outs, grouped by who made them, each group in words true for it.
     * Only the customer's own are theirs to lift with START; an admin's stays until the business
     * lifts it, Meta's until the customer turns marketing back on in WhatsApp.
     */
    status(active: OptOut[], categories: Map<string, Category>): OutboundMessage {
      if (active.length === 0) return withContext(textMessage(to, text('statusNone')));
      const line = (o: OptOut) => {
        const what = o.categoryId
          ? (categories.get(o.categoryId)?.name ?? o.categoryId)
          : text('allMarketing');
        const end = o.expiresAt
          ? until(o.expiresAt)
          : text(o.origin === 'customer' ? 'untilRevoked' : 'noEndDate');
        return `• ${what}: ${end}`;
      };
      const groups = Object.entries(STATUS_KEYS).flatMap(([origin, key]) => {
        const lines = active.filter((o) => o.origin === origin).map(line);
        return lines.length === 0 ? [] : [text(key, { list: lines.join('\n') })];
      });
      return withContext(textMessage(to, groups.join('\n\n')));
    },
  };
}
