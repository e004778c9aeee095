/**
 * Outbound events end to end: a tenant registers an endpoint, changes happen (an opt-out, its
 * revocation, a task paused by Meta's signal), and a local receiver gets each one signed per
 * Standard Webhooks, in order per contact, retried after a failure, replayable after giving up.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { Webhook } from 'standardwebhooks';
import { signStandardWebhook } from '../../src/services/events/standard-webhooks';
import { createTestContext, type TestContext } from '../support/context';
import { auth, numbers, publishedTask } from './dispatch-helpers';

interface Received {
  headers: Record<string, string>;
  body: string;
}

let ctx: TestContext;
let server: Server;
let url: string;
let received: Received[];
let answer: number;

beforeEach(async () => {
  ctx = await createTestContext();
  received = [];
  answer = 200;
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      received.push({ headers: req.headers as Record<string, string>, body });
      res.statusCode = answer;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
});
afterEach(async () => {
  await ctx.close();
  await new Promise((resolve) => server.close(resolve));
});

async function register(events: string[] = ['*'], secret?: string) {
  const res = await request(ctx.app)
    .post('/admin/event-endpoints')
    .set(auth)
    .send({ url, events, ...(secret ? { secret } : {}) });
  expect(res.status).toBe(201);
  return res.body as { id: string; secret: string };
}

const optOut = (contact: string) =>
  request(ctx.app)
    .post('/admin/opt-outs')
    .set(auth)
    .send({ channel: 'whatsapp', contact })
    .expect(201);

const deliver = () => ctx.services.eventDeliverer.drain();

it('delivers an opt-out, signed, with the Standard Webhooks headers and body', async () => {
  const endpoint = await register(['opt_out.created', 'opt_out.revoked']);
  expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
  const created = await optOut('+5511987654321');
  await deliver();
  expect(received).toHaveLength(1);
  const [first] = received;
  if (!first) throw new Error('nothing received');
  const body = JSON.parse(first.body) as Record<string, unknown>;
  expect(body).toMatchObject({
    type: 'opt_out.created',
    tenantId: ctx.defaultTenantId,
    createdAt: '2026-01-15T10:00:00.000Z',
    data: { id: created.body.id, contact: '+5511987654321', channel: 'whatsapp', revokedAt: null },
  });
  expect(first.headers['webhook-id']).toBe(body.id);
  expect(first.headers['webhook-timestamp']).toBe(
    String(Date.parse('2026-01-15T10:00:00Z') / 1000),
  );
  expect(first.headers['webhook-signature']).toBe(
    signStandardWebhook(
      endpoint.secret,
      String(body.id),
      Number(first.headers['webhook-timestamp']),
      first.body,
    ),
  );
  // Delivered once: a second round sends nothing.
  await deliver();
  expect(received).toHaveLength(1);
  const health = await request(ctx.app)
    .get(`/admin/event-endpoints/${endpoint.id}`)
    .set(auth)
    .expect(200);
  expect(health.body).toMatchObject({ backlog: 0, failed: 0, lastError: null, url });
  expect(health.body).not.toHaveProperty('secret');
});

it('retries a failed delivery later, keeping one contact’s events in order', async () => {
  const endpoint = await register();
  answer = 503;
  const created = await optOut('+5511987654321');
  await request(ctx.app).delete(`/admin/opt-outs/${created.body.id}`).set(auth).expect(200);
  await deliver();
  // Only the first is tried: the revocation waits behind it.
  expect(received.map((r) => JSON.parse(r.body).type)).toEqual(['opt_out.created']);
  const failing = await request(ctx.app).get(`/admin/event-endpoints/${endpoint.id}`).set(auth);
  expect(failing.body).toMatchObject({ backlog: 2, lastError: expect.stringMatching(/HTTP 503/) });

  answer = 200;
  await deliver();
  expect(received).toHaveLength(1);
  ctx.clock.advance(10_000);
  await deliver();
  await deliver();
  expect(received.map((r) => JSON.parse(r.body).type)).toEqual([
    'opt_out.created',
    'opt_out.created',
    'opt_out.revoked',
  ]);
  // The retry carries the same id, so the receiver can de-duplicate.
  expect(received[0]?.headers['webhook-id']).toBe(received[1]?.headers['webhook-id']);
});

it('gives up after 3 days, shows it on the endpoint, and replays on request', async () => {
  const endpoint = await register();
  answer = 500;
  await optOut('+5511987654321');
  for (let i = 0; i < 40; i++) {
    await deliver();
    ctx.clock.advance(11 * 3600_000);
  }
  const dead = await request(ctx.app).get(`/admin/event-endpoints/${endpoint.id}`).set(auth);
  expect(dead.body).toMatchObject({ backlog: 0, failed: 1 });
  const tries = received.length;
  // One attempt per 11-hour step here (the waits are shorter early on), until 3 days have passed.
  expect(tries).toBeGreaterThanOrEqual(6);

  answer = 200;
  const replay = await request(ctx.app)
    .post(`/admin/event-endpoints/${endpoint.id}/replay`)
    .set(auth);
  expect(replay.body).toEqual({ requeued: 1 });
  await deliver();
  expect(received).toHaveLength(tries + 1);
  expect(
    (await request(ctx.app).get(`/admin/event-endpoints/${endpoint.id}`).set(auth)).body,
  ).toMatchObject({
    backlog: 0,
    failed: 0,
  });
});

it("tells the receiver when Meta's signal pauses a task", async () => {
  await ctx.services.tenants.update(ctx.defaultTenantId, { wabaId: '102290129340398' });
  await register(['task.paused', 'quality.template_status']);
  const taskId = await publishedTask(
    ctx,
    numbers(1).map((contact) => ({ contact })),
  );
  await request(ctx.app)
    .post('/sandbox/signals')
    .set(auth)
    .send({
      wabaId: '102290129340398',
      type: 'template_status',
      event: 'PAUSED',
      templateName: 'spring_sale',
      language: 'pt_BR',
    })
    .expect(200);
  await ctx.services.inbox.drain();
  await deliver();
  const events = received.map(
    (r) => JSON.parse(r.body) as { type: string; data: Record<string, unknown> },
  );
  expect(events.map((e) => e.type).sort()).toEqual(['quality.template_status', 'task.paused']);
  expect(events.find((e) => e.type === 'task.paused')?.data).toMatchObject({
    id: taskId,
    status: 'paused',
  });
});

it('validates registrations, lists and deletes endpoints', async () => {
  const bad = await request(ctx.app)
    .post('/admin/event-endpoints')
    .set(auth)
    .send({ url, events: ['opt_out.created'], secret: 'my-secret' });
  expect(bad.status).toBe(400);
  expect(bad.body.error).toMatch(/whsec_/);
  const badType = await request(ctx.app)
    .post('/admin/event-endpoints')
    .set(auth)
    .send({ url, events: ['opt_out.deleted'] });
  expect(badType.status).toBe(400);
  expect(JSON.stringify(badType.body)).toMatch(/must be one of \*, opt_out.created/);
  const given = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
  const e = await register(['*'], given);
  expect(e.secret).toBe(given);
  const list = await request(ctx.app).get('/admin/event-endpoints').set(auth).expect(200);
  expect(list.body.items.map((x: { id: string }) => x.id)).toEqual([e.id]);
  expect(list.body.items[0]).not.toHaveProperty('secret');
  await request(ctx.app).delete(`/admin/event-endpoints/${e.id}`).set(auth).expect(204);
  await request(ctx.app).get(`/admin/event-endpoints/${e.id}`).set(auth).expect(404);
});

it('keeps the signing secret sealed at rest, and the receiver verifies with the standardwebhooks library', async () => {
  const endpoint = await register(['opt_out.created']);
  const stored = await ctx.store.getEventEndpoint(ctx.defaultTenantId, endpoint.id);
  expect(stored?.secret).toMatch(/^v1\./);
  expect(stored?.secret).not.toContain(endpoint.secret.slice('whsec_'.length));
  await optOut('+5511987654321');
  await deliver();
  const [got] = received;
  if (!got) throw new Error('nothing received');
  // The library every language's receiver uses. It checks the timestamp against its own clock
  // (within 5 minutes), so it runs at the instant the test clock signed it.
  const sentAt = Number(got.headers['webhook-timestamp']);
  jest.useFakeTimers({ now: sentAt * 1000, doNotFake: ['nextTick', 'setImmediate'] });
  try {
    expect(
      new Webhook(endpoint.secret).verify(got.body, got.headers as Record<string, string>),
    ).toMatchObject({ type: 'opt_out.created' });
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(32, 9).toString('base64')}`).verify(
        got.body,
        got.headers as Record<string, string>,
      ),
    ).toThrow();
  } finally {
    jest.useRealTimers();
  }
});

it('seals at start-up the secrets an older version stored in clear, and still signs with them', async () => {
  const clear = `whsec_${Buffer.alloc(32, 5).toString('base64')}`;
  const legacy = await ctx.store.createEventEndpoint(
    ctx.defaultTenantId,
    { url, secret: clear, events: ['*'] },
    ctx.clock.now(),
  );
  await ctx.services.eventDeliverer.start();
  await ctx.services.eventDeliverer.stop();
  const stored = await ctx.store.getEventEndpoint(ctx.defaultTenantId, legacy.id);
  expect(stored?.secret).toMatch(/^v1\./);
  await optOut('+5511987654321');
  await deliver();
  const [got] = received;
  if (!got) throw new Error('nothing received');
  expect(got.headers['webhook-signature']).toBe(
    signStandardWebhook(
      clear,
      got.headers['webhook-id'] ?? '',
      Number(got.headers['webhook-timestamp']),
      got.body,
    ),
  );
});

it('sends every row of an opt-out CSV import, written in the import’s chunk transactions', async () => {
  await register(['opt_out.created']);
  // More than one chunk (1,000 rows each), so the events of several chunk transactions arrive.
  const contacts = Array.from({ length: 1_205 }, (_, i) => `+55119${10_000_001 + i}`);
  const res = await request(ctx.app)
    .post('/admin/opt-outs/import')
    .set(auth)
    .type('text/csv')
    .send(['contact', ...contacts, contacts[0]].join('\n'));
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ created: 1_205 });
  while ((await deliver()) > 0);
  const data = received.map((r) => (JSON.parse(r.body) as { data: { contact: string } }).data);
  // Once each: the repeated last row changed nothing and sent nothing.
  expect(data.map((d) => d.contact).sort()).toEqual([...contacts].sort());
  expect(new Set(received.map((r) => r.headers['webhook-id'])).size).toBe(1_205);
});

it('sends consent.created for a grant and an import, consent.withdrawn for a withdrawal, none for a reaffirmation', async () => {
  await register(['consent.created', 'consent.withdrawn']);
  const granted = await request(ctx.app)
    .post('/admin/consents')
    .set(auth)
    .send({ channel: 'whatsapp', contact: '+5511987654321' })
    .expect(201);
  await request(ctx.app)
    .post('/admin/consents')
    .set(auth)
    .send({ channel: 'whatsapp', contact: '+5511987654321' });
  await request(ctx.app)
    .post('/admin/consents/import')
    .set(auth)
    .type('text/csv')
    .send('contact\n+5511987654322\n+5511987654321\n')
    .expect(200);
  await request(ctx.app)
    .delete(`/admin/consents/${granted.body.id}`)
    .set(auth)
    .send({ reason: 'asked by phone' })
    .expect(200);
  while ((await deliver()) > 0);
  const events = received.map(
    (r) => JSON.parse(r.body) as { type: string; data: Record<string, unknown> },
  );
  expect(events.map((e) => `${e.type} ${String(e.data.contact)}`).sort()).toEqual([
    'consent.created +5511987654321',
    'consent.created +5511987654322',
    'consent.withdrawn +5511987654321',
  ]);
  expect(events.find((e) => e.type === 'consent.withdrawn')?.data).toMatchObject({
    id: granted.body.id,
    withdrawReason: 'asked by phone',
  });
});

it('keeps delivering to other endpoints while one endpoint hangs, a contact’s events still in order', async () => {
  // A second receiver that holds every request until released.
  const held: (() => void)[] = [];
  const hanging = createServer((req, res) => {
    req.resume();
    held.push(() => res.writeHead(204).end());
  });
  await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
  const hangingUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/hooks`;
  try {
    await request(ctx.app)
      .post('/admin/event-endpoints')
      .set(auth)
      .send({ url: hangingUrl, events: ['*'] })
      .expect(201);
    await register();
    const created = await optOut('+5511987654321');
    await request(ctx.app).delete(`/admin/opt-outs/${created.body.id}`).set(auth).expect(200);
    const draining = deliver();
    // Both events of the contact reach the answering endpoint, one after the other, while the
    // other endpoint still holds its first (a turn of the event loop at a time: no timers).
    while (received.length < 2) await new Promise((resolve) => setImmediate(resolve));
    expect(received.map((r) => JSON.parse(r.body).type)).toEqual([
      'opt_out.created',
      'opt_out.revoked',
    ]);
    expect(held).toHaveLength(1);
    held.splice(0).forEach((release) => release());
    // Released: the hanging endpoint gets its second event only now.
    while (held.length < 1) await new Promise((resolve) => setImmediate(resolve));
    held.splice(0).forEach((release) => release());
    await draining;
  } finally {
    hanging.closeAllConnections();
    await new Promise((resolve) => hanging.close(resolve));
  }
});

/** Whether the `standardwebhooks` library verifies a delivery with `secret`, at its signing instant. */
function verifiesWith(secret: string, got: Received): boolean {
  jest.useFakeTimers({
    now: Number(got.headers['webhook-timestamp']) * 1000,
    doNotFake: ['nextTick', 'setImmediate'],
  });
  try {
    new Webhook(secret).verify(got.body, got.headers);
    return true;
  } catch {
    return false;
  } finally {
    jest.useRealTimers();
  }
}

it('rotates the signing secret: both signatures until the previous one expires, then the new one alone', async () => {
  const endpoint = await register(['opt_out.created']);
  const next = `whsec_${Buffer.alloc(32, 3).toString('base64')}`;
  const rotated = await request(ctx.app)
    .post(`/admin/event-endpoints/${endpoint.id}/rotate-secret`)
    .set(auth)
    .send({ secret: next, previousValidHours: 2 })
    .expect(200);
  expect(rotated.body).toEqual({
    id: endpoint.id,
    secret: next,
    previousSecretValidUntil: '2026-01-15T12:00:00.000Z',
  });
  const shown = await request(ctx.app)
    .get(`/admin/event-endpoints/${endpoint.id}`)
    .set(auth)
    .expect(200);
  expect(shown.body).toMatchObject({ previousSecretValidUntil: '2026-01-15T12:00:00.000Z' });
  expect(shown.body).not.toHaveProperty('secret');
  expect(shown.body).not.toHaveProperty('previousSecret');
  // Both sealed at rest.
  const stored = await ctx.store.getEventEndpoint(ctx.defaultTenantId, endpoint.id);
  expect(stored?.previousSecret).toMatch(/^v1\./);
  expect(stored?.previousSecret).not.toContain(endpoint.secret.slice('whsec_'.length));
  expect(stored?.secret).not.toContain(next.slice('whsec_'.length));

  await optOut('+5511987654321');
  await deliver();
  const [during] = received;
  if (!during) throw new Error('nothing received');
  const entries = (during.headers['webhook-signature'] ?? '').split(' ');
  expect(entries).toEqual([
    signStandardWebhook(
      next,
      during.headers['webhook-id'] ?? '',
      Number(during.headers['webhook-timestamp']),
      during.body,
    ),
    signStandardWebhook(
      endpoint.secret,
      during.headers['webhook-id'] ?? '',
      Number(during.headers['webhook-timestamp']),
      during.body,
    ),
  ]);
  expect(verifiesWith(next, during)).toBe(true);
  expect(verifiesWith(endpoint.secret, during)).toBe(true);

  ctx.clock.advance(2 * 3600_000);
  await optOut('+5511987654322');
  await deliver();
  const after = received[1];
  if (!after) throw new Error('nothing received after the overlap');
  expect((after.headers['webhook-signature'] ?? '').split(' ')).toHaveLength(1);
  expect(verifiesWith(next, after)).toBe(true);
  expect(verifiesWith(endpoint.secret, after)).toBe(false);
});

it('rotates to a generated secret with a 24 h overlap by default, or none, and refuses bad input', async () => {
  const endpoint = await register(['opt_out.created']);
  const path = `/admin/event-endpoints/${endpoint.id}/rotate-secret`;
  const generated = await request(ctx.app).post(path).set(auth).expect(200);
  expect(generated.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
  expect(generated.body.secret).not.toBe(endpoint.secret);
  expect(generated.body.previousSecretValidUntil).toBe('2026-01-16T10:00:00.000Z');

  const none = await request(ctx.app)
    .post(path)
    .set(auth)
    .send({ previousValidHours: 0 })
    .expect(200);
  expect(none.body.previousSecretValidUntil).toBeNull();
  const shown = await request(ctx.app).get(`/admin/event-endpoints/${endpoint.id}`).set(auth);
  expect(shown.body.previousSecretValidUntil).toBeNull();
  await optOut('+5511987654321');
  await deliver();
  const [got] = received;
  if (!got) throw new Error('nothing received');
  expect(verifiesWith(none.body.secret, got)).toBe(true);
  expect(verifiesWith(generated.body.secret, got)).toBe(false);

  const unknown = await request(ctx.app).post(path).set(auth).send({ secrets: 'x' });
  expect(unknown.status).toBe(400);
  expect(JSON.stringify(unknown.body)).toMatch(/secrets/);
  const tooLong = await request(ctx.app).post(path).set(auth).send({ previousValidHours: 169 });
  expect(tooLong.status).toBe(400);
  expect(JSON.stringify(tooLong.body)).toMatch(/previousValidHours/);
  const badSecret = await request(ctx.app).post(path).set(auth).send({ secret: 'whsec_short' });
  expect(badSecret.status).toBe(400);
  expect(JSON.stringify(badSecret.body)).toMatch(/24 to 64 random bytes/);
  await request(ctx.app)
    .post('/admin/event-endpoints/nope/rotate-secret')
    .set(auth)
    .send({})
    .expect(404);
  // A refused rotation changed nothing: the last secret still signs.
  await optOut('+5511987654322');
  await deliver();
  const last = received[1];
  if (!last) throw new Error('nothing received');
  expect(verifiesWith(none.body.secret, last)).toBe(true);
});
