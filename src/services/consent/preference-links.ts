/**
 * The customer's preference link: a signed, expiring, per-contact URL to a small page where the
 * customer stops all marketing, stops one category, pauses for N days or resubscribes. No login:
 * the token is the key. It is sealed with AES-256-GCM under a key derived from SECRETS_KEY, so
 * it is both unforgeable and opaque (the number is not readable in the URL, nor in logs, which
 * drop query strings). Choices are recorded like any other opt-out or consent (source
 * `preference_page`).
 */
import { createHmac } from 'node:crypto';
import type { Clock } from '../../clock';
import { pickTextLocale, textLocale } from '../../domain/consent-texts';
import { supportedLanguage } from '../../domain/languages';
import type { Category, Tenant } from '../../domain/types';
import { ConflictError, NotFoundError } from '../../errors';
import { maskContact, type Logger } from '../../logger';
import type {
  CategoryStore,
  ConversationStore,
  IdentityStore,
  TenantStore,
} from '../../store/types';
import type { OptOutService } from '../opt-outs/opt-out-service';
import { decryptSecret, encryptSecret } from '../tenants/secrets';
import type { ConsentService } from './consent-service';

/** How long a link works unless the caller says otherwise. */
export const DEFAULT_LINK_DAYS = 30;
export const PAUSE_DAYS = 30;

interface LinkPayload {
  /** tenant id, contact, category id (or null), language (or null), expiry (ms since epoch) */
  t: string;
  c: string;
  k: string | null;
  l: string | null;
  e: number;
}

export type PreferenceChoice = 'stop_all' | 'stop_category' | 'pause' | 'resubscribe';

/**
 * `lang`: the customer's language as stopline knows it (the conversation's, else the link's),
 * or null; the page falls back to the browser's Accept-Language, then the tenant's language.
 */
export type LinkState =
  | { ok: true; tenant: Tenant; contact: string; category: Category | null; lang: string | null }
  | {
      ok: false;
      /** `erased`: the contact's data was erased since the link was sent (it names their number). */
      reason: 'expired' | 'invalid' | 'erased';
      lang: string | null;
      tenant: Tenant | null;
    };

export function createPreferenceLinks(deps: {
  store: TenantStore & CategoryStore & ConversationStore & IdentityStore;
  clock: Clock;
  log: Logger;
  secretsKey: Buffer;
  optOuts: Pick<OptOutService, 'record' | 'revokeForContact' | 'isErased'>;
  consents: Pick<ConsentService, 'grant'>;
}) {
  const { store, clock, log } = deps;
  const key = createHmac('sha256', deps.secretsKey).update('stopline-preference-link').digest();

  /**
   * The language the conversation last saw the customer write in (under any of their
   * identifiers: the link names the number, the conversation may key the wa_id), else the
   * link's own (the template's, or the one the admin asked for).
   */
  async function customerLanguage(
    tenantId: string,
    contact: string,
    linkLanguage: string | null,
  ): Promise<string | null> {
    const linked = await store.identifiersOf(tenantId, 'whatsapp', [contact]);
    for (const id of [contact, ...linked.filter((i) => i !== contact)]) {
      const language = supportedLanguage((await store.getConversation(tenantId, id))?.language);
      // The conversation's Chinese ("zh") takes its script from the link's (a zh_TW template).
      if (language) return language === 'zh' ? pickTextLocale([language, linkLanguage]) : language;
    }
    return textLocale(linkLanguage);
  }

  async function open(token: string): Promise<LinkState> {
    let payload: LinkPayload;
    try {
      payload = JSON.parse(decryptSecret(key, token)) as LinkPayload;
    } catch {
      return { ok: false, reason: 'invalid', lang: null, tenant: null };
    }
    const tenant = await store.getTenant(payload.t);
    if (!tenant) return { ok: false, reason: 'invalid', lang: null, tenant: null };
    const lang = await customerLanguage(tenant.id, payload.c, payload.l ?? null);
    if (payload.e <= clock.now().getTime()) return { ok: false, reason: 'expired', lang, tenant };
    // A link sent before the contact's erasure still names their number: it must neither show
    // their choices nor write the number back (the erasure's entry keeps them suppressed).
    if (await deps.optOuts.isErased(tenant.id, 'whatsapp', [payload.c]))
      return { ok: false, reason: 'erased', lang, tenant };
    const category = payload.k ? await store.getCategory(tenant.id, payload.k) : null;
    return { ok: true, tenant, contact: payload.c, category, lang };
  }

  function tokenFor(
    tenant: Tenant,
    contact: string,
    categoryId: string | null,
    language: string,
    days = DEFAULT_LINK_DAYS,
  ): string {
    const payload: LinkPayload = {
      t: tenant.id,
      c: contact,
      k: categoryId,
      // A template language ("pt_BR", "fil", "zh_TW") names the page's ("pt", "tl", "zh-Hant").
      l: textLocale(language),
      e: clock.now().getTime() + days * 86_400_000,
    };
    return encryptSecret(key, JSON.stringify(payload));
  }

  return {
    open,
    tokenFor,

    /**
     * A link for one contact (and the task's category, if any), valid for `days`. `lang` null:
     * the page speaks the customer's language as the conversation knows it, else their browser's.
     */
    async mint(
      tenant: Tenant,
      contact: string,
      categoryId: string | null,
      lang: string | null,
      days = DEFAULT_LINK_DAYS,
    ): Promise<{ token: string; expiresAt: Date }> {
      if (categoryId && !(await store.getCategory(tenant.id, categoryId)))
        throw new NotFoundError(`No category ${categoryId}: list them with GET /admin/categories.`);
      // Such a link would only answer 410 (open()), and would put the number in a URL again.
      if (await deps.optOuts.isErased(tenant.id, 'whatsapp', [contact]))
        throw new ConflictError(
          'This contact’s data was erased: no preference link is made for it (it stays suppressed).',
        );
      const expiresAt = new Date(clock.now().getTime() + days * 86_400_000);
      const payload: LinkPayload = {
        t: tenant.id,
        c: contact,
        k: categoryId,
        l: textLocale(lang),
        e: expiresAt.getTime(),
      };
      return { token: encryptSecret(key, JSON.stringify(payload)), expiresAt };
    },

    /** Records the customer's choice; the link must still be valid. */
    async choose(token: string, choice: PreferenceChoice): Promise<LinkState> {
      const state = await open(token);
      if (!state.ok) return state;
      const { tenant, contact, category } = state;
      const evidence = { detail: `preference page: ${choice}` };
      const optOut = (categoryId: string | null, days: number | null) =>
        deps.optOuts.record({
          tenant,
          channel: 'whatsapp',
          contact,
          categoryId,
          origin: 'customer',
          source: 'preference_page',
          at: clock.now(),
          validity: days === null ? { kind: 'until', expiresAt: null } : { kind: 'days', days },
          remarks: null,
          evidence,
          actor: 'customer',
        });
      if (choice === 'stop_all') await optOut(null, null);
      else if (choice === 'stop_category' && category) await optOut(category.id, null);
      else if (choice === 'pause') await optOut(null, PAUSE_DAYS);
      else if (choice === 'resubscribe') {
        await deps.optOuts.revokeForContact(tenant.id, [contact], {
          origins: ['customer'],
          actor: 'customer',
          source: 'preference_page',
          evidence,
        });
        await deps.consents.grant({
          tenant,
          channel: 'whatsapp',
          contact,
          categoryId: null,
          source: 'preference_page',
          evidence: { detail: 'preference page: resubscribe' },
          actor: 'customer',
        });
      }
      log.info(
        { tenantId: tenant.id, contact: maskContact(contact), choice },
        'preference page choice recorded',
      );
      return state;
    },
  };
}

export type PreferenceLinks = ReturnType<typeof createPreferenceLinks>;

/** What the dispatcher needs: a token per recipient, minted as the message is built. */
export type PreferenceTokens = Pick<PreferenceLinks, 'tokenFor'>;
