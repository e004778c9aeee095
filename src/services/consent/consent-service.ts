/**
 * The consent ledger for the admin API and the conversation: grant (every source), withdraw,
 * list, one contact's history. Contacts are normalised as the opt-out list writes them, and the
 * alternate forms of a phone number are linked, so a consent follows the contact like an opt-out.
 */
import type { Clock } from '../../clock';
import type { Consent, ConsentEvent, ConsentEvidence, ConsentSource } from '../../domain/consent';
import type { Channel, Tenant } from '../../domain/types';
import { NotFoundError, ValidationError } from '../../errors';
import { maskContact, type Logger } from '../../logger';
import type { Metrics } from '../../metrics';
import type {
  CategoryStore,
  ConsentFilter,
  ConsentInput,
  ConsentStore,
  GrantOutcome,
  IdentityStore,
  Page,
  PageRequest,
} from '../../store/types';
import { pageOfList } from '../../store/page';
import type { ImportOutcome, ImportService, ImportSource } from '../imports/import-service';
import { withEquivalents } from '../opt-outs/opt-out-lookup';
import type { Actor, OptOutService } from '../opt-outs/opt-out-service';
import { importConsents } from './consent-import';
import { consentEvent } from '../events/event-data';
import { eventsFor, toOutbox, type OutboundEvent } from '../events/outbox-events';

type Granted = { consent: Consent; outcome: GrantOutcome };

/** A new grant, or a withdrawn consent granted again, is `consent.created`; a reaffirmation sends nothing. */
function consentGranted({ consent, outcome }: Granted): OutboundEvent[] {
  return outcome === 'reaffirmed' ? [] : [consentEvent('consent.created', consent)];
}

export interface GrantInput {
  tenant: Tenant;
  channel: Channel;
  /** Already normalised. */
  contact: string;
  categoryId: string | null;
  source: ConsentSource;
  evidence: ConsentEvidence | null;
  actor: string;
}

/** What an admin sends to POST /admin/consents (schema-checked; contact not yet normalised). */
export interface AdminConsentInput {
  channel: Channel;
  contact: string;
  categoryId?: string | null;
  source?: ConsentSource;
  evidence?: ConsentEvidence | null;
}

/** Admin list filters; `categoryId: 'all'` = all-marketing rows only. */
export interface ConsentQuery {
  channel?: Channel;
  contact?: string;
  categoryId?: string;
  active?: boolean;
}

export function createConsentService(deps: {
  store: ConsentStore & IdentityStore & CategoryStore;
  clock: Clock;
  metrics: Metrics;
  log: Logger;
  optOuts: Pick<OptOutService, 'normalize' | 'requireCategory'>;
  imports: ImportService;
}) {
  const { store, clock, metrics, log, optOuts } = deps;

  async function linkForms(tenantId: string, channel: Channel, contact: string): Promise<void> {
    const identifiers = withEquivalents(channel, contact);
    if (identifiers.length > 1)
      await store.linkIdentifiers(tenantId, channel, identifiers, clock.now());
  }

  async function grant(input: GrantInput): Promise<{ consent: Consent; outcome: GrantOutcome }> {
    const { tenant, channel, contact, categoryId } = input;
    if (categoryId) await optOuts.requireCategory(tenant.id, categoryId);
    await linkForms(tenant.id, channel, contact);
    const result = await store.grantConsent(
      {
        tenantId: tenant.id,
        channel,
        contact,
        categoryId,
        source: input.source,
        evidence: input.evidence,
        actor: input.actor,
      },
      clock.now(),
      eventsFor(tenant.id, clock.now(), consentGranted),
    );
    metrics.consents.inc({ source: input.source, outcome: result.outcome });
    log.info(
      {
        tenantId: tenant.id,
        consentId: result.consent.id,
        channel,
        contact: maskContact(contact),
        categoryId,
        source: input.source,
        outcome: result.outcome,
      },
      'consent recorded',
    );
    return result;
  }

  async function get(tenantId: string, id: string): Promise<Consent> {
    const consent = await store.getConsent(tenantId, id);
    if (!consent) throw new NotFoundError(`No consent ${id}: list them with GET /admin/consents.`);
    return consent;
  }

  /** Every stored form of a contact: its phone equivalents and every identifier linked to them. */
  async function identifiersOf(tenant: Tenant, channel: Channel, raw: string): Promise<string[]> {
    const contact = optOuts.normalize(tenant, channel, raw);
    return store.identifiersOf(tenant.id, channel, withEquivalents(channel, contact));
  }

  const service = {
    grant,
    get,
    identifiersOf,

    /** POST /admin/consents/import: rows become consents with source `import`. */
    async importRows(actor: Actor, source: ImportSource): Promise<ImportOutcome> {
      return importConsents(
        { store, consents: service, imports: deps.imports, normalize: optOuts.normalize },
        actor,
        source,
      );
    },

    /** POST /admin/consents: source `api` unless the admin names how it was collected. */
    async add({ tenant, actor }: Actor, input: AdminConsentInput) {
      const contact = optOuts.normalize(tenant, input.channel, input.contact);
      return grant({
        tenant,
        channel: input.channel,
        contact,
        categoryId: input.categoryId ?? null,
        source: input.source ?? 'api',
        // The admin who recorded it is always part of the evidence.
        evidence: { ...(input.evidence ?? {}), actor },
        actor,
      });
    },

    /** Many prepared grants (imports) in one store transaction; forms linked, metrics counted. */
    async grantBatch(inputs: ConsentInput[]): Promise<GrantOutcome[]> {
      for (const input of inputs) await linkForms(input.tenantId, input.channel, input.contact);
      const now = clock.now();
      // One import chunk: its events are written in the chunk's own transaction.
      const events = (results: Granted[]) =>
        results.flatMap((r) => toOutbox(r.consent.tenantId, consentGranted(r), now));
      const outcomes = inputs.length > 0 ? await store.grantConsents(inputs, now, events) : [];
      outcomes.forEach((outcome, i) =>
        metrics.consents.inc({ source: inputs[i]?.source ?? 'import', outcome }),
      );
      return outcomes;
    },

    async list(tenant: Tenant, query: ConsentQuery, page: PageRequest): Promise<Page<Consent>> {
      const { contact, categoryId, ...rest } = query;
      const filter: ConsentFilter = { ...rest };
      if (contact !== undefined) {
        const channel = query.channel ?? (contact.includes('@') ? 'email' : 'whatsapp');
        filter.contacts = await identifiersOf(tenant, channel, contact);
      }
      if (categoryId === 'all') filter.categoryId = null;
      else if (categoryId !== undefined)
        filter.categoryId = (await optOuts.requireCategory(tenant.id, categoryId)).id;
      return store.listConsents(tenant.id, filter, page);
    },

    /**
     * One page of the consent's events, oldest first. A consent has a handful of events (one per
     * change), so the page is cut from the whole list; the cursor is the last event's id.
     */
    async events(
      tenantId: string,
      id: string,
      page: { limit: number; cursor: string | null },
    ): Promise<Page<ConsentEvent>> {
      await get(tenantId, id);
      const all = await store.listConsentEvents(tenantId, id);
      return pageOfList(
        all,
        page,
        (cursor) =>
          new ValidationError(
            `cursor "${cursor}" is not one this API returned for this consent; pass the nextCursor of the previous page`,
          ),
      );
    },

    /** One page of a contact's consents (under every identifier) with their histories, newest first. */
    async history(
      tenant: Tenant,
      channel: Channel,
      raw: string,
      page: PageRequest,
    ): Promise<Page<{ consent: Consent; events: ConsentEvent[] }>> {
      const contacts = await identifiersOf(tenant, channel, raw);
      const consents = await store.listConsents(tenant.id, { channel, contacts }, page);
      const items: { consent: Consent; events: ConsentEvent[] }[] = [];
      for (const consent of consents.items)
        items.push({ consent, events: await store.listConsentEvents(tenant.id, consent.id) });
      return { items, nextCursor: consents.nextCursor };
    },

    /** DELETE /admin/consents/:id: the reason is kept on the row and its event. */
    async withdraw(tenantId: string, id: string, actor: string, reason: string): Promise<Consent> {
      const existing = await get(tenantId, id);
      const consent = await store.withdrawConsent(
        tenantId,
        id,
        actor,
        reason,
        clock.now(),
        eventsFor(tenantId, clock.now(), (c: Consent) => [consentEvent('consent.withdrawn', c)]),
      );
      if (!consent)
        throw new NotFoundError(`No consent ${id}: list them with GET /admin/consents.`);
      if (existing.withdrawnAt === null)
        metrics.consents.inc({ source: consent.source, outcome: 'withdrawn' });
      return consent;
    },

    /**
     * The newest active consent covering `categoryId` (or all marketing) held by any of these
     * identifiers: what strict mode asks for before an admin lifts a customer's opt-out.
     */
    async latestActive(
      tenantId: string,
      channel: Channel,
      contacts: string[],
      categoryId: string | null,
    ): Promise<Consent | null> {
      const page = await store.listConsents(
        tenantId,
        { channel, contacts, active: true },
        { limit: 500, cursor: null },
      );
      const covering = page.items.filter(
        (c) => c.categoryId === null || c.categoryId === categoryId,
      );
      return covering.reduce<Consent | null>(
        (best, c) => (!best || c.grantedAt > best.grantedAt ? c : best),
        null,
      );
    },
  };
  return service;
}

export type ConsentService = ReturnType<typeof createConsentService>;
