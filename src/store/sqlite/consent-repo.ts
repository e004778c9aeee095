import type Database from 'better-sqlite3';
import type {
  Consent,
  ConsentEvent,
  ConsentEventType,
  ConsentEvidence,
  ConsentSource,
} from '../../domain/consent';
import type { Channel } from '../../domain/types';
import { newId } from '../../ids';
import type { ConsentInput, ConsentStore, GrantOutcome } from '../types';
import { dateOrNull, date, fromScopeKey, json, ms, parse, toScopeKey, ALL_MARKETING } from './rows';
import type { OutboxWriter } from './outbox-writer';
import { contactKeysJson } from './contact-key';
import { distinct, immediate, pageBounds, toPage, type Db } from './sql-helpers';

interface ConsentRow {
  id: string;
  tenant_id: string;
  channel: string;
  contact: string;
  scope_key: string;
  source: string;
  evidence: string | null;
  granted_at: number;
  created_at: number;
  updated_at: number;
  withdrawn_at: number | null;
  withdrawn_by: string | null;
  withdraw_reason: string | null;
}

interface ConsentEventRow {
  id: string;
  tenant_id: string;
  consent_id: string;
  type: string;
  actor: string;
  source: string;
  evidence: string | null;
  reason: string | null;
  at: number;
}

const toConsent = (row: ConsentRow): Consent => ({
  id: row.id,
  tenantId: row.tenant_id,
  channel: row.channel as Channel,
  contact: row.contact,
  categoryId: fromScopeKey(row.scope_key),
  source: row.source as ConsentSource,
  evidence: parse<ConsentEvidence>(row.evidence),
  grantedAt: date(row.granted_at),
  createdAt: date(row.created_at),
  updatedAt: date(row.updated_at),
  withdrawnAt: dateOrNull(row.withdrawn_at),
  withdrawnBy: row.withdrawn_by,
  withdrawReason: row.withdraw_reason,
});

const toConsentEvent = (row: ConsentEventRow): ConsentEvent => ({
  id: row.id,
  tenantId: row.tenant_id,
  consentId: row.consent_id,
  type: row.type as ConsentEventType,
  actor: row.actor,
  source: row.source as ConsentSource,
  evidence: parse<ConsentEvidence>(row.evidence),
  reason: row.reason,
  at: date(row.at),
});

/**
 * The contacts (their indexes in the input) holding an active consent covering @scopeKey, under
 * their own identifier or any identifier linked to them: one descent of consent_keys (migration
 * 10) each, with the keys the suppression check sends.
 */
const CONSENTED_SQL = `
  SELECT j.key FROM json_each(@keys) AS j
  WHERE EXISTS (
    SELECT 1 FROM consent_keys AS c
    WHERE c.contact_key = j.value
      AND c.space_id = (SELECT id FROM opt_out_spaces WHERE tenant_id = @tenantId AND channel = @channel)
      AND c.scope_key IN ('${ALL_MARKETING}', @scopeKey))
`;

/** The consented contacts among `contacts`. */
function createConsentedQuery(db: Db) {
  const statement = db.prepare<[Record<string, unknown>], number>(CONSENTED_SQL).pluck();
  return (
    tenantId: string,
    channel: string,
    contacts: string[],
    categoryId: string | null,
  ): Set<string> => {
    const unique = distinct(contacts);
    if (unique.length === 0) return new Set();
    const indexes = statement.all({
      keys: contactKeysJson(unique),
      tenantId,
      channel,
      scopeKey: toScopeKey(categoryId),
    });
    return new Set(indexes.map((i) => unique[i] as string));
  };
}

type ConsentRepoMethods = Omit<ConsentStore, 'checkAudience' | 'pruneConsentChanges'>;

/**
 * Consent writes and reads. Every change is one IMMEDIATE transaction that updates the row and
 * appends its event together, so the row and its history never disagree.
 */
export function createConsentRepo(db: Db, outbox: OutboxWriter): ConsentRepoMethods {
  const byKey = db.prepare<[string, string, string, string], ConsentRow>(
    'SELECT * FROM consents WHERE tenant_id = ? AND channel = ? AND contact = ? AND scope_key = ?',
  );
  const byId = db.prepare<[string, string], ConsentRow>(
    'SELECT * FROM consents WHERE tenant_id = ? AND id = ?',
  );
  const insertRow = db.prepare(
    `INSERT INTO consents (id, tenant_id, channel, contact, scope_key, source, evidence, granted_at,
       created_at, updated_at, withdrawn_at, withdrawn_by, withdraw_reason)
     VALUES (@id, @tenant_id, @channel, @contact, @scope_key, @source, @evidence, @granted_at,
       @created_at, @updated_at, @withdrawn_at, @withdrawn_by, @withdraw_reason)`,
  );
  const updateRow = db.prepare(
    `UPDATE consents SET source = @source, evidence = @evidence, granted_at = @granted_at,
       updated_at = @updated_at, withdrawn_at = @withdrawn_at, withdrawn_by = @withdrawn_by,
       withdraw_reason = @withdraw_reason
     WHERE id = @id`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO consent_events (id, tenant_id, consent_id, type, actor, source, evidence, reason, at)
     VALUES (@id, @tenant_id, @consent_id, @type, @actor, @source, @evidence, @reason, @at)`,
  );
  const eventsOf = db.prepare<[string, string], ConsentEventRow>(
    'SELECT * FROM consent_events WHERE tenant_id = ? AND consent_id = ? ORDER BY seq',
  );
  const statements = new Map<string, Database.Statement<[Record<string, unknown>], ConsentRow>>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare<[Record<string, unknown>], ConsentRow>(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const consented = createConsentedQuery(db);

  function appendEvent(
    row: ConsentRow,
    type: ConsentEventType,
    actor: string,
    reason: string | null,
    at: number,
  ): void {
    insertEvent.run({
      id: newId(at),
      tenant_id: row.tenant_id,
      consent_id: row.id,
      type,
      actor,
      source: row.source,
      evidence: row.evidence,
      reason,
      at,
    });
  }

  function grantOne(input: ConsentInput, now: Date): { row: ConsentRow; outcome: GrantOutcome } {
    const at = ms(now);
    const scopeKey = toScopeKey(input.categoryId);
    const existing = byKey.get(input.tenantId, input.channel, input.contact, scopeKey);
    const evidence = json(input.evidence);
    let row: ConsentRow;
    let outcome: GrantOutcome;
    if (!existing) {
      row = {
        id: newId(at),
        tenant_id: input.tenantId,
        channel: input.channel,
        contact: input.contact,
        scope_key: scopeKey,
        source: input.source,
        evidence,
        granted_at: at,
        created_at: at,
        updated_at: at,
        withdrawn_at: null,
        withdrawn_by: null,
        withdraw_reason: null,
      };
      insertRow.run(row);
      outcome = 'created';
    } else {
      outcome = existing.withdrawn_at === null ? 'reaffirmed' : 'renewed';
      row = {
        ...existing,
        source: input.source,
        evidence,
        granted_at: at,
        updated_at: at,
        withdrawn_at: null,
        withdrawn_by: null,
        withdraw_reason: null,
      };
      updateRow.run(row);
    }
    appendEvent(row, outcome === 'created' ? 'granted' : outcome, input.actor, null, at);
    return { row, outcome };
  }

  return {
    async grantConsent(input, now, events) {
      return immediate(db, () => {
        const { row, outcome } = grantOne(input, now);
        const result = { consent: toConsent(row), outcome };
        outbox([input.tenantId], events, result, now);
        return result;
      });
    },

    async grantConsents(inputs, now, events) {
      return immediate(db, () => {
        const results = inputs.map((input) => grantOne(input, now));
        // Mapped only for a tenant with an endpoint: an import without one maps no rows.
        const all = () => results.map((r) => ({ consent: toConsent(r.row), outcome: r.outcome }));
        outbox(
          inputs.map((input) => input.tenantId),
          events && (() => events(all())),
          null,
          now,
        );
        return results.map((result) => result.outcome);
      });
    },

    async getConsent(tenantId, id) {
      const row = byId.get(tenantId, id);
      return row ? toConsent(row) : null;
    },

    async listConsents(tenantId, filter, page) {
      const { limit, cursor } = pageBounds(page);
      const where = ['tenant_id = @tenantId'];
      const params: Record<string, unknown> = { tenantId, limit: limit + 1 };
      if (filter.channel !== undefined) {
        where.push('channel = @channel');
        params.channel = filter.channel;
      }
      if (filter.contacts !== undefined) {
        where.push('contact IN (SELECT value FROM json_each(@contacts))');
        params.contacts = JSON.stringify(distinct(filter.contacts));
      }
      if (filter.categoryId !== undefined) {
        where.push('scope_key = @scopeKey');
        params.scopeKey = toScopeKey(filter.categoryId);
      }
      if (filter.active !== undefined)
        where.push(filter.active ? 'withdrawn_at IS NULL' : 'withdrawn_at IS NOT NULL');
      if (cursor !== null) {
        where.push('id < @cursor');
        params.cursor = cursor;
      }
      // As listOptOuts: a contact has a handful of rows, sorting them beats walking the tenant's
      // id index (which the planner, without statistics, prefers for the ORDER BY and then
      // filters every consent of the tenant); "+id" keeps it off that index.
      const order = filter.contacts !== undefined ? '+id' : 'id';
      const sql = `SELECT * FROM consents WHERE ${where.join(' AND ')} ORDER BY ${order} DESC LIMIT @limit`;
      return toPage(prepared(sql).all(params), limit, toConsent);
    },

    async withdrawConsent(tenantId, id, actor, reason, now, events) {
      return immediate(db, () => {
        const existing = byId.get(tenantId, id);
        if (!existing || existing.withdrawn_at !== null)
          return existing ? toConsent(existing) : null;
        const at = ms(now);
        const withdrawn: ConsentRow = {
          ...existing,
          withdrawn_at: at,
          withdrawn_by: actor,
          withdraw_reason: reason,
          updated_at: at,
        };
        updateRow.run(withdrawn);
        appendEvent(withdrawn, 'withdrawn', actor, reason, at);
        const consent = toConsent(withdrawn);
        outbox([tenantId], events, consent, now);
        return consent;
      });
    },

    async listConsentEvents(tenantId, consentId) {
      return eventsOf.all(tenantId, consentId).map(toConsentEvent);
    },

    async findConsented(tenantId, channel, contacts, categoryId) {
      return consented(tenantId, channel, contacts, categoryId);
    },
  };
}
