import type { LookupAddress, LookupOptions } from 'node:dns';
import { createEndpointGuard, type Resolve } from '../../../../src/services/events/endpoint-guard';

/** A resolver that answers from a table (no network). */
const table =
  (entries: Record<string, LookupAddress[]>): Resolve =>
  async (host) => {
    const found = entries[host];
    if (!found)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return found;
  };

const resolve = table({
  'crm.example.com': [{ address: '93.184.216.34', family: 4 }],
  'rebound.example.com': [{ address: '127.0.0.1', family: 4 }],
  'mixed.example.com': [
    { address: '93.184.216.34', family: 4 },
    { address: '10.0.0.7', family: 4 },
  ],
  'v6.example.com': [{ address: '::ffff:169.254.169.254', family: 6 }],
});

function lookup(
  guard: ReturnType<typeof createEndpointGuard>,
  host: string,
  options: LookupOptions,
) {
  return new Promise<{ err: NodeJS.ErrnoException | null; address: unknown; family?: number }>(
    (done) => guard.lookup(host, options, (err, address, family) => done({ err, address, family })),
  );
}

describe('the delivery-time address check', () => {
  const guard = createEndpointGuard({ policy: { allowHttp: false, allowPrivate: false }, resolve });

  it('hands the socket the public address it checked', async () => {
    expect(await lookup(guard, 'crm.example.com', {})).toEqual({
      err: null,
      address: '93.184.216.34',
      family: 4,
    });
    expect(await lookup(guard, 'crm.example.com', { all: true })).toEqual({
      err: null,
      address: [{ address: '93.184.216.34', family: 4 }],
      family: undefined,
    });
  });

  it.each([
    ['rebound.example.com', /resolves to a loopback address/],
    ['mixed.example.com', /resolves to a private \(RFC 1918\) address/],
    ['v6.example.com', /resolves to a link-local address/],
  ])('refuses %s, whose addresses are not all public', async (host, why) => {
    const { err, address } = await lookup(guard, host, { all: true });
    expect(err?.message).toMatch(why);
    expect(err?.code).toBe('ENDPOINT_REFUSED');
    expect(address).toBe('');
  });

  it('passes a resolver failure on as it is', async () => {
    const { err } = await lookup(guard, 'gone.example.com', {});
    expect(err?.code).toBe('ENOTFOUND');
  });

  it('re-checks the URL itself before each delivery (IP literals never reach the lookup)', () => {
    expect(() => guard.check('https://169.254.169.254/latest')).toThrow(
      /refused: the URL must not point at a link-local/,
    );
    expect(() => guard.check('http://crm.example.com/hooks')).toThrow(
      /https:\/\/ URL in production/,
    );
    expect(() => guard.check('https://crm.example.com/hooks')).not.toThrow();
  });

  it('lets private addresses through when the operator allows them', async () => {
    const open = createEndpointGuard({ policy: { allowHttp: true, allowPrivate: true }, resolve });
    expect((await lookup(open, 'rebound.example.com', {})).address).toBe('127.0.0.1');
    expect(() => open.check('http://127.0.0.1:4000/stopline')).not.toThrow();
  });
  it('gives the checked addresses for a proxy tunnel: an IP literal is its own, checked too', async () => {
    await expect(guard.addresses('crm.example.com')).resolves.toEqual([
      { address: '93.184.216.34', family: 4 },
    ]);
    await expect(guard.addresses('[2606:2800:220:1::1]')).resolves.toEqual([
      { address: '2606:2800:220:1::1', family: 6 },
    ]);
    await expect(guard.addresses('10.1.2.3')).rejects.toThrow(
      'refused: 10.1.2.3 resolves to a private (RFC 1918) address; event endpoints must be public addresses',
    );
    await expect(guard.addresses('mixed.example.com')).rejects.toMatchObject({
      code: 'ENDPOINT_REFUSED',
    });
    await expect(guard.addresses('crm.example.com', 6)).rejects.toMatchObject({
      code: 'ENOTFOUND',
    });
  });
});
