/**
 * Endpoint signing secrets at rest: sealed with AES-256-GCM (the access tokens' scheme,
 * tenants/secrets.ts) under a key derived from SECRETS_KEY for this use alone, so a copy of the
 * database does not hand out the keys that let anyone forge stopline's events. SECRETS_KEY is
 * required in production and has a development default (config.ts). Rows written before
 * sealing hold the `whsec_` secret itself; `open` reads both, and `sealStored` rewrites them.
 */
import { createHmac } from 'node:crypto';
import type { EventStore } from '../../store/types';
import { decryptSecret, encryptSecret } from '../tenants/secrets';

const CLEAR = 'whsec_';

export interface EndpointSecrets {
  seal(secret: string): string;
  /** The `whsec_` secret of a stored one; an Error naming the fix when the key is not the one it was sealed with. */
  open(stored: string, endpointId: string): string;
  /** Seals the secrets still stored in clear (every tenant); returns how many. */
  sealStored(store: Pick<EventStore, 'sealEventEndpointSecrets'>): Promise<number>;
}

export function createEndpointSecrets(secretsKey: Buffer): EndpointSecrets {
  const key = createHmac('sha256', secretsKey).update('stopline-event-endpoint-secret').digest();
  const seal = (secret: string): string => encryptSecret(key, secret);
  return {
    seal,
    open(stored, endpointId) {
      if (stored.startsWith(CLEAR)) return stored;
      try {
        return decryptSecret(key, stored);
      } catch {
        throw new Error(
          `Cannot decrypt the signing secret of event endpoint ${endpointId}: SECRETS_KEY differs from the key it was saved with. Set the previous SECRETS_KEY again, or delete the endpoint and register it anew.`,
        );
      }
    },
    sealStored: (store) => store.sealEventEndpointSecrets(seal),
  };
}
