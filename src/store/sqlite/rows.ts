/**
 * Row ↔ record mapping. Rows hold integer milliseconds and JSON text; records hold Dates
 * and objects. Nothing here touches the database.
 */
import type { Category, OptOut, OptOutEvent, Tenant } from '../../domain/types';
import type { Conversation } from '../types';

/** The scope column: a category id, or '*' for all marketing (NULL would defeat the unique index). */
export const ALL_MARKETING = '*';

export const toScopeKey = (categoryId: string | null): string => categoryId ?? ALL_MARKETING;
export const fromScopeKey = (scopeKey: string): string | null =>
  scopeKey === ALL_MARKETING ? null : scopeKey;

export const ms = (date: Date): number => date.getTime();
export const msOrNull = (date: Date | null | undefined): number | null =>
  date ? date.getTime() : null;
export const date = (value: number): Date => new Date(value);
export const dateOrNull = (value: number | null): Date | null =>
  value === null ? null : new Date(value);

export const json = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(value);
export function parse<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}
export function parseRequired<T>(text: string): T {
  return JSON.parse(text) as T;
}

export interface TenantRow {
  id: string;
  name: string;
  phone_number_id: string | null;
  waba_id: string | null;
  access_token_enc: string | null;
  settings: string;
  created_at: number;
  updated_at: number;
}

export const toTenant = (row: TenantRow): Tenant => ({
  id: row.id,
  name: row.name,
  phoneNumberId: row.phone_number_id,
  wabaId: row.waba_id,
  accessTokenEnc: row.access_token_enc,
  settings: parseRequired(row.settings),
  createdAt: date(row.created_at),
  updatedAt: date(row.updated_at),
});

export interface CategoryRow {
  id: string;
  tenant_id: string;
  name: string;
  /** foldName(name): unique per tenant. */
  name_key: string;
  unsubscribe_days: number | null;
  description: string | null;
  keywords: string;
  created_at: number;
  updated_at: number;
}

export const toCategory = (row: CategoryRow): Category => ({
  id: row.id,
  tenantId: row.tenant_id,
  name: row.name,
  unsubscribeDays: row.unsubscribe_days,
  description: row.description,
  keywords: parseRequired(row.keywords),
  createdAt: date(row.created_at),
  updatedAt: date(row.updated_at),
});

export interface OptOutRow {
  id: string;
  tenant_id: string;
  channel: string;
  contact: string;
  scope_key: string;
  origin: string;
  source: string;
  starts_at: number;
  expires_at: number | null;
  remarks: string | null;
  evidence: string | null;
  created_at: number;
  updated_at: number;
  revoked_at: number | null;
  revoked_by: string | null;
}

export const toOptOut = (row: OptOutRow): OptOut => ({
  id: row.id,
  tenantId: row.tenant_id,
  channel: row.channel as OptOut['channel'],
  contact: row.contact,
  categoryId: fromScopeKey(row.scope_key),
  origin: row.origin as OptOut['origin'],
  source: row.source as OptOut['source'],
  startsAt: date(row.starts_at),
  expiresAt: dateOrNull(row.expires_at),
  remarks: row.remarks,
  evidence: parse(row.evidence),
  createdAt: date(row.created_at),
  updatedAt: date(row.updated_at),
  revokedAt: dateOrNull(row.revoked_at),
  revokedBy: row.revoked_by,
});

/** Active at `now`: not revoked, started, and not yet expired (the expiry instant is outside). */
export const isActiveRow = (row: OptOutRow, now: number): boolean =>
  row.revoked_at === null &&
  row.starts_at <= now &&
  (row.expires_at === null || now < row.expires_at);

export interface OptOutEventRow {
  id: string;
  tenant_id: string;
  opt_out_id: string;
  type: string;
  actor: string;
  source: string;
  evidence: string | null;
  starts_at: number;
  expires_at: number | null;
  at: number;
}

export const toOptOutEvent = (row: OptOutEventRow): OptOutEvent => ({
  id: row.id,
  tenantId: row.tenant_id,
  optOutId: row.opt_out_id,
  type: row.type as OptOutEvent['type'],
  actor: row.actor,
  source: row.source as OptOutEvent['source'],
  evidence: parse(row.evidence),
  startsAt: date(row.starts_at),
  expiresAt: dateOrNull(row.expires_at),
  at: date(row.at),
});

export interface ConversationRow {
  tenant_id: string;
  contact: string;
  pending: string | null;
  last_inbound_at: number | null;
  language: string | null;
}

export function toConversation(row: ConversationRow): Conversation {
  const pending = parse<
    { askedAt: string } & Omit<NonNullable<Conversation['pending']>, 'askedAt'>
  >(row.pending);
  return {
    tenantId: row.tenant_id,
    contact: row.contact,
    pending: pending ? { ...pending, askedAt: new Date(pending.askedAt) } : null,
    lastInboundAt: dateOrNull(row.last_inbound_at),
    language: row.language,
  };
}
