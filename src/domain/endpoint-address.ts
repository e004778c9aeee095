/**
 * Which addresses a tenant's outbound event endpoint may reach. Tenants supply those URLs, and
 * the service POSTs to them and shows the outcome (lastError): without this check any tenant
 * key could make the server call its own host, its private network or the cloud metadata
 * service (SSRF). Pure: the deliverer applies `refusedAddress` to every address DNS returns
 * (endpoint-guard.ts), the event service applies `refusedEndpointUrl` at registration.
 */

/** A dotted IPv4 address as a 32-bit number, or null. */
function parseIpv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    n = n * 256 + Number(part);
  }
  return n;
}

/** An IPv6 address (with "::" and a dotted IPv4 tail) as a 128-bit number, or null. */
function parseIpv6(text: string): bigint | null {
  if (!text.includes(':') || !/^[0-9a-f:.]+$/i.test(text)) return null;
  let hex = text;
  const dotted = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (dotted?.[1] !== undefined) {
    const v4 = parseIpv4(dotted[1]);
    if (v4 === null) return null;
    hex = `${text.slice(0, -dotted[1].length)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = hex.split('::');
  if (halves.length > 2) return null;
  const groups = (h: string | undefined) => (h === undefined || h === '' ? [] : h.split(':'));
  const head = groups(halves[0]);
  const back = groups(halves[1]);
  const missing = 8 - head.length - back.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  let n = 0n;
  for (const g of [
    ...head,
    ...Array<string>(halves.length === 1 ? 0 : missing).fill('0'),
    ...back,
  ]) {
    if (!/^[0-9a-f]{1,4}$/i.test(g)) return null;
    n = (n << 16n) | BigInt(parseInt(g, 16));
  }
  return n;
}

/** The rule an address breaks, in words for an error message. */
const IPV4: [net: string, prefix: number, why: string][] = [
  ['0.0.0.0', 8, 'the unspecified "this network" range 0.0.0.0/8'],
  ['10.0.0.0', 8, 'a private (RFC 1918) address'],
  ['100.64.0.0', 10, 'a carrier-grade NAT (100.64.0.0/10) address'],
  ['127.0.0.0', 8, 'a loopback address'],
  ['169.254.0.0', 16, 'a link-local address (where cloud metadata services answer)'],
  ['172.16.0.0', 12, 'a private (RFC 1918) address'],
  ['192.0.0.0', 24, 'a reserved (IETF protocol) address'],
  ['192.0.2.0', 24, 'a documentation address'],
  ['192.168.0.0', 16, 'a private (RFC 1918) address'],
  ['198.18.0.0', 15, 'a reserved (benchmarking) address'],
  ['198.51.100.0', 24, 'a documentation address'],
  ['203.0.113.0', 24, 'a documentation address'],
  ['224.0.0.0', 4, 'a multicast address'],
  ['240.0.0.0', 4, 'a reserved address'],
  // Azure's wire server, the one metadata address outside the ranges above.
  ['168.63.129.16', 32, 'a cloud metadata address'],
];
const IPV6: [net: string, prefix: number, why: string][] = [
  ['::', 128, 'the unspecified address'],
  ['::1', 128, 'a loopback address'],
  ['fe80::', 10, 'a link-local address'],
  ['fec0::', 10, 'a site-local address'],
  ['fc00::', 7, 'a unique-local (private) address'],
  ['ff00::', 8, 'a multicast address'],
  ['2001:db8::', 32, 'a documentation address'],
];

const v4Ranges = IPV4.map(([net, prefix, why]) => ({
  base: (parseIpv4(net) ?? 0) >>> (32 - prefix),
  shift: 32 - prefix,
  why,
}));
const v6Ranges = IPV6.map(([net, prefix, why]) => ({
  base: (parseIpv6(net) ?? 0n) >> BigInt(128 - prefix),
  shift: BigInt(128 - prefix),
  why,
}));

/**
 * The IPv4 address an IPv6 one reaches, so its rules apply: IPv4-mapped (::ffff:a.b.c.d, which
 * the URL parser writes as ::ffff:7f00:1), IPv4-compatible (::a.b.c.d, past ::1) and NAT64
 * (64:ff9b::a.b.c.d).
 */
function embeddedIpv4(n: bigint): number | null {
  const high = n >> 32n;
  if (high === 0xffffn || high === 0x64ff9bn << 64n || (high === 0n && n > 0xffffn)) {
    return Number(n & 0xffffffffn);
  }
  return null;
}

function v4Refusal(n: number): string | null {
  for (const r of v4Ranges) {
    if (n >>> r.shift === r.base) return r.why;
  }
  return null;
}

/**
 * Why an endpoint may not connect to this IP address (a phrase such as "a loopback address"),
 * or null when it may (a public unicast address). Anything that is not an IP address is refused.
 */
export function refusedAddress(ip: string): string | null {
  const text = ip.replace(/^\[(.*)\]$/, '$1');
  const v4 = parseIpv4(text);
  if (v4 !== null) return v4Refusal(v4);
  const v6 = parseIpv6(text);
  if (v6 === null) return 'not an IP address';
  const inner = embeddedIpv4(v6);
  if (inner !== null) return v4Refusal(inner);
  for (const r of v6Ranges) if (v6 >> r.shift === r.base) return r.why;
  return null;
}

/** Whether a URL host is an IP literal (brackets and all), not a name. */
export function isIpLiteral(host: string): boolean {
  const text = host.replace(/^\[(.*)\]$/, '$1');
  return parseIpv4(text) !== null || parseIpv6(text) !== null;
}

/** Host names that always mean this machine or a cloud's internal network. */
function refusedName(host: string): string | null {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) return 'a loopback name';
  if (name === 'metadata.google.internal' || name.endsWith('.internal'))
    return 'an internal (cloud-private) name';
  return null;
}

export interface EndpointPolicy {
  /** Plain http:// allowed (outside production); else https:// only. */
  allowHttp: boolean;
  /** EVENT_ENDPOINTS_ALLOW_PRIVATE: the operator lets endpoints reach private addresses. */
  allowPrivate: boolean;
}

/**
 * Why an endpoint URL is refused at registration, or null. An IP literal or a well-known
 * internal name is judged here; a name's addresses are judged again at every delivery, after
 * DNS (a name can be pointed at a private address after it was registered).
 */
export function refusedEndpointUrl(url: string, policy: EndpointPolicy): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be an absolute http(s) URL';
  }
  if (parsed.protocol !== 'https:' && !(policy.allowHttp && parsed.protocol === 'http:')) {
    return policy.allowHttp
      ? 'must be an http(s) URL'
      : 'must be an https:// URL in production (event payloads carry contacts)';
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return 'must not carry a user name or password: receivers verify the webhook-signature header';
  }
  if (policy.allowPrivate) return null;
  const host = parsed.hostname;
  const why = isIpLiteral(host) ? refusedAddress(host) : refusedName(host);
  if (why === null) return null;
  return (
    `must not point at ${why} (${host}): event endpoints are called from the server, so they ` +
    'must be public addresses. An operator can allow private ones with EVENT_ENDPOINTS_ALLOW_PRIVATE=true.'
  );
}
