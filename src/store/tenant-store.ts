import type { Tenant, TenantSettings } from '../domain/types';
import type { Page, PageRequest } from './page';

export interface NewTenant {
  name: string;
  phoneNumberId: string | null;
  wabaId?: string | null;
  accessTokenEnc: string | null;
  settings: TenantSettings;
}

export interface TenantPatch {
  name?: string;
  phoneNumberId?: string | null;
  wabaId?: string | null;
  accessTokenEnc?: string | null;
  settings?: TenantSettings;
}

/** Tenants and their admin API keys (only hashes are stored). */
export interface TenantStore {
  createTenant(input: NewTenant, now: Date): Promise<Tenant>; // duplicate phoneNumberId → ConflictError
  getTenant(id: string): Promise<Tenant | null>;
  findTenantByPhoneNumberId(phoneNumberId: string): Promise<Tenant | null>;
  /** Every tenant of a WhatsApp Business Account (one per number), oldest first. */
  listTenantsByWabaId(wabaId: string): Promise<Tenant[]>;
  listTenants(page: PageRequest): Promise<Page<Tenant>>;
  updateTenant(id: string, patch: TenantPatch, now: Date): Promise<Tenant | null>;
  /** Stores a key hash; `revokeOthers` revokes every earlier key of the tenant (rotation). */
  addApiKey(
    tenantId: string,
    keyHash: string,
    prefix: string,
    revokeOthers: boolean,
    now: Date,
  ): Promise<void>;
  findTenantIdByApiKeyHash(keyHash: string): Promise<string | null>;
  /**
   * When the tenant's keys were last revoked by a rotation (the latest revocation), or null when
   * no key of it ever was: ADMIN_TOKEN stops acting as the default tenant's key once it was.
   */
  lastApiKeyRevocation(tenantId: string): Promise<Date | null>;
}
