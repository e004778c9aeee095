/**
 * Standard Webhooks signing (https://www.standardwebhooks.com, the scheme Svix, Supabase and
 * others share): `webhook-signature: v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`,
 * keyed with the base64-decoded part of a `whsec_` secret. While a secret is being rotated the
 * header carries one space-separated entry per secret, the new one first.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { ValidationError } from '../../errors';

const PREFIX = 'whsec_';

/** The key inside a `whsec_` secret, or a ValidationError saying what a secret must be. */
export function secretKey(secret: string): Buffer {
  const encoded = secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : null;
  const key =
    encoded !== null && /^[A-Za-z0-9+/]+={0,2}$/.test(encoded) && encoded.length % 4 === 0
      ? Buffer.from(encoded, 'base64')
      : null;
  if (key === null || key.length < 24 || key.length > 64) {
    throw new ValidationError(
      'Invalid body: "secret" must be a Standard Webhooks secret: "whsec_" followed by the base64 of 24 to 64 random bytes (or leave it out and one is generated).',
    );
  }
  return key;
}

export function newSecret(): string {
  return PREFIX + randomBytes(32).toString('base64');
}

export function signStandardWebhook(
  secret: string,
  id: string,
  timestampSeconds: number,
  body: string,
): string {
  const digest = createHmac('sha256', secretKey(secret))
    .update(`${id}.${timestampSeconds}.${body}`)
    .digest('base64');
  return `v1,${digest}`;
}

/** An endpoint's opened secrets: the current one, and the one before a rotation while it signs. */
export interface SigningSecrets {
  secret: string;
  previousSecret: string | null;
  previousSecretValidUntil: Date | null;
}

/**
 * The `webhook-signature` header at `now`: `v1,<new>` and, until the previous secret's validity
 * ends (exclusive), ` v1,<previous>` after it, so a receiver still holding the old secret
 * verifies as well as one already holding the new.
 */
export function webhookSignature(
  secrets: SigningSecrets,
  now: Date,
  id: string,
  timestampSeconds: number,
  body: string,
): string {
  const { secret, previousSecret, previousSecretValidUntil } = secrets;
  const current = signStandardWebhook(secret, id, timestampSeconds, body);
  const overlap =
    previousSecret !== null &&
    previousSecretValidUntil !== null &&
    now.getTime() < previousSecretValidUntil.getTime();
  return overlap
    ? `${current} ${signStandardWebhook(previousSecret, id, timestampSeconds, body)}`
    : current;
}
