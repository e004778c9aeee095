import { formatDate, renderReply, replyLanguage, type ReplyKey } from '../../domain/replies';
import { PAYLOAD } from '../../domain/conversation';
import type { Category, OptOut, Tenant } from '../../domain/types';
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

    status(active: OptOut[], categories: Map<string, Category>): OutboundMessage {
      if (active.length === 0) return withContext(textMessage(to, text('statusNone')));
      const lines = active.map((o) => {
        const what = o.categoryId
          ? (categories.get(o.categoryId)?.name ?? o.categoryId)
          : text('allMarketing');
        return `• ${what}: ${o.expiresAt ? until(o.expiresAt) : text('untilRevoked')}`;
      });
      return withContext(textMessage(to, text('statusList', { list: lines.join('\n') })));
    },
  };
}
