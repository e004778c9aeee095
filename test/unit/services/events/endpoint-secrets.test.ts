import { createEndpointSecrets } from '../../../../src/services/events/endpoint-secrets';
import { encryptSecret } from '../../../../src/services/tenants/secrets';

const KEY = Buffer.alloc(32, 1);
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

describe('endpoint secrets at rest', () => {
  const secrets = createEndpointSecrets(KEY);

  it('seals a secret so the stored form does not contain it, and opens it again', () => {
    const sealed = secrets.seal(SECRET);
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw');
    // A fresh nonce each time: two seals of one secret differ.
    expect(secrets.seal(SECRET)).not.toBe(sealed);
    expect(secrets.open(sealed, 'ep1')).toBe(SECRET);
  });

  it('reads a secret stored in clear by an older version as it is', () => {
    expect(secrets.open(SECRET, 'ep1')).toBe(SECRET);
  });

  it('names the endpoint and the fix when SECRETS_KEY changed', () => {
    const sealed = secrets.seal(SECRET);
    expect(() => createEndpointSecrets(Buffer.alloc(32, 2)).open(sealed, 'ep7')).toThrow(
      /event endpoint ep7: SECRETS_KEY differs .* register it anew/,
    );
  });

  it('uses a key of its own, not SECRETS_KEY itself (an access token sealed with it does not open)', () => {
    expect(() => secrets.open(encryptSecret(KEY, SECRET), 'ep1')).toThrow(/SECRETS_KEY differs/);
  });

  it('seals the stored clear secrets through the store', async () => {
    const stored = ['whsec_a', 'whsec_b'];
    const n = await secrets.sealStored({
      async sealEventEndpointSecrets(seal) {
        stored.splice(0, stored.length, ...stored.map(seal));
        return stored.length;
      },
    });
    expect(n).toBe(2);
    expect(stored.map((s) => secrets.open(s, 'x'))).toEqual(['whsec_a', 'whsec_b']);
  });
});
