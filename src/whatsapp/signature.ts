import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Meta signs every webhook POST with `X-Hub-Signature-256: sha256=<lowercase hex>`, an
 * HMAC-SHA256 of the raw body keyed with the app secret.
 * https://developers.facebook.com/docs/graph-api/webhooks/getting-started#validate-payloads
 */
const PREFIX = 'sha256=';
// Meta sends lower-case hex; anything else is not a header Meta wrote.
const HEX_DIGEST = /^[0-9a-f]{64}$/;

/** `sha256=<lowercase hex>` for `rawBody`, exactly as Meta computes it. */
export function sign(secret: string, rawBody: Buffer | string): string {
  return PREFIX + createHmac('sha256', secret).update(rawBody).digest('hex');
}

/**
 * True when `header` is a valid signature of `rawBody` under any of `secrets` (several during
 * an app secret rotation). Hash the bytes as received, never re-serialised JSON: Meta's bodies
 * carry `\uXXXX` escapes that JSON.stringify would undo. Empty secrets are ignored so a
 * misconfigured deployment cannot accept bodies signed with "".
 */
export function verifySignature(
  secrets: string[],
  rawBody: Buffer,
  header: string | undefined,
): boolean {
  if (typeof header !== 'string' || !header.startsWith(PREFIX)) return false;
  const hex = header.slice(PREFIX.length);
  // Buffer.from(hex, 'hex') silently stops at the first bad character, so check the shape first.
  if (!HEX_DIGEST.test(hex)) return false;
  const given = Buffer.from(hex, 'hex');
  let valid = false;
  for (const secret of secrets) {
    if (secret.length === 0) continue;
    const expected = createHmac('sha256', secret).update(rawBody).digest();
    // Check every secret (no early exit) so timing does not reveal which one matched.
    if (given.length === expected.length && timingSafeEqual(given, expected)) valid = true;
  }
  return valid;
}
