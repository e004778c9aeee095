/**
 * The keyed hashes an erased contact is kept under (contact-rights.ts erases; the suppression
 * check and recipient imports recognise): HMAC-SHA-256 of the identifier under a per-tenant
 * secret derived from SECRETS_KEY, so one tenant's hashes say nothing about another's.
 */
import { createHmac } from 'node:crypto';

export const ERASED_PREFIX = 'erased:';

/** The tenant's own erasure secret. */
export function tenantErasureSecret(secretsKey: Buffer, tenantId: string): Buffer {
  return createHmac('sha256', secretsKey).update(`stopline-erasure:${tenantId}`).digest();
}

export function erasureKey(secret: Buffer, identifier: string): string {
  return ERASED_PREFIX + createHmac('sha256', secret).update(identifier).digest('base64url');
}

/** The erasure keys of a tenant's identifiers, its secret derived once. */
export function createErasureKeys(secretsKey: Buffer) {
  const secrets = new Map<string, Buffer>();
  const secretOf = (tenantId: string): Buffer => {
    let secret = secrets.get(tenantId);
    if (!secret) {
      secret = tenantErasureSecret(secretsKey, tenantId);
      secrets.set(tenantId, secret);
    }
    return secret;
  };
  return {
    secretOf,
    keysOf(tenantId: string, identifiers: readonly string[]): string[] {
      const secret = secretOf(tenantId);
      return identifiers.map((identifier) => erasureKey(secret, identifier));
    },
  };
}

export type ErasureKeys = ReturnType<typeof createErasureKeys>;
