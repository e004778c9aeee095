/**
 * How consents and their events look on the wire: the response schemas (the OpenAPI components
 * are generated from them) and the views.
 */
import { z } from 'zod';
import { CONSENT_SOURCES, isConsentActive } from '../../domain/consent';
import type { Consent, ConsentEvent } from '../../domain/consent';
import { CHANNELS } from '../../domain/types';
import { toJson } from '../serialize';
import { invalidRowFields } from './opt-out-views';
import { count, nullableTimestamp, timestamp } from './wire';

const ConsentEvidenceSchema = z.record(z.string(), z.unknown()).nullable().meta({
  description: 'Why we believe the contact agreed: text, message id, URL, actor, wording.',
});

export const ConsentSchema = z.object({
  id: z.string(),
  channel: z.enum(CHANNELS),
  contact: z.string().meta({ description: 'E.164, a WhatsApp BSUID, or a lower-cased email.' }),
  categoryId: z.string().nullable().meta({ description: 'null = all marketing.' }),
  source: z.enum(CONSENT_SOURCES),
  evidence: ConsentEvidenceSchema,
  grantedAt: timestamp.meta({ description: 'The latest grant.' }),
  createdAt: timestamp,
  updatedAt: timestamp,
  withdrawnAt: nullableTimestamp,
  withdrawnBy: z.string().nullable(),
  withdrawReason: z.string().nullable(),
  active: z.boolean().meta({ description: 'Not withdrawn (a consent does not expire).' }),
});
export type ConsentWire = z.output<typeof ConsentSchema>;

export const ConsentEventSchema = z.object({
  id: z.string(),
  consentId: z.string(),
  type: z.enum(['granted', 'renewed', 'reaffirmed', 'withdrawn']),
  actor: z.string(),
  source: z.enum(CONSENT_SOURCES),
  evidence: ConsentEvidenceSchema,
  reason: z.string().nullable().meta({ description: 'Why it was withdrawn; null otherwise.' }),
  at: timestamp,
});
export type ConsentEventWire = z.output<typeof ConsentEventSchema>;

/** One contact's consent with its whole history (GET /admin/contacts/{contact}/consents). */
export const ConsentWithEventsSchema = ConsentSchema.extend({
  events: z.array(ConsentEventSchema),
});

export const ConsentImportSummarySchema = z.object({
  created: count,
  renewed: count,
  reaffirmed: count,
  ...invalidRowFields,
});

export function consentView(consent: Consent): ConsentWire {
  const { tenantId: _tenantId, ...rest } = consent;
  return toJson({ ...rest, active: isConsentActive(consent) }) as ConsentWire;
}

export function consentEventView(event: ConsentEvent): ConsentEventWire {
  const { tenantId: _tenantId, ...rest } = event;
  return toJson(rest) as ConsentEventWire;
}
