/**
 * Consent: the proof that a contact said yes to marketing. The counterpart of an opt-out, kept
 * the same way: one row per (tenant, channel, contact, scope) holding the current state, and an
 * append-only history of events. Pure data.
 */
import type { Channel } from './types';

/** How the consent was obtained. */
export const CONSENT_SOURCES = [
  'api',
  'import',
  'keyword',
  'double_opt_in',
  'web_form',
  'meta_signup',
  'preference_page',
] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

/** Why we believe the contact agreed: kept with the consent and with each event. */
export interface ConsentEvidence {
  /** The customer's own message, or the text of the form they submitted. */
  text?: string;
  messageId?: string;
  /** Where the consent was collected (a web form, a landing page). */
  url?: string;
  /** Who recorded it on the customer's behalf (an admin key, an import). */
  actor?: string;
  /** The wording the customer agreed to. */
  wording?: string;
  language?: string;
  /** Free text: anything else that shows the consent (a signed form's reference, a payload). */
  detail?: string;
}

export interface Consent {
  id: string;
  tenantId: string;
  channel: Channel;
  /** E.164 for phone channels (or a BSUID for WhatsApp), lower-cased address for email. */
  contact: string;
  /** A category id, or null for all marketing. */
  categoryId: string | null;
  source: ConsentSource;
  evidence: ConsentEvidence | null;
  /** The latest grant (a renewed or reaffirmed consent moves it). */
  grantedAt: Date;
  createdAt: Date;
  updatedAt: Date;
  withdrawnAt: Date | null;
  withdrawnBy: string | null;
  withdrawReason: string | null;
}

/**
 * granted: the first grant; renewed: granted again after a withdrawal; reaffirmed: granted again
 * while active (new evidence, grantedAt moves); withdrawn.
 */
export type ConsentEventType = 'granted' | 'renewed' | 'reaffirmed' | 'withdrawn';

/** One line of a consent's append-only history. */
export interface ConsentEvent {
  id: string;
  tenantId: string;
  consentId: string;
  type: ConsentEventType;
  /** `admin:<key prefix>`, `customer:<contact>`, `meta`, `system`. */
  actor: string;
  source: ConsentSource;
  evidence: ConsentEvidence | null;
  /** The reason given for a withdrawal; null otherwise. */
  reason: string | null;
  at: Date;
}

/** Whether the consent is in force. Consents do not expire; only a withdrawal ends one. */
export const isConsentActive = (consent: Pick<Consent, 'withdrawnAt'>): boolean =>
  consent.withdrawnAt === null;
