import type { Clock } from '../../clock';
import type { Config } from '../../config';
import { AuthError, NotFoundError, ValidationError } from '../../errors';
import { keywordProblems } from '../../domain/keyword-settings';
import type { Logger } from '../../logger';
import { DEFAULT_SETTINGS, mergeSettings } from '../../domain/settings';
import type { Tenant, TenantSettings } from '../../domain/types';
import type { InboxStore, Page, PageRequest, TenantStore } from '../../store/types';

/**
 * How far back a tenant that gains a phone number picks up the deliveries that came for that
 * number while no tenant had it (a STOP included): Meta's own redelivery window.
 */
export const UNCLAIMED_REPLAY_MS = 7 * 24 * 3600_000;
import { decryptSecret, encryptSecret, hashApiKey, newApiKey, safeEqual } from './secrets';

export interface TenantInput {
  name: string;
  phoneNumberId?: string | null;
  wabaId?: string | null;
  accessToken?: string | null;
  settings?: Partial<TenantSettings>;
}

/** Tenants, their API keys (shown once, stored hashed) and their encrypted access tokens. */
export function createTenantService(deps: {
  store: TenantStore & Pick<InboxStore, 'requeueInbox'>;
  clock: Clock;
  config: Config;
  log: Logger;
}) {
  const { store, clock, config, log } = deps;
  let defaultTenantId: string | null = null;

  /** Refuses keyword lists that would switch STOP off or contradict themselves (400). */
  function checkKeywords(settings: TenantSettings): void {
    const problems = keywordProblems(settings.keywords);
    if (problems.length > 0) throw new ValidationError(problems.join(' '));
  }

  /**
   * Deliveries for this number that came while no tenant had it were acknowledged and left
   * unprocessed (a warn log and a metric): put back in the inbox, their messages and stop
   * switches are processed for the tenant now (idempotent for anything already processed).
   */
  async function replayUnclaimed(tenant: Tenant): Promise<void> {
    if (!tenant.phoneNumberId) return;
    const since = new Date(clock.now().getTime() - UNCLAIMED_REPLAY_MS);
    const requeued = await store.requeueInbox(tenant.phoneNumberId, since);
    if (requeued > 0) {
      log.info(
        { tenantId: tenant.id, phoneNumberId: tenant.phoneNumberId, requeued },
        'deliveries that came for this number before its tenant existed are processed again',
      );
    }
  }

  async function create(input: TenantInput): Promise<{ tenant: Tenant; apiKey: string }> {
    const now = clock.now();
    const settings = mergeSettings(DEFAULT_SETTINGS, input.settings ?? {});
    checkKeywords(settings);
    const tenant = await store.createTenant(
      {
        name: input.name,
        phoneNumberId: input.phoneNumberId ?? null,
        wabaId: input.wabaId ?? null,
        accessTokenEnc: input.accessToken
          ? encryptSecret(config.secretsKey, input.accessToken)
          : null,
        settings,
      },
      now,
    );
    const { apiKey, prefix } = newApiKey();
    await store.addApiKey(tenant.id, hashApiKey(apiKey), prefix, false, now);
    await replayUnclaimed(tenant);
    return { tenant, apiKey };
  }

  return {
    create,

    async rotateKey(tenantId: string): Promise<{ tenant: Tenant; apiKey: string }> {
      const tenant = await store.getTenant(tenantId);
      if (!tenant)
        throw new NotFoundError(`No tenant ${tenantId}: list them with GET /admin/tenants.`);
      const { apiKey, prefix } = newApiKey();
      await store.addApiKey(tenant.id, hashApiKey(apiKey), prefix, true, clock.now());
      return { tenant, apiKey };
    },

    get(tenantId: string): Promise<Tenant | null> {
      return store.getTenant(tenantId);
    },

    list(page: PageRequest): Promise<Page<Tenant>> {
      return store.listTenants(page);
    },

    async update(
      tenantId: string,
      patch: {
        name?: string;
        phoneNumberId?: string | null;
        wabaId?: string | null;
        accessToken?: string | null;
        settings?: Partial<TenantSettings>;
      },
    ): Promise<Tenant> {
      const tenant = await store.getTenant(tenantId);
      if (!tenant)
        throw new NotFoundError(`No tenant ${tenantId}: list them with GET /admin/tenants.`);
      const settings = patch.settings ? mergeSettings(tenant.settings, patch.settings) : null;
      // Only when the lists change: a tenant's other settings stay editable meanwhile.
      if (settings && patch.settings?.keywords) checkKeywords(settings);
      const updated = await store.updateTenant(
        tenantId,
        {
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.phoneNumberId !== undefined ? { phoneNumberId: patch.phoneNumberId } : {}),
          ...(patch.wabaId !== undefined ? { wabaId: patch.wabaId } : {}),
          ...(patch.accessToken !== undefined
            ? {
                accessTokenEnc: patch.accessToken
                  ? encryptSecret(config.secretsKey, patch.accessToken)
                  : null,
              }
            : {}),
          ...(settings ? { settings } : {}),
        },
        clock.now(),
      );
      if (!updated)
        throw new NotFoundError(`No tenant ${tenantId}: list them with GET /admin/tenants.`);
      if (patch.phoneNumberId && patch.phoneNumberId !== tenant.phoneNumberId) {
        await replayUnclaimed(updated);
      }
      return updated;
    },

    accessToken(tenant: Tenant): string | null {
      return tenant.accessTokenEnc ? decryptSecret(config.secretsKey, tenant.accessTokenEnc) : null;
    },

    /**
     * Single-business deployments: the tenant for WHATSAPP_PHONE_NUMBER_ID exists after start-up,
     * with the configured access token, and ADMIN_TOKEN also works as its key until that key is
     * rotated (see authenticate).
     */
    async bootstrap(): Promise<Tenant | null> {
      const phoneNumberId = config.whatsapp.phoneNumberId;
      if (!phoneNumberId) return null;
      const existing = await store.findTenantByPhoneNumberId(phoneNumberId);
      const token = config.whatsapp.accessToken;
      if (existing) {
        defaultTenantId = existing.id;
        const current = existing.accessTokenEnc
          ? decryptSecret(config.secretsKey, existing.accessTokenEnc)
          : null;
        if (current !== token) {
          const updated = await store.updateTenant(
            existing.id,
            { accessTokenEnc: token ? encryptSecret(config.secretsKey, token) : null },
            clock.now(),
          );
          return updated ?? existing;
        }
        return existing;
      }
      const { tenant } = await create({
        name: 'Default tenant',
        phoneNumberId,
        accessToken: token,
      });
      defaultTenantId = tenant.id;
      log.info(
        { tenantId: tenant.id },
        'bootstrapped the default tenant for WHATSAPP_PHONE_NUMBER_ID',
      );
      return tenant;
    },

    defaultTenantId(): string | null {
      return defaultTenantId;
    },

    /** The tenant a bearer token belongs to (ADMIN_TOKEN → the default tenant), or AuthError. */
    async authenticate(bearer: string | null): Promise<{ tenant: Tenant; actor: string }> {
      if (!bearer)
        throw new AuthError('Missing credentials: send Authorization: Bearer <tenant API key>.');
      if (defaultTenantId && safeEqual(bearer, config.adminToken)) {
        const tenant = await store.getTenant(defaultTenantId);
        // Rotating the default tenant's key ends ADMIN_TOKEN's stand-in for it too: a rotation
        // is meant to leave only the new key working as that tenant's key. ADMIN_TOKEN stays
        // the platform token (/admin/tenants, and any tenant named by X-Tenant-Id).
        if (tenant && (await store.lastApiKeyRevocation(tenant.id)) !== null) {
          throw new AuthError(
            `ADMIN_TOKEN no longer acts as the default tenant's API key: that key was rotated. Use the tenant's new key, or ADMIN_TOKEN with X-Tenant-Id: ${tenant.id} to act for it as the platform.`,
            403,
          );
        }
        if (tenant) return { tenant, actor: 'admin:platform' };
      }
      const tenantId = await store.findTenantIdByApiKeyHash(hashApiKey(bearer));
      const tenant = tenantId ? await store.getTenant(tenantId) : null;
      if (!tenant)
        throw new AuthError(
          'Invalid API key: use the key returned when the tenant was created or rotated.',
        );
      return { tenant, actor: `admin:${bearer.slice(0, 10)}` };
    },

    /**
     * The platform token acting for one tenant (the X-Tenant-Id header: the console's tenant
     * picker). A tenant key cannot: it always acts as its own tenant.
     */
    async authenticateAs(
      bearer: string | null,
      tenantId: string,
    ): Promise<{ tenant: Tenant; actor: string }> {
      if (!bearer)
        throw new AuthError('Missing credentials: send Authorization: Bearer <ADMIN_TOKEN>.');
      if (!safeEqual(bearer, config.adminToken))
        throw new AuthError(
          'X-Tenant-Id is for the platform token (ADMIN_TOKEN) only: a tenant API key always acts as its own tenant, so leave the header out.',
          403,
        );
      const tenant = await store.getTenant(tenantId);
      if (!tenant)
        throw new NotFoundError(`No tenant ${tenantId}: list them with GET /admin/tenants.`);
      return { tenant, actor: 'admin:platform' };
    },

    isPlatformToken(bearer: string | null): boolean {
      return bearer !== null && safeEqual(bearer, config.adminToken);
    },
  };
}

export type TenantService = ReturnType<typeof createTenantService>;
