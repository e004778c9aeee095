/**
 * A customer's own yes to marketing, from the conversation: START/JOIN/"quiero recibir ofertas"
 * (the classifier's opt_in intent) records a consent with the message as evidence (source
 * `keyword`). A tenant with `doubleOptIn` asks first, once per such message, with reply buttons
 * in the customer's language (domain/consent-texts), and records the consent only on "yes"
 * (source `double_opt_in`, the question's wording kept as evidence).
 */
import type { ConsentEvidence } from '../../domain/consent';
import { consentReply, replyTextLocale } from '../../domain/consent-texts';
import { PAYLOAD } from '../../domain/conversation';
import type { Tenant } from '../../domain/types';
import type { ConsentStore } from '../../store/types';
import type { OutboundMessage } from '../../whatsapp/types';
import type { createReplyBuilder } from '../conversation/conversation-replies';
import type { ConsentService } from './consent-service';

type Replies = ReturnType<typeof createReplyBuilder>;

export interface KeywordConsent {
  /** The contact as the conversation keys it (normalised). */
  contact: string;
  categoryId: string | null;
  lang: string;
  evidence: ConsentEvidence;
  replies: Replies;
  /** The message also lifted an opt-out of the customer's own (their START resumes marketing). */
  resumed?: boolean;
}

/**
 * The texts' locale: the reply language and, for Chinese, the script the customer wrote in
 * (我要訂閱 asks in Traditional characters, 我要订阅 in Simplified).
 */
const textLocaleOf = (input: KeywordConsent): string =>
  replyTextLocale(input.replies.lang, input.evidence.text);

export function createConsentKeywords(deps: {
  store: Pick<ConsentStore, 'findConsented'>;
  consents: Pick<ConsentService, 'grant'>;
}) {
  const { store, consents } = deps;

  const grant = (
    tenant: Tenant,
    input: KeywordConsent,
    source: 'keyword' | 'double_opt_in',
    evidence: ConsentEvidence,
  ) =>
    consents.grant({
      tenant,
      channel: 'whatsapp',
      contact: input.contact,
      categoryId: input.categoryId,
      source,
      evidence,
      actor: 'customer',
    });

  /** Whether the contact already holds a consent covering the category (any identifier). */
  const holds = async (tenant: Tenant, input: KeywordConsent) =>
    (await store.findConsented(tenant.id, 'whatsapp', [input.contact], input.categoryId)).has(
      input.contact,
    );

  /** The double opt-in question, with its two buttons, in the customer's language. */
  const question = (input: KeywordConsent): OutboundMessage => {
    const { replies } = input;
    const lang = textLocaleOf(input);
    return replies.buttons(consentReply('consentAsk', lang, replies.brand), [
      {
        id: PAYLOAD.consentYes(input.categoryId),
        title: consentReply('btnConsentYes', lang, replies.brand),
      },
      { id: PAYLOAD.consentNo, title: consentReply('btnConsentNo', lang, replies.brand) },
    ]);
  };

  return {
    /** START and its kin: consent now, or the double opt-in question. Returns the reply. */
    async optIn(tenant: Tenant, input: KeywordConsent): Promise<OutboundMessage> {
      const { replies } = input;
      if (!tenant.settings.doubleOptIn) {
        const { outcome } = await grant(tenant, input, 'keyword', input.evidence);
        // A first yes is not "… again": it is answered as the double opt-in's yes is, unless the
        // tenant wrote its own confirmation (replyTexts.<lang>.optInConfirm), which answers both.
        const own = Object.values(tenant.settings.replyTexts).some((texts) => texts?.optInConfirm);
        const first = outcome === 'created' && !input.resumed && !own;
        return replies.plain(
          first
            ? consentReply('consentGranted', textLocaleOf(input), replies.brand)
            : replies.text('optInConfirm'),
        );
      }
      // Already consented (under any identifier): nothing to ask.
      if (await holds(tenant, input)) return replies.plain(replies.text('optInConfirm'));
      return question(input);
    },

    /**
     * A likely yes to our marketing ("SIM", "はい" answering an offer): the double opt-in
     * question whatever the tenant's setting (a bare yes is too little to record as consent),
     * nothing when the contact already consented.
     */
    async ask(tenant: Tenant, input: KeywordConsent): Promise<OutboundMessage | null> {
      return (await holds(tenant, input)) ? null : question(input);
    },

    /** The answer to the double opt-in question: consent on yes, nothing recorded on no. */
    async answer(
      tenant: Tenant,
      input: KeywordConsent & { yes: boolean },
    ): Promise<OutboundMessage> {
      const { replies } = input;
      const lang = textLocaleOf(input);
      if (!input.yes) return replies.plain(consentReply('consentDeclined', lang, replies.brand));
      await grant(tenant, input, 'double_opt_in', {
        ...input.evidence,
        wording: consentReply('consentAsk', lang, replies.brand),
      });
      // Not optInConfirm ("... again"): this yes may be the customer's first.
      return replies.plain(consentReply('consentGranted', lang, replies.brand));
    },
  };
}

export type ConsentKeywords = ReturnType<typeof createConsentKeywords>;
