/**
 * How opt-outs, their events and imports look on the wire (JSON and the CSV export): the
 * response schemas (the OpenAPI components are generated from them) and the views.
 */
import { z } from 'zod';
import { csvLine } from '../../domain/csv';
import { isOptOutActive } from '../../domain/opt-out-validity';
import { CHANNELS, OPT_OUT_SOURCES, ORIGINS } from '../../domain/types';
import type { ImportJob, OptOut, OptOutEvent } from '../../domain/types';
import { toJson } from '../serialize';
import { count, nullableTimestamp, timestamp } from './wire';

const EvidenceSchema = z.record(z.string(), z.unknown()).nullable().meta({
  description: 'Why we believe the contact opted out (text, detected intent and language, ids).',
});

export const OptOutSchema = z.object({
  id: z.string(),
  channel: z.enum(CHANNELS),
  contact: z.string().meta({ description: 'E.164, a WhatsApp BSUID, or a lower-cased email.' }),
  categoryId: z.string().nullable().meta({ description: 'null = all marketing.' }),
  startsAt: timestamp,
  expiresAt: nullableTimestamp.meta({ description: 'null = until revoked.' }),
  source: z.enum(OPT_OUT_SOURCES),
  origin: z.enum(ORIGINS),
  remarks: z.string().nullable(),
  active: z.boolean().meta({ description: 'startsAt <= now < expiresAt and not revoked.' }),
  createdAt: timestamp,
  updatedAt: timestamp,
  revokedAt: nullableTimestamp,
  revokedBy: z.string().nullable(),
  evidence: EvidenceSchema,
});
export type OptOutWire = z.output<typeof OptOutSchema>;

export const OptOutEventSchema = z.object({
  id: z.string(),
  optOutId: z.string(),
  type: z.enum(['created', 'extended', 'renewed', 'revoked']),
  actor: z.string(),
  source: z.enum(OPT_OUT_SOURCES),
  evidence: EvidenceSchema,
  startsAt: timestamp,
  expiresAt: nullableTimestamp,
  at: timestamp,
});
export type OptOutEventWire = z.output<typeof OptOutEventSchema>;

export const InvalidRowSchema = z.object({
  line: z.int().meta({ description: 'CSV line (header = 1) or JSON row position (from 1).' }),
  contact: z.string(),
  error: z.string(),
});

/** The invalid-row fields every import summary carries. */
export const invalidRowFields = {
  invalidCount: count,
  invalid: z.array(InvalidRowSchema).meta({
    description:
      'The first 1,000 invalid rows, by line; each quotes at most 100 characters of its contact. invalidCount counts them all.',
  }),
};

export const OptOutImportSummarySchema = z.object({
  created: count,
  extended: count,
  unchanged: count,
  skipped: count.meta({
    description: 'Rows an export marks inactive (active=false: revoked or lapsed), not imported.',
  }),
  ...invalidRowFields,
});

export const ImportStartedSchema = z
  .object({ importId: z.string(), status: z.literal('running') })
  .meta({
    description:
      'A large import runs in the background: follow it at GET /admin/imports/{id} (Location header).',
  });

export const ImportJobSchema = z.object({
  id: z.string(),
  kind: z.enum(['opt_outs', 'recipients', 'consents']),
  taskId: z.string().nullable(),
  status: z.enum(['running', 'completed', 'failed']),
  processed: count.meta({
    description:
      'Rows done so far, from the start of the file: committed, with their outcomes in the summary. Recorded at least every second while running.',
  }),
  summary: z.record(z.string(), z.unknown()).meta({
    description:
      'The synchronous import’s summary: so far while running or after a failure, final once completed.',
  }),
  error: z.string().nullable().meta({
    description:
      'Why it failed. A shutdown or a lost instance stops an import between chunks: run it again with the same file (rows already imported are never imported twice).',
  }),
  createdAt: timestamp,
  updatedAt: timestamp.meta({
    description: 'Last progress: the heartbeat of a running import (stale after 60 s: failed).',
  }),
});
export type ImportJobWire = z.output<typeof ImportJobSchema>;

export function optOutView(optOut: OptOut, now: Date): OptOutWire {
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
  }) as OptOutWire;
}

export function optOutEventView(event: OptOutEvent): OptOutEventWire {
  const { tenantId: _tenantId, ...rest } = event;
  return toJson(rest) as OptOutEventWire;
}

export function importView(job: ImportJob): ImportJobWire {
  // The owner is which instance runs it: operations' business, not the tenant's.
  const { tenantId: _tenantId, owner: _owner, ...rest } = job;
  return toJson(rest) as ImportJobWire;
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
