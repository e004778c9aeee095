import type { Clock } from '../../clock';
import { expiryFor, type Validity } from '../../domain/opt-out-validity';
import type {
  Channel,
  Evidence,
  OptOut,
  OptOutEvent,
  OptOutSource,
  Origin,
  Tenant,
} from '../../domain/types';
import { NotFoundError, ValidationError } from '../../errors';
import { maskContact, type Logger } from '../../logger';
import type { Metrics } from '../../metrics';
import type {
  CategoryStore,
  ContactDataStore,
  IdentityStore,
  OptOutInput,
  OptOutStore,
  RevokeInput,
  UpsertOutcome,
} from '../../store/types';
import { pageOfList } from '../../store/page';
import { createOptOutLookup, withEquivalents } from './opt-out-lookup';
import { createErasureKeys } from './erasure-keys';
import { optOutEvent } from '../events/event-data';
import { eventsFor, toOutbox, type OutboundEvent } from '../events/outbox-events';

export type { OptOutQuery } from './opt-out-lookup';

type Changed = { optOut: OptOut; outcome: UpsertOutcome };

/**
 * The outbound event of an upsert: a new opt-out, or a revoked or lapsed one running again, is
 * `opt_out.created` (a receiver that saw it revoked must learn it is back); a later expiry is
 * `opt_out.extended`; an unchanged row sends nothing.
 */
function optOutChanged({ optOut, outcome }: Changed): OutboundEvent[] {
  if (outcome === 'unchanged') return [];
  return [optOutEvent(outcome === 'extended' ? 'opt_out.extended' : 'opt_out.created', optOut)];
}
export type { Validity };

export interface RecordOptOutInput {
  tenant: Tenant;
  channel: Channel;
  /** Already normalised. */
  contact: string;
  categoryId: string | null;
  origin: Origin;
  source: OptOutSource;
  /** When the opt-out happened (the customer's message time); validity runs from here. */
  at: Date;
  validity: Validity;
  remarks: string | null;
  evidence: Evidence | null;
  actor: string;
}

/** What an admin sends to POST /admin/opt-outs (already schema-checked; contact not yet normalised). */
export interface AdminOptOutInput {
  channel: Channel;
  contact: string;
  categoryId?: string | null;
  validUntil?: Date;
  validDays?: number;
  remarks?: string | null;
}

export interface Actor {
  tenant: Tenant;
  actor: string;
}

/** The opt-out list: recording (every origin), the admin operations, and the suppression check. */
export function createOptOutService(deps: {
  store: CategoryStore & IdentityStore & OptOutStore & Pick<ContactDataStore, 'findErasedKeys'>;
  clock: Clock;
  metrics: Metrics;
  log: Logger;
  /** SECRETS_KEY: the check recognises erased contacts by their keyed hash. */
  secretsKey: Buffer;
}) {
  const { store, clock, metrics, log } = deps;
  const lookup = createOptOutLookup({
    store,
    clock,
    erasure: createErasureKeys(deps.secretsKey),
  });
  const { requireCategory, normalize } = lookup;

  async function record(
    input: RecordOptOutInput,
  ): Promise<{ optOut: OptOut; outcome: UpsertOutcome }> {
    const { tenant, channel, contact, categoryId } = input;
    const category = categoryId ? await requireCategory(tenant.id, categoryId) : null;
    const defaultDays = category ? category.unsubscribeDays : tenant.settings.unsubscribeDays;
    // Strict: the objection of a customer (or Meta, on the customer's behalf) never expires,
    // unless the customer chose the length themselves (a pause on the preference page).
    const strict =
      input.origin !== 'admin' &&
      input.validity.kind === 'default' &&
      (tenant.settings.customerOptOutPolicy ?? 'seed') === 'strict';
    const expiresAt = strict ? null : expiryFor(input.at, input.validity, defaultDays);
    const identifiers = withEquivalents(channel, contact);
    // Linked first, so a send checked a moment later matches the alternate forms too.
    if (identifiers.length > 1)
      await store.linkIdentifiers(tenant.id, channel, identifiers, clock.now());
    const result = await store.upsertOptOut(
      {
        tenantId: tenant.id,
        channel,
        contact,
        categoryId,
        origin: input.origin,
        source: input.source,
        // Never in the future: a customer's message time (Meta's clock) may be a little ahead of
        // ours, and an opt-out must be active from the moment it is recorded.
        startsAt: new Date(Math.min(input.at.getTime(), clock.now().getTime())),
        expiresAt,
        remarks: input.remarks,
        evidence: input.evidence,
        actor: input.actor,
      },
      clock.now(),
      eventsFor(tenant.id, clock.now(), optOutChanged),
    );
    metrics.optOuts.inc({ source: input.source, outcome: result.outcome });
    log.info(
      {
        tenantId: tenant.id,
        optOutId: result.optOut.id,
        channel,
        contact: maskContact(contact),
        categoryId,
        source: input.source,
        outcome: result.outcome,
        expiresAt: result.optOut.expiresAt?.toISOString() ?? null,
      },
      'opt-out recorded',
    );
    return result;
  }

  async function get(tenantId: string, id: string): Promise<OptOut> {
    const optOut = await store.getOptOut(tenantId, id);
    if (!optOut) throw new NotFoundError(`No opt-out ${id}: list them with GET /admin/opt-outs.`);
    return optOut;
  }

  return {
    ...lookup,
    record,
    get,

    /**
     * Many prepared opt-outs (imports) in one store transaction, with the same rules as record():
     * alternate phone forms linked first, metrics counted. Outcomes are in input order.
     */
    async recordBatch(inputs: OptOutInput[]): Promise<UpsertOutcome[]> {
      // Every row's alternate forms linked in one store call per tenant and channel (a bounded
      // number of round trips per chunk on MongoDB, not one merge per row).
      const sets = new Map<string, { tenantId: string; channel: Channel; sets: string[][] }>();
      for (const input of inputs) {
        const identifiers = withEquivalents(input.channel, input.contact);
        if (identifiers.length < 2) continue;
        const id = `${input.tenantId}\u0000${input.channel}`;
        const entry = sets.get(id) ?? {
          tenantId: input.tenantId,
          channel: input.channel,
          sets: [],
        };
        entry.sets.push(identifiers);
        sets.set(id, entry);
      }
      for (const entry of sets.values())
        await store.linkIdentifierSets(entry.tenantId, entry.channel, entry.sets, clock.now());
      const now = clock.now();
      // One import chunk: its events are written in the chunk's own transaction.
      const events = (changed: Changed[]) =>
        changed.flatMap((c) => toOutbox(c.optOut.tenantId, optOutChanged(c), now));
      const outcomes = inputs.length > 0 ? await store.upsertOptOuts(inputs, now, events) : [];
      const counts = new Map<string, number>();
      outcomes.forEach((outcome, i) => {
        const key = `${inputs[i]?.source ?? 'import'}|${outcome}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      });
      for (const [key, n] of counts) {
        const [source = 'import', outcome = 'created'] = key.split('|');
        metrics.optOuts.inc({ source, outcome }, n);
      }
      return outcomes;
    },

    /** POST /admin/opt-outs: origin and source `admin`, validity from validUntil / validDays / the defaults. */
    async add(
      { tenant, actor }: Actor,
      input: AdminOptOutInput,
    ): Promise<{ optOut: OptOut; outcome: UpsertOutcome }> {
      const now = clock.now();
      if (input.validUntil && input.validDays !== undefined) {
        throw new ValidationError('Give either validUntil or validDays, not both.');
      }
      if (input.validUntil && input.validUntil.getTime() <= now.getTime()) {
        throw new ValidationError(
          `validUntil ${input.validUntil.toISOString()} is not in the future (now is ${now.toISOString()}).`,
        );
      }
      const validity: Validity = input.validUntil
        ? { kind: 'until', expiresAt: input.validUntil }
        : input.validDays !== undefined
          ? { kind: 'days', days: input.validDays }
          : { kind: 'default' };
      return record({
        tenant,
        channel: input.channel,
        contact: normalize(tenant, input.channel, input.contact),
        categoryId: input.categoryId ?? null,
        origin: 'admin',
        source: 'admin',
        at: now,
        validity,
        remarks: input.remarks ?? null,
        evidence: null,
        actor,
      });
    },

    /**
     * A customer's own undo (START, Meta's resume): revokes the active opt-outs of these origins
     * on the contact and every identifier linked to it, counted like any revocation.
     */
    async revokeForContact(
      tenantId: string,
      identifiers: string[],
      by: Pick<RevokeInput, 'origins' | 'actor' | 'source' | 'evidence'>,
    ): Promise<OptOut[]> {
      const all = await store.identifiersOf(tenantId, 'whatsapp', identifiers);
      const revoked = await store.revokeOptOutsFor(
        { tenantId, channel: 'whatsapp', contacts: all, ...by },
        clock.now(),
        eventsFor(tenantId, clock.now(), (rows: OptOut[]) =>
          rows.map((o) => optOutEvent('opt_out.revoked', o)),
        ),
      );
      for (const o of revoked) metrics.optOuts.inc({ source: o.source, outcome: 'revoked' });
      return revoked;
    },

    /**
     * DELETE /admin/opt-outs/:id (through consent/opt-out-lift.ts, which decides whether it may):
     * sets revokedAt/revokedBy; revoking twice changes nothing. The evidence (the admin's reason
     * as `detail`, the consent relied on or the override) is kept on the event for the audit trail.
     */
    async revoke(
      tenantId: string,
      id: string,
      actor: string,
      evidence: Evidence | null = null,
    ): Promise<OptOut> {
      const before = await get(tenantId, id);
      const optOut = await store.revokeOptOut(
        tenantId,
        id,
        actor,
        clock.now(),
        evidence,
        eventsFor(tenantId, clock.now(), (o: OptOut) => [optOutEvent('opt_out.revoked', o)]),
      );
      if (!optOut) throw new NotFoundError(`No opt-out ${id}: list them with GET /admin/opt-outs.`);
      if (before.revokedAt === null) {
        metrics.optOuts.inc({ source: optOut.source, outcome: 'revoked' });
        log.info(
          { tenantId, optOutId: id, contact: maskContact(optOut.contact), actor },
          'opt-out revoked',
        );
      }
      return optOut;
    },

    /**
     * One page of the opt-out's events, oldest first. An opt-out has a handful of events (one
     * per change), so the page is cut from the whole list; the cursor is the last event's id.
     */
    async events(
      tenantId: string,
      id: string,
      page: { limit: number; cursor: string | null },
    ): Promise<{ items: OptOutEvent[]; nextCursor: string | null }> {
      await get(tenantId, id);
      const all = await store.listOptOutEvents(tenantId, id);
      return pageOfList(
        all,
        page,
        (cursor) =>
          new ValidationError(
            `cursor "${cursor}" is not one this API returned for this opt-out; pass the nextCursor of the previous page`,
          ),
      );
    },
  };
}

export type OptOutService = ReturnType<typeof createOptOutService>;
