/**
 * Event deliveries through the operator's forward proxy (EVENT_ENDPOINTS_PROXY), with the
 * address check kept. A proxy resolves the names it is given itself, after our check: handing it
 * "hooks.example" would let a name re-pointed at 10.0.0.5 reach the proxy's network (SSRF). So
 * the target's name is resolved and every address checked here (endpoint-guard.ts), and the
 * proxy is asked for a tunnel (HTTP CONNECT) to the checked IP address; TLS runs inside the
 * tunnel, end to end, with the endpoint's own name for SNI and the certificate check.
 *
 * A proxy still decides where it connects: one that ignores the address it was asked for, or
 * rewrites it, defeats the check, as any hop the operator trusts could. It sees the target's
 * address and port (not its name) and, for plain http:// endpoints (never in production), the
 * requests themselves.
 */
import { Agent as HttpAgent, type AgentOptions, type ClientRequestArgs } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { isIP, connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';
import type { Duplex } from 'node:stream';
import type { EndpointGuard } from './endpoint-guard';

/** A proxy that did not open the tunnel: its status is for the operator's log. */
export class ProxyTunnelError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ProxyTunnelError';
  }
}

/** The proxy's answer head, at most this long: a proxy that sends more is not a proxy. */
const MAX_HEAD = 16 * 1024;

type Callback = (err: Error | null, stream: Duplex) => void;

/** `host:port` for a CONNECT line, IPv6 in brackets. */
const authority = (address: string, port: number) =>
  `${address.includes(':') ? `[${address}]` : address}:${port}`;

/** Reads the proxy's answer to CONNECT; resolves with the socket once it said 2xx. */
function awaitConnected(socket: Socket, target: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    let head = Buffer.alloc(0);
    const fail = (err: Error) => {
      cleanup();
      socket.destroy();
      reject(err);
    };
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end === -1) {
        if (head.length > MAX_HEAD)
          fail(new ProxyTunnelError('the proxy sent no answer head', 'EPROXY'));
        return;
      }
      cleanup();
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(head.subarray(0, end).toString('latin1'));
      if (status?.[1] === undefined || !status[1].startsWith('2')) {
        socket.destroy();
        reject(
          new ProxyTunnelError(
            `the proxy refused a tunnel to ${target} (${status?.[1] ?? 'no HTTP status'})`,
            'EPROXY',
          ),
        );
        return;
      }
      // Bytes after the head already belong to the endpoint's answer: give them back.
      const rest = head.subarray(end + 4);
      if (rest.length > 0) socket.unshift(rest);
      resolve(socket);
    };
    const onError = (err: Error) => fail(err);
    const onClose = () => fail(new ProxyTunnelError('the proxy closed the connection', 'EPROXY'));
    function cleanup() {
      socket.off('data', onData);
      socket.off('error', onError);
      socket.off('close', onClose);
    }
    socket.on('data', onData);
    socket.on('error', onError);
    socket.on('close', onClose);
  });
}

export function createProxyTunnel(deps: {
  /** EVENT_ENDPOINTS_PROXY: http://[user:pass@]host:port or https://... */
  proxy: URL;
  guard: EndpointGuard;
  /** How long the proxy may take to open a tunnel (its socket's idle time). */
  timeoutMs: number;
}) {
  const { proxy, guard } = deps;
  const proxyPort = Number(proxy.port) || (proxy.protocol === 'https:' ? 443 : 80);
  const credentials =
    proxy.username === ''
      ? null
      : Buffer.from(
          `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`,
        ).toString('base64');

  /** A socket to the checked address of host:port, through the proxy. */
  async function open(host: string, port: number): Promise<Socket> {
    const [checked] = await guard.addresses(host);
    const target = authority((checked as { address: string }).address, port);
    const socket: Socket =
      proxy.protocol === 'https:'
        ? tlsConnect({ host: proxy.hostname, port: proxyPort, servername: proxy.hostname })
        : netConnect({ host: proxy.hostname, port: proxyPort });
    socket.setTimeout(deps.timeoutMs, () =>
      socket.destroy(
        Object.assign(new Error(`the proxy did not open a tunnel to ${target} in time`), {
          code: 'ETIMEDOUT',
        }),
      ),
    );
    socket.write(
      `CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n` +
        (credentials ? `Proxy-Authorization: Basic ${credentials}\r\n` : '') +
        '\r\n',
    );
    const tunnel = await awaitConnected(socket, target);
    // The request's own timeout (axios) takes over from here.
    tunnel.setTimeout(0);
    return tunnel;
  }

  const hostOf = (options: ClientRequestArgs) =>
    String(options.hostname ?? options.host ?? 'localhost');

  /** Plain http:// endpoints (outside production): the request runs inside the tunnel. */
  class TunnelHttpAgent extends HttpAgent {
    override createConnection(options: ClientRequestArgs, callback?: Callback): undefined {
      open(hostOf(options), Number(options.port) || 80).then(
        (socket) => callback?.(null, socket),
        (err: Error) => callback?.(err, undefined as unknown as Duplex),
      );
      return undefined;
    }
  }

  /** https:// endpoints: TLS to the endpoint inside the tunnel, checked against its name. */
  class TunnelHttpsAgent extends HttpsAgent {
    override createConnection(options: ClientRequestArgs, callback?: Callback): undefined {
      const host = hostOf(options);
      open(host, Number(options.port) || 443).then(
        (socket) => {
          const tls = tlsConnect({
            ...(options as ConnectionOptions),
            socket,
            // The endpoint's name for SNI (never an IP literal, RFC 6066); the certificate is
            // checked against the host either way.
            servername:
              (options as ConnectionOptions).servername ?? (isIP(host) ? undefined : host),
          });
          callback?.(null, tls);
        },
        (err: Error) => callback?.(err, undefined as unknown as Duplex),
      );
      return undefined;
    }
  }

  return {
    agents(options: AgentOptions) {
      return {
        httpAgent: new TunnelHttpAgent(options),
        httpsAgent: new TunnelHttpsAgent(options),
      };
    },
  };
}
