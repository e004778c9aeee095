/**
 * Event deliveries and proxies. An environment proxy (HTTP_PROXY, HTTPS_PROXY) is never used:
 * it would resolve the endpoint's name itself, after the address check. With
 * EVENT_ENDPOINTS_PROXY the deliverer resolves and checks the name, then asks the proxy for a
 * tunnel to the checked address, so a name pointed at a private address is refused before the
 * proxy hears of it.
 *
 * Everything runs on 127.0.0.1: a CONNECT proxy that records what it is asked and routes every
 * tunnel to the local endpoint (standing in for the public address it was asked for), and
 * endpoints over http and https (test/fixtures/tls: a self-signed certificate for
 * hooks.example, made for this test only, trusted by the deliverer through `ca`).
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import request from 'supertest';
import { createLogger } from '../../src/logger';
import { createEventDeliverer } from '../../src/services/events/event-deliverer';
import { createEndpointGuard, type Resolve } from '../../src/services/events/endpoint-guard';
import { createEndpointSecrets } from '../../src/services/events/endpoint-secrets';
import { createTestContext, type TestContext } from '../support/context';
import { auth } from './dispatch-helpers';

const TLS = join(__dirname, '..', 'fixtures', 'tls');
const CERT = readFileSync(join(TLS, 'hooks-example.crt'), 'utf8');
const KEY = readFileSync(join(TLS, 'hooks-example.key'), 'utf8');
const PUBLIC = '93.184.216.34';

let ctx: TestContext;
let endpoint: Server;
let tlsEndpoint: Server;
let proxy: Server;
/** What the endpoints received: the webhook-id and the Host header of each delivery. */
let received: { id: string; host: string | undefined }[];
/** What the proxy was asked: CONNECT targets, and plain requests (a proxied POST). */
let asked: { connect: string[]; plain: string[] };
/** How the proxy answers a CONNECT (a real proxy's ACL may say 403). */
let proxyAnswer: number;
/** Every socket the test opened, destroyed at the end (keep-alive would hold the servers). */
let sockets: Set<Socket>;

const listen = async (server: Server): Promise<number> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};
const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

const onDelivery = (req: IncomingMessage, res: ServerResponse) => {
  req.resume();
  req.on('end', () => {
    received.push({ id: String(req.headers['webhook-id']), host: req.headers.host });
    res.writeHead(204).end();
  });
};

let httpPort: number;
let httpsPort: number;
let proxyPort: number;

beforeEach(async () => {
  ctx = await createTestContext({ env: { EVENT_ENDPOINTS_ALLOW_PRIVATE: 'false' } });
  received = [];
  asked = { connect: [], plain: [] };
  proxyAnswer = 200;
  sockets = new Set();
  endpoint = createServer(onDelivery);
  tlsEndpoint = createHttpsServer({ cert: CERT, key: KEY }, onDelivery);
  httpPort = await listen(endpoint);
  httpsPort = await listen(tlsEndpoint);
  proxy = createServer((req, res) => {
    // A proxied request in absolute form (what axios does with HTTP_PROXY): recorded, refused.
    asked.plain.push(`${req.method} ${req.url}`);
    req.resume();
    res.writeHead(502).end();
  });
  proxy.on('connect', (req: IncomingMessage, client: Socket) => {
    asked.connect.push(String(req.url));
    sockets.add(client);
    if (proxyAnswer !== 200) {
      client.end(`HTTP/1.1 ${proxyAnswer} Forbidden\r\n\r\n`);
      return;
    }
    // The public address it was asked for is, on this test machine, the local endpoint.
    const port = Number(String(req.url).split(':').pop());
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  proxyPort = await listen(proxy);
});

afterEach(async () => {
  for (const s of sockets) s.destroy();
  await Promise.all([close(endpoint), close(tlsEndpoint), close(proxy)]);
  await ctx.close();
});

/**
 * hooks.example is public; rebound.example points at a private address (after registration);
 * local.example is this machine (reached only where private addresses are allowed).
 */
const resolve: Resolve = async (host) => {
  if (host === 'hooks.example') return [{ address: PUBLIC, family: 4 }];
  if (host === 'local.example') return [{ address: '127.0.0.1', family: 4 }];
  if (host === 'rebound.example') return [{ address: '10.0.0.5', family: 4 }];
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
};

const deliverer = (opts: { allowPrivate: boolean; proxy: URL | null }) =>
  createEventDeliverer({
    store: ctx.store,
    clock: ctx.clock,
    log: createLogger({ level: 'silent' }),
    metrics: ctx.metrics,
    incarnation: { slot: 'box', explicit: false, pid: 1, space: 'ns', boot: 'b' },
    retention: ctx.config.eventsRetention,
    secrets: createEndpointSecrets(ctx.config.secretsKey),
    guard: createEndpointGuard({
      policy: { allowHttp: true, allowPrivate: opts.allowPrivate },
      resolve,
    }),
    proxy: opts.proxy,
    ca: CERT,
  });

async function registerAndRecord(url: string): Promise<string> {
  const res = await request(ctx.app)
    .post('/admin/event-endpoints')
    .set(auth)
    .send({ url, events: ['*'] });
  expect(res.status).toBe(201);
  await request(ctx.app)
    .post('/admin/opt-outs')
    .set(auth)
    .send({ channel: 'whatsapp', contact: '+34699123456' })
    .expect(201);
  return String(res.body.id);
}

const health = async (id: string) =>
  (await request(ctx.app).get(`/admin/event-endpoints/${id}`).set(auth).expect(200)).body as {
    backlog: number;
    lastError: string | null;
  };

describe('without EVENT_ENDPOINTS_PROXY', () => {
  const saved: Record<string, string | undefined> = {};
  const NAMES = ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'NO_PROXY', 'no_proxy'];
  beforeEach(() => {
    for (const name of NAMES) saved[name] = process.env[name];
    for (const name of NAMES) delete process.env[name];
    process.env.HTTP_PROXY = `http://127.0.0.1:${proxyPort}`;
    process.env.HTTPS_PROXY = `http://127.0.0.1:${proxyPort}`;
  });
  afterEach(() => {
    for (const name of NAMES) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it('never sends a delivery to HTTP_PROXY/HTTPS_PROXY: it goes to the checked address', async () => {
    // Private addresses allowed here, so the endpoint on 127.0.0.1 is reached directly.
    const id = await registerAndRecord(`http://local.example:${httpPort}/hooks`);
    expect(await deliverer({ allowPrivate: true, proxy: null }).drain()).toBe(1);
    expect(asked).toEqual({ connect: [], plain: [] });
    expect(received).toEqual([{ id: expect.any(String), host: `local.example:${httpPort}` }]);
    expect(await health(id)).toMatchObject({ backlog: 0, lastError: null });
  });

  it('refuses a name pointed at a private address even with a proxy in the environment', async () => {
    const id = await registerAndRecord(`http://rebound.example:${httpPort}/hooks`);
    await deliverer({ allowPrivate: false, proxy: null }).drain();
    expect(asked).toEqual({ connect: [], plain: [] });
    expect(received).toEqual([]);
    expect((await health(id)).lastError).toBe(
      'refused: rebound.example resolves to a private (RFC 1918) address; event endpoints must be public addresses',
    );
  });
});

describe('with EVENT_ENDPOINTS_PROXY', () => {
  const viaProxy = () => new URL(`http://127.0.0.1:${proxyPort}`);

  it('asks the proxy for a tunnel to the checked address, never the name (http)', async () => {
    const id = await registerAndRecord(`http://hooks.example:${httpPort}/hooks`);
    expect(await deliverer({ allowPrivate: false, proxy: viaProxy() }).drain()).toBe(1);
    expect(asked).toEqual({ connect: [`${PUBLIC}:${httpPort}`], plain: [] });
    expect(received).toEqual([{ id: expect.any(String), host: `hooks.example:${httpPort}` }]);
    expect(await health(id)).toMatchObject({ backlog: 0, lastError: null });
  });

  it('runs TLS inside the tunnel, checked against the endpoint name (https)', async () => {
    const id = await registerAndRecord(`https://hooks.example:${httpsPort}/hooks`);
    expect(await deliverer({ allowPrivate: false, proxy: viaProxy() }).drain()).toBe(1);
    expect(asked.connect).toEqual([`${PUBLIC}:${httpsPort}`]);
    expect(received).toEqual([{ id: expect.any(String), host: `hooks.example:${httpsPort}` }]);
    expect(await health(id)).toMatchObject({ backlog: 0, lastError: null });
  });

  it('refuses a name pointed at a private address before the proxy hears of it', async () => {
    const id = await registerAndRecord(`https://rebound.example:${httpsPort}/hooks`);
    await deliverer({ allowPrivate: false, proxy: viaProxy() }).drain();
    expect(asked).toEqual({ connect: [], plain: [] });
    expect(received).toEqual([]);
    expect(await health(id)).toMatchObject({
      backlog: 1,
      lastError:
        'refused: rebound.example resolves to a private (RFC 1918) address; event endpoints must be public addresses',
    });
  });

  it('records a proxy that refuses the tunnel as a failed delivery, retried later', async () => {
    proxyAnswer = 403;
    const id = await registerAndRecord(`https://hooks.example:${httpsPort}/hooks`);
    await deliverer({ allowPrivate: false, proxy: viaProxy() }).drain();
    expect(asked.connect).toEqual([`${PUBLIC}:${httpsPort}`]);
    expect(received).toEqual([]);
    expect(await health(id)).toMatchObject({
      backlog: 1,
      lastError: 'could not connect (EPROXY)',
    });
  });
});
