/**
 * A customer's data rights (GDPR, LGPD, DPDP): everything stored about one contact, as JSON, and
 * its erasure. Erasure keeps the contact suppressed without keeping the number: each identifier
 * is replaced by a keyed hash (HMAC-SHA-256 under a per-tenant secret derived from SECRETS_KEY),
 * and a later import or task naming the number is recognised by recomputing the hash and linked
 * to its erasure entry, which the suppression check follows like any identity link.
 */
import type { Clock } from '../../clock';
import type { Channel, Tenant } from '../../domain/types';
import { NotFoundError } from '../../errors';
import { maskContact, type Logger } from '../../logger';
import type { Metrics } from '../../metrics';
import type {
  ConsentStore,
  ContactDataStore,
  ConversationStore,
  EraseSummary,
  IdentityStore,
  OptOutStore,
  Page,
  RecipientStore,
} from '../../store/types';
import { withEquivalents } from '../opt-outs/opt-out-lookup';
import type { OptOutService } from '../opt-outs/opt-out-service';
import { createErasureKeys, erasureKey } from '../opt-outs/erasure-keys';
import { parseWebhook } from '../../whatsapp/parse-webhook';

export { ERASED_PREFIX, erasureKey } from '../opt-outs/erasure-keys';

export function createContactRights(deps: {
  store: ContactDataStore &
    ConsentStore &
    ConversationStore &
    IdentityStore &
    OptOutStore &
    RecipientStore;
  clock: Clock;
  log: Logger;
  metrics: Metrics;
  secretsKey: Buffer;
  optOuts: Pick<OptOutService, 'normalize' | 'erasureEntries'>;
}) {
  const { store, clock, log, metrics } = deps;
  const { secretOf } = createErasureKeys(deps.secretsKey);

  async function identifiersOf(tenant: Tenant, channel: Channel, raw: string): Promise<string[]> {
    const contact = deps.optOuts.normalize(tenant, channel, raw);
    return store.identifiersOf(tenant.id, channel, withEquivalents(channel, contact));
  }

  async function allPages<T>(read: (cursor: string | null) => Promise<Page<T>>): Promise<T[]> {
    const out: T[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<T> = await read(cursor);
      out.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    return out;
  }

  /**
   * The contact's own WhatsApp messages still held in the inbox's stored webhook bodies (kept
   * INBOX_RETENTION_DAYS, erased with the contact): each message's id, time, type, text, the
   * profile name WhatsApp sent with it, and the message it answered.
   */
  async function inboundMessages(tenant: Tenant, channel: Channel, identifiers: string[]) {
    if (channel !== 'whatsapp' || tenant.phoneNumberId === null) return [];
    const digits = new Set(identifiers.map((id) => id.replace(/^\+/, '')));
    const messages = [];
    for (const body of await store.listContactInbox(tenant.phoneNumberId, identifiers)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        continue; // stored as received: a body that is not JSON names nobody
      }
      for (const event of parseWebhook(parsed).events) {
        if (event.kind !== 'message' || event.phoneNumberId !== tenant.phoneNumberId) continue;
        const from = event.from ?? event.contactWaId;
        if (from === null || !digits.has(from.replace(/^\+/, ''))) continue;
        messages.push({
          messageId: event.messageId,
          at: event.timestamp,
          type: event.type,
          text: event.text,
          profileName: event.profileName,
          inReplyTo: event.contextId,
        });
      }
    }
    return messages;
  }

  return {
    /** GET /admin/contacts/:contact/export: everything stored about the contact. */
    async exportContact(tenant: Tenant, channel: Channel, raw: string) {
      const identifiers = await identifiersOf(tenant, channel, raw);
      const now = clock.now();
      const optOuts = await allPages((cursor) =>
        store.listOptOuts(
          tenant.id,
          { channel, contacts: identifiers },
          { limit: 500, cursor },
          now,
        ),
      );
      const consents = await allPages((cursor) =>
        store.listConsents(tenant.id, { channel, contacts: identifiers }, { limit: 500, cursor }),
      );
      const conversations = [];
      for (const id of identifiers) {
        const conversation = await store.getConversation(tenant.id, id);
        if (conversation) conversations.push(conversation);
      }
      // Kept under a keyed hash only: the erasure, when this number's data was erased.
      const erasure = (await deps.optOuts.erasureEntries(tenant.id, channel, identifiers)).map(
        (o) => ({ erasedAt: o.createdAt, optOutId: o.id }),
      );
      return {
        contact: identifiers[0] ?? raw,
        channel,
        identifiers,
        optOuts: await Promise.all(
          optOuts.map(async (o) => ({
            ...o,
            events: await store.listOptOutEvents(tenant.id, o.id),
          })),
        ),
        consents: await Promise.all(
          consents.map(async (c) => ({
            ...c,
            events: await store.listConsentEvents(tenant.id, c.id),
          })),
        ),
        taskMessages: await store.listContactRecipients(tenant.id, identifiers),
        replies: await store.listContactReplies(tenant.id, identifiers),
        conversations,
        inboundMessages: await inboundMessages(tenant, channel, identifiers),
        erasure,
        exportedAt: now,
      };
    },

    /** POST /admin/contacts/:contact/erase. */
    async erase(
      tenant: Tenant,
      channel: Channel,
      raw: string,
      actor: string,
    ): Promise<EraseSummary> {
      const identifiers = await identifiersOf(tenant, channel, raw);
      if (identifiers.length === 0) throw new NotFoundError('No contact to erase.');
      const secret = secretOf(tenant.id);
      const summary = await store.eraseContact(
        {
          tenantId: tenant.id,
          channel,
          identifiers: identifiers.map((identifier) => ({
            identifier,
            key: erasureKey(secret, identifier),
          })),
          actor,
          phoneNumberId: tenant.phoneNumberId,
        },
        clock.now(),
      );
      metrics.erasures.inc();
      log.info(
        { tenantId: tenant.id, contact: maskContact(raw), actor, ...summary },
        'contact erased',
      );
      return summary;
    },

    /** Links contacts that were erased before to their erasure entries; returns how many. */
    async linkErased(tenant: Tenant, contacts: string[]): Promise<number> {
      if (contacts.length === 0) return 0;
      const secret = secretOf(tenant.id);
      const keys = contacts.map((c) => erasureKey(secret, c));
      const erased = await store.findErasedKeys(tenant.id, 'whatsapp', keys);
      let linked = 0;
      for (const [i, key] of keys.entries()) {
        if (!erased.has(key)) continue;
        await store.linkIdentifiers(tenant.id, 'whatsapp', [contacts[i]!, key], clock.now());
        linked += 1;
      }
      return linked;
    },
  };
}

export type ContactRights = ReturnType<typeof createContactRights>;
