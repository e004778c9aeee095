/** How opt-outs, their events and imports look on the wire (JSON and the CSV export). */
import { csvLine } from '../../domain/csv';
import { isOptOutActive } from '../../domain/opt-out-validity';
import type { ImportJob, OptOut, OptOutEvent } from '../../domain/types';
import { toJson } from '../serialize';

export function optOutView(optOut: OptOut, now: Date) {
  return toJson({
    id: optOut.id,
    channel: optOut.channel,
    contact: optOut.contact,
    categoryId: optOut.categoryId,
    startsAt: optOut.startsAt,
    expiresAt: optOut.expiresAt,
    source: optOut.source,
    origin: optOut.origin,
    remarks: optOut.remarks,
    active: isOptOutActive(optOut, now),
    createdAt: optOut.createdAt,
    updatedAt: optOut.updatedAt,
    revokedAt: optOut.revokedAt,
    revokedBy: optOut.revokedBy,
    evidence: optOut.evidence,
  });
}

export function optOutEventView(event: OptOutEvent) {
  const { tenantId: _tenantId, ...rest } = event;
  return toJson(rest);
}

export function importView(job: ImportJob) {
  // The owner is which instance runs it: operations' business, not the tenant's.
  const { tenantId: _tenantId, owner: _owner, ...rest } = job;
  return toJson(rest);
}

export const EXPORT_COLUMNS = [
  'id',
  'channel',
  'contact',
  'categoryId',
  'category',
  'startsAt',
  'expiresAt',
  'active',
  'source',
  'origin',
  'remarks',
  'createdAt',
  'updatedAt',
  'revokedAt',
  'revokedBy',
] as const;

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** The export as CSV lines: the header, then one line per opt-out (RFC 4180, formula-safe). */
export async function* exportLines(
  rows: AsyncIterable<OptOut>,
  categoryNames: ReadonlyMap<string, string>,
  now: () => Date,
): AsyncGenerator<string> {
  yield csvLine(EXPORT_COLUMNS);
  for await (const o of rows) {
    yield csvLine([
      o.id,
      o.channel,
      o.contact,
      o.categoryId,
      o.categoryId ? (categoryNames.get(o.categoryId) ?? null) : null,
      iso(o.startsAt),
      iso(o.expiresAt),
      isOptOutActive(o, now()),
      o.source,
      o.origin,
      o.remarks,
      iso(o.createdAt),
      iso(o.updatedAt),
      iso(o.revokedAt),
      o.revokedBy,
    ]);
  }
}
