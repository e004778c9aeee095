import { newId } from '../../ids';
import type { OptOutInput, OptOutStore, UpsertOutcome } from '../types';
import type { OptOutEventType } from '../../domain/types';
import {
  isActiveRow,
  json,
  ms,
  msOrNull,
  toOptOut,
  toOptOutEvent,
  toScopeKey,
  type OptOutEventRow,
  type OptOutRow,
} from './rows';
import type { OutboxWriter } from './outbox-writer';
import { distinct, immediate, type Db } from './sql-helpers';

type OptOutWriteMethods = Pick<
  OptOutStore,
  | 'upsertOptOut'
  | 'upsertOptOuts'
  | 'getOptOut'
  | 'revokeOptOut'
  | 'revokeOptOutsFor'
  | 'listOptOutEvents'
>;

/** The later of two expiries, where null (until revoked) outlasts any date. */
function laterExpiry(a: number | null, b: number | null): number | null {
  if (a === null || b === null) return null;
  return Math.max(a, b);
}

/**
 * Opt-out writes. Every change is one IMMEDIATE transaction that updates the row and appends
 * its audit event together, so the row and its history never disagree.
 */
export function createOptOutRepo(db: Db, outbox: OutboxWriter): OptOutWriteMethods {
  const byKey = db.prepare<[string, string, string, string, string], OptOutRow>(
    'SELECT * FROM opt_outs WHERE tenant_id = ? AND channel = ? AND contact = ? AND scope_key = ? AND origin = ?',
  );
  const byId = db.prepare<[string, string], OptOutRow>(
    'SELECT * FROM opt_outs WHERE tenant_id = ? AND id = ?',
  );
  const insertRow = db.prepare(
    `INSERT INTO opt_outs (id, tenant_id, channel, contact, scope_key, origin, source, starts_at, expires_at,
       remarks, evidence, created_at, updated_at, revoked_at, revoked_by)
     VALUES (@id, @tenant_id, @channel, @contact, @scope_key, @origin, @source, @starts_at, @expires_at,
       @remarks, @evidence, @created_at, @updated_at, @revoked_at, @revoked_by)`,
  );
  const updateRow = db.prepare(
    `UPDATE opt_outs SET source = @source, starts_at = @starts_at, expires_at = @expires_at, remarks = @remarks,
       evidence = @evidence, updated_at = @updated_at, revoked_at = @revoked_at, revoked_by = @revoked_by
     WHERE id = @id`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO opt_out_events (id, tenant_id, opt_out_id, type, actor, source, evidence, starts_at, expires_at, at)
     VALUES (@id, @tenant_id, @opt_out_id, @type, @actor, @source, @evidence, @starts_at, @expires_at, @at)`,
  );
  const eventsOf = db.prepare<[string, string], OptOutEventRow>(
    'SELECT * FROM opt_out_events WHERE tenant_id = ? AND opt_out_id = ? ORDER BY at, seq',
  );
  const activeFor = db.prepare<[string, string, string, string, number, number], OptOutRow>(
    `SELECT * FROM opt_outs
     WHERE tenant_id = ? AND channel = ? AND contact IN (SELECT value FROM json_each(?))
       AND origin IN (SELECT value FROM json_each(?))
       AND revoked_at IS NULL AND starts_at <= ? AND (expires_at IS NULL OR expires_at > ?)
     ORDER BY id`,
  );

  function appendEvent(
    row: OptOutRow,
    type: OptOutEventType,
    actor: string,
    source: string,
    evidence: string | null,
    at: number,
  ): void {
    const event: OptOutEventRow = {
      id: newId(at),
      tenant_id: row.tenant_id,
      opt_out_id: row.id,
      type,
      actor,
      source,
      evidence,
      starts_at: row.starts_at,
      expires_at: row.expires_at,
      at,
    };
    insertEvent.run(event);
  }

  function upsertOne(input: OptOutInput, now: Date): { row: OptOutRow; outcome: UpsertOutcome } {
    const at = ms(now);
    const evidence = json(input.evidence);
    const existing = byKey.get(
      input.tenantId,
      input.channel,
      input.contact,
      toScopeKey(input.categoryId),
      input.origin,
    );
    let row: OptOutRow;
    let outcome: UpsertOutcome;
    if (!existing) {
      row = {
        id: newId(at),
        tenant_id: input.tenantId,
        channel: input.channel,
        contact: input.contact,
        scope_key: toScopeKey(input.categoryId),
        origin: input.origin,
        source: input.source,
        starts_at: ms(input.startsAt),
        expires_at: msOrNull(input.expiresAt),
        remarks: input.remarks,
        evidence,
        created_at: at,
        updated_at: at,
        revoked_at: null,
        revoked_by: null,
      };
      insertRow.run(row);
      outcome = 'created';
    } else {
      const changed = {
        source: input.source,
        evidence,
        remarks: input.remarks ?? existing.remarks,
        updated_at: at,
      };
      if (!isActiveRow(existing, at)) {
        // Revoked, lapsed or not yet started: the new request defines the validity afresh.
        row = {
          ...existing,
          ...changed,
          starts_at: ms(input.startsAt),
          expires_at: msOrNull(input.expiresAt),
          revoked_at: null,
          revoked_by: null,
        };
        outcome = 'renewed';
      } else {
        // Active: an overlapping opt-out may lengthen it, never shorten it.
        const expiresAt = laterExpiry(existing.expires_at, msOrNull(input.expiresAt));
        if (expiresAt === existing.expires_at) return { row: existing, outcome: 'unchanged' };
        row = { ...existing, ...changed, expires_at: expiresAt };
        outcome = 'extended';
      }
      updateRow.run(row);
    }
    appendEvent(row, outcome as OptOutEventType, input.actor, input.source, evidence, at);
    return { row, outcome };
  }

  function revokeRow(
    row: OptOutRow,
    actor: string,
    source: string,
    evidence: string | null,
    at: number,
  ): OptOutRow {
    const revoked: OptOutRow = { ...row, revoked_at: at, revoked_by: actor, updated_at: at };
    updateRow.run(revoked);
    appendEvent(revoked, 'revoked', actor, source, evidence, at);
    return revoked;
  }

  return {
    async upsertOptOut(input, now, events) {
      return immediate(db, () => {
        const { row, outcome } = upsertOne(input, now);
        const result = { optOut: toOptOut(row), outcome };
        if (outcome !== 'unchanged') outbox([input.tenantId], events, result, now);
        return result;
      });
    },

    async upsertOptOuts(inputs, now, events) {
      return immediate(db, () => {
        const results = inputs.map((input) => upsertOne(input, now));
        // Mapped only for a tenant with an endpoint: an import without one maps no rows.
        const changed = () =>
          results
            .filter((r) => r.outcome !== 'unchanged')
            .map((r) => ({ optOut: toOptOut(r.row), outcome: r.outcome }));
        outbox(
          inputs.map((input) => input.tenantId),
          events && (() => events(changed())),
          null,
          now,
        );
        return results.map((result) => result.outcome);
      });
    },

    async getOptOut(tenantId, id) {
      const row = byId.get(tenantId, id);
      return row ? toOptOut(row) : null;
    },

    async revokeOptOut(tenantId, id, actor, now, evidence = null, events) {
      return immediate(db, () => {
        const existing = byId.get(tenantId, id);
        if (!existing || existing.revoked_at !== null) return existing ? toOptOut(existing) : null;
        // The event keeps the row's own source: `actor` says who revoked it.
        const revoked = toOptOut(
          revokeRow(existing, actor, existing.source, json(evidence), ms(now)),
        );
        outbox([tenantId], events, revoked, now);
        return revoked;
      });
    },

    async revokeOptOutsFor(input, now, events) {
      const at = ms(now);
      const contacts = JSON.stringify(distinct(input.contacts));
      const origins = JSON.stringify(distinct(input.origins));
      const evidence = json(input.evidence);
      return immediate(db, () => {
        const revoked = activeFor
          .all(input.tenantId, input.channel, contacts, origins, at, at)
          .map((row) => toOptOut(revokeRow(row, input.actor, input.source, evidence, at)));
        if (revoked.length > 0) outbox([input.tenantId], events, revoked, now);
        return revoked;
      });
    },

    async listOptOutEvents(tenantId, optOutId) {
      return eventsOf.all(tenantId, optOutId).map(toOptOutEvent);
    },
  };
}
