/**
 * The read side of the opt-out list: contacts normalised as the tenant writes them, admin list
 * filters, the paged export, and the suppression check that matches every form of a contact.
 */
import type { Clock } from '../../clock';
import { equivalentPhoneNumbers, isPhoneContact, normalizeContact } from '../../domain/contacts';
import type {
  Category,
  Channel,
  OptOut,
  OptOutSource,
  OptOutState,
  Origin,
  Tenant,
} from '../../domain/types';
import { NotFoundError, ValidationError } from '../../errors';
import type { ErasureKeys } from './erasure-keys';
import type {
  CategoryStore,
  ContactDataStore,
  IdentityStore,
  OptOutFilter,
  OptOutStore,
  Page,
  PageRequest,
} from '../../store/types';

/** Admin list filters; `contact` in any form POST accepts, `categoryId: 'all'` = all-marketing rows. */
export interface OptOutQuery {
  channel?: Channel;
  contact?: string;
  categoryId?: string;
  source?: OptOutSource;
  origin?: Origin;
  active?: boolean;
  state?: OptOutState;
  createdFrom?: Date;
  createdTo?: Date;
}

const EXPORT_PAGE = 500;

/** The contact and every form Meta may use for it (Brazil's ninth digit, Mexico's 521). */
export function withEquivalents(channel: Channel, contact: string): string[] {
  return channel !== 'email' && isPhoneContact(contact)
    ? [contact, ...equivalentPhoneNumbers(contact)]
    : [contact];
}

export function createOptOutLookup(deps: {
  store: CategoryStore & IdentityStore & OptOutStore & Pick<ContactDataStore, 'findErasedKeys'>;
  clock: Clock;
  /** Recognises an erased contact by its keyed hash (erasure-keys.ts), as dispatch does. */
  erasure: ErasureKeys;
}) {
  const { store, clock } = deps;

  async function requireCategory(tenantId: string, categoryId: string): Promise<Category> {
    const category = await store.getCategory(tenantId, categoryId);
    if (!category) {
      throw new NotFoundError(`No category ${categoryId}: list them with GET /admin/categories.`);
    }
    return category;
  }

  /** A contact as stored (E.164, BSUID, lower-cased email), or a ValidationError saying why not. */
  function normalize(tenant: Tenant, channel: Channel, raw: string): string {
    const result = normalizeContact(channel, raw, tenant.settings.defaultRegion);
    if (!result.ok) throw new ValidationError(`Invalid contact for ${channel}: ${result.error}.`);
    return result.contact;
  }

  async function toFilter(tenant: Tenant, query: OptOutQuery): Promise<OptOutFilter> {
    const { contact, categoryId, ...rest } = query;
    const filter: OptOutFilter = { ...rest };
    if (contact !== undefined) {
      // A contact without a channel is read as a phone number unless it looks like an email.
      const channel = query.channel ?? (contact.includes('@') ? 'email' : 'whatsapp');
      filter.contacts = withEquivalents(channel, normalize(tenant, channel, contact));
    }
    if (categoryId === 'all') filter.categoryId = null;
    else if (categoryId !== undefined) {
      filter.categoryId = (await requireCategory(tenant.id, categoryId)).id;
    }
    return filter;
  }

  /**
   * The active erasure entries of these identifiers. An erased contact is kept only as a keyed
   * hash, linked to its numbers when a task or an import names them; it is recognised the same
   * way, linked or not (source `erasure`, the hash in place of the contact).
   */
  async function erasureEntries(
    tenantId: string,
    channel: Channel,
    identifiers: string[],
  ): Promise<OptOut[]> {
    const erased = await store.findErasedKeys(
      tenantId,
      channel,
      deps.erasure.keysOf(tenantId, identifiers),
    );
    if (erased.size === 0) return [];
    return store.findActiveOptOuts(tenantId, channel, [...erased], clock.now());
  }

  /** The contacts, every identifier linked to them, and every form Meta may use for each. */
  async function allForms(
    tenantId: string,
    channel: Channel,
    contacts: string[],
  ): Promise<string[]> {
    const linked = await store.identifiersOf(
      tenantId,
      channel,
      contacts.flatMap((c) => withEquivalents(channel, c)),
    );
    return [...new Set(linked.flatMap((id) => withEquivalents(channel, id)))];
  }

  return {
    requireCategory,
    normalize,
    erasureEntries,

    /**
     * Whether the contacts' data was erased: an erasure entry under the keyed hash of any of
     * their forms or linked identifiers. What an erased customer's opt-in (the conversation)
     * and a preference link that names them (preference-links.ts) are refused by.
     */
    async isErased(tenantId: string, channel: Channel, contacts: string[]): Promise<boolean> {
      const forms = await allForms(tenantId, channel, contacts);
      return (await erasureEntries(tenantId, channel, forms)).length > 0;
    },

    async list(tenant: Tenant, query: OptOutQuery, page: PageRequest): Promise<Page<OptOut>> {
      return store.listOptOuts(tenant.id, await toFilter(tenant, query), page, clock.now());
    },

    /**
     * Every row the filter matches, page by page (newest first), for the CSV export. The filter is
     * checked before this resolves, so a bad one fails before any byte is sent.
     */
    async exportRows(tenant: Tenant, query: OptOutQuery): Promise<AsyncIterable<OptOut>> {
      const filter = await toFilter(tenant, query);
      return (async function* pages() {
        let cursor: string | null = null;
        do {
          const page: Page<OptOut> = await store.listOptOuts(
            tenant.id,
            filter,
            { limit: EXPORT_PAGE, cursor },
            clock.now(),
          );
          yield* page.items;
          cursor = page.nextCursor;
        } while (cursor !== null);
      })();
    },

    /**
     * Is the contact (any accepted form, and every identifier linked to it) suppressed? With a
     * category: by an active opt-out of that category or of all marketing; without: of all marketing.
     * `optOuts` lists every active opt-out of the contact, whatever its scope.
     */
    async check(
      tenant: Tenant,
      channel: Channel,
      contact: string,
      categoryId: string | null,
    ): Promise<{ suppressed: boolean; optOuts: OptOut[] }> {
      if (categoryId) await requireCategory(tenant.id, categoryId);
      const identifiers = await allForms(tenant.id, channel, [normalize(tenant, channel, contact)]);
      const optOuts = await store.findActiveOptOuts(tenant.id, channel, identifiers, clock.now());
      const seen = new Set(optOuts.map((o) => o.id));
      for (const entry of await erasureEntries(tenant.id, channel, identifiers)) {
        if (!seen.has(entry.id)) optOuts.push(entry);
      }
      const suppressed = optOuts.some(
        (o) => o.categoryId === null || (categoryId !== null && o.categoryId === categoryId),
      );
      return { suppressed, optOuts };
    },
  };
}

export type OptOutLookup = ReturnType<typeof createOptOutLookup>;
