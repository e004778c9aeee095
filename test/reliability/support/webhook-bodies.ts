/**
 * fast-check arbitraries for webhook deliveries: real fixtures mutated structurally, fixtures
 * combined, garbage bytes, truncations, non-objects, huge arrays and deep nesting, each with a
 * signature that is usually valid (so the body reaches the parser and the inbox) and sometimes
 * not. `expectedStatus` is the oracle: what the webhook must answer for a case.
 */
import fc from 'fast-check';
import { sign } from '../../../src/whatsapp/signature';
import { mutatedText, mutation, serializers } from './fixture-mutations';
import type { Json } from './json-mutations';

export type SignatureKind = 'valid' | 'missing' | 'wrong-secret' | 'other-body' | 'truncated';

export interface WebhookCase {
  label: string;
  body: Buffer;
  signature: SignatureKind;
  contentType: string;
}

/** Meta's limit, and the webhook route's. */
export const MAX_BODY_BYTES = 3 * 1024 * 1024;

function signedCase(label: string, text: string | Buffer): fc.Arbitrary<WebhookCase> {
  const body = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  return fc
    .record({
      signature: fc.oneof(
        { weight: 17, arbitrary: fc.constant('valid' as const) },
        {
          weight: 3,
          arbitrary: fc.constantFrom(
            'missing' as const,
            'wrong-secret' as const,
            'other-body' as const,
            'truncated' as const,
          ),
        },
      ),
      contentType: fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'text/plain',
        'application/octet-stream',
      ),
    })
    .map(({ signature, contentType }) => {
      const c: WebhookCase = { label, body, signature, contentType };
      return Object.assign(c, {
        [fc.toStringMethod]: () => `${label} [${signature}] ${body.toString('utf8').slice(0, 400)}`,
      });
    });
}

/** Every kind of delivery, weighted towards mutated real fixtures. */
export function webhookCase(
  fixtures: { name: string; json: Json; raw: string }[],
  phoneNumberIds: string[],
): fc.Arbitrary<WebhookCase> {
  const fixture = fc.constantFrom(...fixtures);
  const mutated = fc
    .tuple(
      fixture,
      fc.array(mutation(phoneNumberIds), { minLength: 1, maxLength: 4 }),
      fc.constantFrom(...Object.keys(serializers)),
    )
    .chain(([f, ms, how]) =>
      signedCase(
        `mutated ${f.name} (${ms.map((m) => m.op).join(',')}, ${how})`,
        mutatedText(f.json, ms, how),
      ),
    );
  const combined = fc.array(fixture, { minLength: 2, maxLength: 5 }).chain((fs) => {
    const entry = fs.flatMap((f) => (f.json as { entry: Json[] }).entry);
    return signedCase(
      `combined ${fs.map((f) => f.name).join('+')}`,
      JSON.stringify({ object: 'whatsapp_business_account', entry }),
    );
  });
  const truncated = fc
    .tuple(fixture, fc.nat())
    .chain(([f, n]) => signedCase(`truncated ${f.name}`, f.raw.slice(0, n % f.raw.length)));
  const byteFlip = fc
    .tuple(fixture, fc.nat(), fc.integer({ min: 0, max: 255 }))
    .chain(([f, n, byte]) => {
      const bytes = Buffer.from(f.raw, 'utf8');
      bytes[n % bytes.length] = byte;
      return signedCase(`byte-flipped ${f.name}`, bytes);
    });
  const garbage = fc
    .uint8Array({ maxLength: 2048 })
    .chain((b) => signedCase('random bytes', Buffer.from(b)));
  const text = fc
    .string({ unit: 'binary', maxLength: 500 })
    .chain((s) => signedCase('random text', s));
  const notObject = fc
    .jsonValue({ maxDepth: 3 })
    .filter((v) => typeof v !== 'object' || v === null || Array.isArray(v))
    .chain((v) => signedCase('JSON non-object', JSON.stringify(v)));
  const anyObject = fc
    .dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 4 }))
    .chain((o) => signedCase('JSON object', JSON.stringify(o)));
  const hugeArray = fc
    .integer({ min: 1_000, max: 20_000 })
    .chain((n) =>
      signedCase(
        `huge entry array (${n})`,
        `{"object":"whatsapp_business_account","entry":[${Array.from({ length: n }, (_, i) => (i % 2 ? 'null' : String(i))).join(',')}]}`,
      ),
    );
  const oversized = fc
    .integer({ min: 1, max: 200_000 })
    .chain((extra) =>
      signedCase(
        'oversized',
        `{"object":"whatsapp_business_account","pad":"${'x'.repeat(MAX_BODY_BYTES + extra)}"}`,
      ),
    );
  return fc.oneof(
    { weight: 120, arbitrary: mutated },
    { weight: 16, arbitrary: combined },
    { weight: 12, arbitrary: truncated },
    { weight: 12, arbitrary: byteFlip },
    { weight: 8, arbitrary: garbage },
    { weight: 8, arbitrary: text },
    { weight: 8, arbitrary: notObject },
    { weight: 10, arbitrary: anyObject },
    { weight: 2, arbitrary: hugeArray },
    { weight: 1, arbitrary: oversized },
  );
}

/** The X-Hub-Signature-256 header for a case (undefined: no header). */
export function signatureFor(c: WebhookCase, secret: string): string | undefined {
  switch (c.signature) {
    case 'valid':
      return sign(secret, c.body);
    case 'missing':
      return undefined;
    case 'wrong-secret':
      return sign(`${secret}-not`, c.body);
    case 'other-body':
      return sign(secret, Buffer.concat([c.body, Buffer.from(' ')]));
    case 'truncated':
      return sign(secret, c.body).slice(0, -1);
  }
}

/** What the webhook must answer: 413 over the size limit, 401 unsigned, 400 unless a JSON object, else 200. */
export function expectedStatus(c: WebhookCase): 200 | 400 | 401 | 413 {
  if (c.body.length > MAX_BODY_BYTES) return 413;
  if (c.signature !== 'valid') return 401;
  let parsed: unknown;
  try {
    parsed = JSON.parse(c.body.toString('utf8'));
  } catch {
    return 400;
  }
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? 200 : 400;
}
