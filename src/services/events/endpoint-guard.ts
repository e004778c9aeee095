/**
 * The delivery-time half of the endpoint address check (the registration half is
 * refusedEndpointUrl, domain/endpoint-address.ts). The deliverer's sockets resolve names
 * through `lookup`, which refuses when any address is private, loopback, link-local or
 * reserved, and the socket connects to the address that was checked: a name re-pointed at
 * 127.0.0.1 after registration (DNS rebinding) never gets a connection.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import {
  refusedAddress,
  refusedEndpointUrl,
  type EndpointPolicy,
} from '../../domain/endpoint-address';

/** Every address of a host name (tests inject one: no network). */
export type Resolve = (host: string) => Promise<LookupAddress[]>;

/** A delivery the guard refused; its message is the reason shown in lastError. */
export class EndpointRefusedError extends Error {
  readonly code = 'ENDPOINT_REFUSED';
  constructor(message: string) {
    super(message);
    this.name = 'EndpointRefusedError';
  }
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

export function createEndpointGuard(deps: { policy: EndpointPolicy; resolve?: Resolve }) {
  const { policy } = deps;
  const resolve: Resolve = deps.resolve ?? ((host) => dnsLookup(host, { all: true }));

  /**
   * The addresses of `host` a connection may use (of one family when given), every one of
   * them checked: rejects with ENOTFOUND when there is none, EndpointRefusedError when any is
   * not public. An IP literal is its own (and only) address.
   */
  async function addresses(host: string, family?: number): Promise<LookupAddress[]> {
    const literal = host.replace(/^\[(.*)\]$/, '$1');
    const found: LookupAddress[] = isIP(literal)
      ? [{ address: literal, family: isIP(literal) }]
      : await resolve(host);
    const usable = family ? found.filter((a) => a.family === family) : found;
    if (usable.length === 0) {
      throw Object.assign(new Error(`${host} has no address`), { code: 'ENOTFOUND' });
    }
    if (!policy.allowPrivate) {
      // One bad address refuses them all: a name that mixes in a private one is an attack.
      const bad = usable.map((a) => refusedAddress(a.address)).find((w) => w !== null);
      if (bad !== undefined && bad !== null) {
        throw new EndpointRefusedError(
          `refused: ${host} resolves to ${bad}; event endpoints must be public addresses`,
        );
      }
    }
    return usable;
  }

  /**
   * net.connect's `lookup` option (set on the deliverer's agents). Node calls it with
   * `all: true` when it tries several addresses (autoSelectFamily), else for one address.
   */
  function lookup(host: string, options: LookupOptions, callback: LookupCallback): void {
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
    addresses(host, family).then(
      (usable) => {
        const first = usable[0] as LookupAddress;
        if (options.all === true) callback(null, usable);
        else callback(null, first.address, first.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, ''),
    );
  }

  return {
    lookup,
    addresses,
    /**
     * The URL check again before each delivery (an IP literal never reaches `lookup`), so an
     * endpoint registered before this check, or under another setting, is refused too.
     */
    check(url: string): void {
      const why = refusedEndpointUrl(url, policy);
      if (why !== null) throw new EndpointRefusedError(`refused: the URL ${why}`);
    },
  };
}

export type EndpointGuard = ReturnType<typeof createEndpointGuard>;
