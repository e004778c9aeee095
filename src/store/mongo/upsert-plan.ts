/**
 * What a batch of opt-out upserts writes (pure): the rows to insert, the rows to update, and
 * each input's outcome and resulting row, decided in input order against the rows stored for
 * the batch's contacts. A key repeated in one batch sees what the earlier input left, exactly
 * as the inputs would one by one; each key is written once, in its final state.
 */
import type { Evidence } from '../../domain/types';
import type { OptOutInput, UpsertOutcome } from '../types';
import type { OptOutDoc } from './documents';
import { toScopeKey } from './mappers';
import { plain } from './query-helpers';
import { decideUpsert } from './upsert-decision';

export type UpsertWrite =
  | { kind: 'insert'; doc: OptOutDoc }
  /** `before` is the stored row the update was decided from (its compare-and-set filter). */
  | { kind: 'update'; before: OptOutDoc; set: Partial<OptOutDoc> };

export interface UpsertResult {
  input: OptOutInput;
  doc: OptOutDoc;
  outcome: UpsertOutcome;
  /** The input's evidence in its stored (JSON) form. */
  evidence: Evidence | null;
}

export interface UpsertPlan {
  writes: UpsertWrite[];
  results: UpsertResult[];
}

const keyOf = (k: {
  tenantId: string;
  channel: string;
  contact: string;
  scopeKey: string;
  origin: string;
}): string => [k.tenantId, k.channel, k.contact, k.scopeKey, k.origin].join('\u0000');

interface Pending {
  doc: OptOutDoc;
  /** The stored row, or null when this batch creates it. */
  before: OptOutDoc | null;
  changed: boolean;
}

export function planUpserts(
  stored: readonly OptOutDoc[],
  inputs: readonly OptOutInput[],
  now: Date,
  newId: () => string,
): UpsertPlan {
  const rows = new Map<string, Pending>();
  for (const doc of stored) rows.set(keyOf(doc), { doc, before: doc, changed: false });
  const results: UpsertResult[] = [];
  const order: string[] = [];

  for (const input of inputs) {
    const evidence = plain(input.evidence);
    const key = {
      tenantId: input.tenantId,
      channel: input.channel,
      contact: input.contact,
      scopeKey: toScopeKey(input.categoryId),
      origin: input.origin,
    };
    const id = keyOf(key);
    const row = rows.get(id);
    if (!row) {
      const doc: OptOutDoc = {
        _id: newId(),
        ...key,
        source: input.source,
        startsAt: input.startsAt,
        expiresAt: input.expiresAt,
        remarks: input.remarks,
        evidence,
        createdAt: now,
        updatedAt: now,
        revokedAt: null,
        revokedBy: null,
      };
      rows.set(id, { doc, before: null, changed: true });
      order.push(id);
      results.push({ input, doc, outcome: 'created', evidence });
      continue;
    }
    const decision = decideUpsert(row.doc, input, now);
    if (decision.outcome === 'unchanged') {
      results.push({ input, doc: row.doc, outcome: 'unchanged', evidence });
      continue;
    }
    const doc: OptOutDoc = {
      ...row.doc,
      source: input.source,
      evidence,
      updatedAt: now,
      startsAt: decision.startsAt,
      expiresAt: decision.expiresAt,
      revokedAt: null,
      revokedBy: null,
      ...(input.remarks !== null ? { remarks: input.remarks } : {}),
    };
    if (!row.changed) order.push(id);
    rows.set(id, { doc, before: row.before, changed: true });
    results.push({ input, doc, outcome: decision.outcome, evidence });
  }

  const writes = order.map((id): UpsertWrite => {
    const { doc, before } = rows.get(id) as Pending;
    if (before === null) return { kind: 'insert', doc };
    const set: Partial<OptOutDoc> = {
      source: doc.source,
      evidence: doc.evidence,
      updatedAt: doc.updatedAt,
      startsAt: doc.startsAt,
      expiresAt: doc.expiresAt,
      revokedAt: null,
      revokedBy: null,
      remarks: doc.remarks,
    };
    return { kind: 'update', before, set };
  });
  return { writes, results };
}
