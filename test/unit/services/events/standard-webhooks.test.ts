import { webcrypto } from 'node:crypto';
import { retryDelayMs, GIVE_UP_AFTER_MS } from '../../../../src/services/events/event-deliverer';
import {
  newSecret,
  secretKey,
  signStandardWebhook,
} from '../../../../src/services/events/standard-webhooks';

/**
 * An independent verifier written from the Standard Webhooks specification text (WebCrypto, not
 * node's createHmac): the signed content is "<webhook-id>.<webhook-timestamp>.<body>", the key is
 * the base64-decoded secret after "whsec_", the header is space-separated "v1,<base64>" entries.
 */
async function verify(
  secret: string,
  headers: Record<string, string>,
  body: string,
): Promise<boolean> {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const cryptoKey = await webcrypto.subtle.importKey(
    'raw',
    key,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const content = new TextEncoder().encode(
    `${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`,
  );
  const expected = Buffer.from(await webcrypto.subtle.sign('HMAC', cryptoKey, content)).toString(
    'base64',
  );
  return (headers['webhook-signature'] ?? '').split(' ').some((entry) => {
    const [version, signature] = entry.split(',');
    return version === 'v1' && signature === expected;
  });
}

describe('Standard Webhooks signing', () => {
  // The example of the specification's reference libraries.
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
  const timestamp = 1614265330;
  const body = '{"test": 2432232314}';

  it('produces the known signature of the reference example', () => {
    expect(signStandardWebhook(secret, id, timestamp, body)).toBe(
      'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    );
  });

  it('is verified by an implementation written from the specification', async () => {
    const fresh = newSecret();
    const headers = {
      'webhook-id': 'evt_1',
      'webhook-timestamp': '1768476900',
      'webhook-signature': signStandardWebhook(fresh, 'evt_1', 1768476900, '{"a":1}'),
    };
    expect(await verify(fresh, headers, '{"a":1}')).toBe(true);
    expect(await verify(fresh, headers, '{"a":2}')).toBe(false);
    expect(await verify(newSecret(), headers, '{"a":1}')).toBe(false);
  });

  it('accepts only whsec_ secrets of 24 to 64 bytes, saying what a secret must be', () => {
    expect(secretKey(newSecret())).toHaveLength(32);
    expect(secretKey(`whsec_${Buffer.alloc(24, 1).toString('base64')}`)).toHaveLength(24);
    for (const bad of [
      'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      `whsec_${Buffer.alloc(16, 1).toString('base64')}`,
      `whsec_${Buffer.alloc(65, 1).toString('base64')}`,
      'whsec_not base64!',
    ]) {
      expect(() => secretKey(bad)).toThrow(
        /"whsec_" followed by the base64 of 24 to 64 random bytes/,
      );
    }
  });
});

describe('retryDelayMs', () => {
  it('doubles from 5 s with ±20 % jitter, capped at 10 h', () => {
    expect(retryDelayMs(1, () => 0.5)).toBe(5000);
    expect(retryDelayMs(2, () => 0.5)).toBe(10_000);
    expect(retryDelayMs(1, () => 0)).toBe(4000);
    expect(retryDelayMs(1, () => 1)).toBe(6000);
    expect(retryDelayMs(40, () => 0.5)).toBe(10 * 3600_000);
  });

  it('keeps retrying for about 3 days before the period ends', () => {
    let elapsed = 0;
    let attempts = 0;
    while (elapsed + retryDelayMs(attempts + 1, () => 0.5) <= GIVE_UP_AFTER_MS) {
      elapsed += retryDelayMs(attempts + 1, () => 0.5);
      attempts += 1;
    }
    expect(attempts).toBeGreaterThan(10);
    expect(GIVE_UP_AFTER_MS - elapsed).toBeLessThan(10 * 3600_000);
  });
});
