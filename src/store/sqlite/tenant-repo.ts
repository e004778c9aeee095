import { NotFoundError } from '../../errors';
import { newId } from '../../ids';
import { phoneTaken } from '../shared';
import type { TenantStore } from '../types';
import { json, ms, toTenant, type TenantRow } from './rows';
import { conflictAs, immediate, pageBounds, toPage, type Db } from './sql-helpers';

/** Tenants and their API keys (stored as hashes only). */
export function createTenantRepo(db: Db): TenantStore {
  const insert = db.prepare(
    `INSERT INTO tenants (id, name, phone_number_id, waba_id, access_token_enc, settings, created_at, updated_at)
     VALUES (@id, @name, @phone_number_id, @waba_id, @access_token_enc, @settings, @created_at, @updated_at)`,
  );
  const byId = db.prepare<[string], TenantRow>('SELECT * FROM tenants WHERE id = ?');
  const byPhone = db.prepare<[string], TenantRow>(
    'SELECT * FROM tenants WHERE phone_number_id = ?',
  );
  const byWaba = db.prepare<[string], TenantRow>(
    'SELECT * FROM tenants WHERE waba_id = ? ORDER BY id',
  );
  const first = db.prepare<[number], TenantRow>('SELECT * FROM tenants ORDER BY id DESC LIMIT ?');
  const after = db.prepare<[string, number], TenantRow>(
    'SELECT * FROM tenants WHERE id < ? ORDER BY id DESC LIMIT ?',
  );
  const update = db.prepare(
    `UPDATE tenants SET name = @name, phone_number_id = @phone_number_id, waba_id = @waba_id, access_token_enc = @access_token_enc,
       settings = @settings, updated_at = @updated_at WHERE id = @id`,
  );
  const revokeKeys = db.prepare(
    'UPDATE api_keys SET revoked_at = ? WHERE tenant_id = ? AND revoked_at IS NULL',
  );
  const insertKey = db.prepare(
    'INSERT INTO api_keys (key_hash, tenant_id, prefix, created_at, revoked_at) VALUES (?, ?, ?, ?, NULL)',
  );
  const lastRevocation = db.prepare<[string], { at: number | null }>(
    'SELECT MAX(revoked_at) AS at FROM api_keys WHERE tenant_id = ?',
  );
  const keyLookup = db.prepare<[string], { tenant_id: string }>(
    'SELECT tenant_id FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL',
  );

  return {
    async createTenant(input, now) {
      const row: TenantRow = {
        id: newId(ms(now)),
        name: input.name,
        phone_number_id: input.phoneNumberId,
        waba_id: input.wabaId ?? null,
        access_token_enc: input.accessTokenEnc,
        settings: json(input.settings) ?? '{}',
        created_at: ms(now),
        updated_at: ms(now),
      };
      conflictAs(phoneTaken(input.phoneNumberId), () => insert.run(row));
      return toTenant(row);
    },

    async getTenant(id) {
      const row = byId.get(id);
      return row ? toTenant(row) : null;
    },

    async findTenantByPhoneNumberId(phoneNumberId) {
      const row = byPhone.get(phoneNumberId);
      return row ? toTenant(row) : null;
    },

    async listTenantsByWabaId(wabaId) {
      return byWaba.all(wabaId).map(toTenant);
    },

    async listTenants(page) {
      const { limit, cursor } = pageBounds(page);
      const rows = cursor === null ? first.all(limit + 1) : after.all(cursor, limit + 1);
      return toPage(rows, limit, toTenant);
    },

    async updateTenant(id, patch, now) {
      return immediate(db, () => {
        const row = byId.get(id);
        if (!row) return null;
        const next: TenantRow = {
          ...row,
          name: patch.name ?? row.name,
          phone_number_id:
            patch.phoneNumberId === undefined ? row.phone_number_id : patch.phoneNumberId,
          waba_id: patch.wabaId === undefined ? row.waba_id : patch.wabaId,
          access_token_enc:
            patch.accessTokenEnc === undefined ? row.access_token_enc : patch.accessTokenEnc,
          settings: patch.settings === undefined ? row.settings : (json(patch.settings) ?? '{}'),
          updated_at: ms(now),
        };
        conflictAs(phoneTaken(patch.phoneNumberId), () => update.run(next));
        return toTenant(next);
      });
    },

    async addApiKey(tenantId, keyHash, prefix, revokeOthers, now) {
      immediate(db, () => {
        if (revokeOthers) revokeKeys.run(ms(now), tenantId);
        if (!byId.get(tenantId))
          throw new NotFoundError(`tenant ${tenantId} not found; create the tenant first`);
        conflictAs('this API key is already registered; generate a new key', () =>
          insertKey.run(keyHash, tenantId, prefix, ms(now)),
        );
      });
    },

    async findTenantIdByApiKeyHash(keyHash) {
      return keyLookup.get(keyHash)?.tenant_id ?? null;
    },

    async lastApiKeyRevocation(tenantId) {
      const at = lastRevocation.get(tenantId)?.at ?? null;
      return at === null ? null : new Date(at);
    },
  };
}
