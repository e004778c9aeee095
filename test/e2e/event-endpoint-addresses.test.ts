/**
 * Outbound event endpoints cannot be pointed at the server's own network (SSRF): refused at
 * registration with a 400 that says why, and refused again at delivery after DNS, so a name
 * re-pointed at 127.0.0.1 gets no connection; lastError shows the reason, never socket detail.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { createLogger } from '../../src/logger';
import { createEventDeliverer } from '../../src/services/events/event-deliverer';
import { createEndpointGuard, type Resolve } from '../../src/services/events/endpoint-guard';
import { createEndpointSecrets } from '../../src/services/events/endpoint-secrets';
import { createTestContext, type TestContext } from '../support/context';
import { auth } from './dispatch-helpers';

let ctx: TestContext;
let server: Server;
let port: number;
let received: string[];

beforeEach(async () => {
  ctx = await createTestContext({ env: { EVENT_ENDPOINTS_ALLOW_PRIVATE: 'false' } });
  received = [];
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received.push(String(req.headers['webhook-id']));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterEach(async () => {
  await ctx.close();
  await new Promise((resolve) => server.close(resolve));
});

const register = (url: string) =>
  request(ctx.app)
    .post('/admin/event-endpoints')
    .set(auth)
    .send({ url, events: ['*'] });

it.each([
  ['http://169.254.169.254/latest/meta-data/', 'a link-local address'],
  ['http://localhost:6379/', 'a loopback name'],
  ['http://[::1]:22/', 'a loopback address'],
  ['http://127.0.0.1:3399/internal-admin?x=1', 'a loopback address'],
  ['http://10.20.30.40/', 'a private (RFC 1918) address'],
  ['http://172.20.0.1/', 'a private (RFC 1918) address'],
  ['http://192.168.0.1/', 'a private (RFC 1918) address'],
  ['http://100.64.1.1/', 'a carrier-grade NAT (100.64.0.0/10) address'],
  ['http://[fd12:3456::1]/', 'a unique-local (private) address'],
  ['http://[::ffff:127.0.0.1]/', 'a loopback address'],
  ['http://224.0.0.251/', 'a multicast address'],
  ['http://0.0.0.0/', 'the unspecified "this network" range 0.0.0.0/8'],
  ['http://metadata.google.internal/', 'an internal (cloud-private) name'],
])('refuses %s at registration (400, says why)', async (url, why) => {
  const res = await register(url);
  expect(res.status).toBe(400);
  expect(res.body.error).toContain(`url must not point at ${why}`);
  expect(res.body.error).toContain('EVENT_ENDPOINTS_ALLOW_PRIVATE=true');
  const list = await request(ctx.app).get('/admin/event-endpoints').set(auth).expect(200);
  expect(list.body.items).toEqual([]);
});

it('accepts a public address', async () => {
  expect((await register('https://93.184.216.34/hooks')).status).toBe(201);
  expect((await register('https://crm.example.com/stopline-events')).status).toBe(201);
});

describe('at delivery, after DNS', () => {
  /** hooks.example resolves to this machine: a name re-pointed after registration. */
  const resolve: Resolve = async (host) => {
    if (host !== 'hooks.example')
      throw Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' });
    return [{ address: '127.0.0.1', family: 4 }];
  };
  const deliverer = (allowPrivate: boolean) =>
    createEventDeliverer({
      store: ctx.store,
      clock: ctx.clock,
      log: createLogger({ level: 'silent' }),
      metrics: ctx.metrics,
      incarnation: { slot: 'box', explicit: false, pid: 1, space: 'ns', boot: 'b' },
      retention: ctx.config.eventsRetention,
      secrets: createEndpointSecrets(ctx.config.secretsKey),
      guard: createEndpointGuard({ policy: { allowHttp: true, allowPrivate }, resolve }),
    });

  it('refuses a host name that resolves to 127.0.0.1, and lastError says only why', async () => {
    const endpoint = await register(`http://hooks.example:${port}/hooks`).expect(201);
    await request(ctx.app)
      .post('/admin/opt-outs')
      .set(auth)
      .send({ channel: 'whatsapp', contact: '+34699123456' })
      .expect(201);
    await deliverer(false).drain();
    expect(received).toEqual([]);
    const health = await request(ctx.app)
      .get(`/admin/event-endpoints/${endpoint.body.id}`)
      .set(auth)
      .expect(200);
    expect(health.body).toMatchObject({ backlog: 1, failed: 0 });
    expect(health.body.lastError).toBe(
      'refused: hooks.example resolves to a loopback address; event endpoints must be public addresses',
    );

    // The same socket path with private addresses allowed connects to the address DNS gave.
    ctx.clock.advance(60_000);
    await deliverer(true).drain();
    expect(received).toHaveLength(1);
  });
});
