import axios from 'axios';
import express from 'express';
import request from 'supertest';
import { ManualClock } from '../../../src/clock';
import { createErrorHandler } from '../../../src/http/error-handler';
import { createLogger } from '../../../src/logger';
import { createCloudApiClient } from '../../../src/whatsapp/cloud-api-client';
import { buttonsMessage, textMessage } from '../../../src/whatsapp/messages';
import { parseWebhook } from '../../../src/whatsapp/parse-webhook';
import { createSandbox } from '../../../src/whatsapp/sandbox';
import { verifySignature } from '../../../src/whatsapp/signature';

const SECRET = 'app-secret-for-tests';

/**
 * A tiny app: the header x-scope stands in for the lead's auth (a tenant's phone number id, or
 * "platform"); deliver() plays the webhook route and checks the signature over the raw bytes.
 */
function setup() {
  const clock = new ManualClock('2026-03-01T12:00:00Z');
  let n = 0;
  const sandbox = createSandbox({ clock, appSecret: SECRET, idGen: () => `SBX${++n}` });
  const deliveries: { raw: Buffer; signature: string }[] = [];
  const app = express();
  app.use(
    '/sandbox',
    sandbox.router({
      scope: (req) => {
        const scope = req.get('x-scope') ?? 'platform';
        return { phoneNumberId: scope === 'platform' ? null : scope };
      },
      deliver: async (raw, signature) => {
        deliveries.push({ raw, signature });
        return verifySignature([SECRET], raw, signature)
          ? { status: 200, body: { received: true } }
          : { status: 401, body: { error: 'bad signature' } };
      },
      describeNumber: (id) =>
        id === 'PHONE_A' ? { wabaId: 'WABA_A', displayPhoneNumber: '15550783881' } : null,
    }),
  );
  app.use(createErrorHandler(createLogger({ level: 'silent' })));
  const client = createCloudApiClient({
    baseUrl: 'https://graph.facebook.com',
    apiVersion: 'v23.0',
    timeoutMs: 1000,
    http: axios.create({ adapter: sandbox.adapter }),
  });
  return { app, sandbox, client, deliveries, clock };
}

const A = { phoneNumberId: 'PHONE_A', accessToken: null };
const B = { phoneNumberId: 'PHONE_B', accessToken: null };

describe('GET /sandbox/messages', () => {
  it('shows a tenant only its own number’s messages; the platform sees all', async () => {
    const { app, client } = setup();
    await client.send(A, textMessage('16505551234', 'for A'));
    await client.send(B, textMessage('16505551234', 'for B'));
    const tenant = await request(app)
      .get('/sandbox/messages')
      .set('x-scope', 'PHONE_A')
      .expect(200);
    expect(
      tenant.body.messages.map((m: { body: { text: { body: string } } }) => m.body.text.body),
    ).toEqual(['for A']);
    expect(tenant.body.messages[0]).toMatchObject({
      id: 'wamid.SBX1',
      to: '16505551234',
      type: 'text',
      at: '2026-03-01T12:00:00.000Z',
    });
    const platform = await request(app).get('/sandbox/messages').expect(200);
    expect(platform.body.messages).toHaveLength(2);
  });

  it('filters by recipient, written with or without +', async () => {
    const { app, client } = setup();
    await client.send(A, textMessage('16505551234', 'x'));
    await client.send(A, textMessage('5511987654321', 'y'));
    const res = await request(app)
      .get('/sandbox/messages')
      .query({ to: '+5511987654321' })
      .expect(200);
    expect(res.body.messages.map((m: { to: string }) => m.to)).toEqual(['5511987654321']);
  });

  it('refuses a tenant asking for another number, and unknown query keys', async () => {
    const { app } = setup();
    const other = await request(app)
      .get('/sandbox/messages')
      .query({ phoneNumberId: 'PHONE_B' })
      .set('x-scope', 'PHONE_A');
    expect(other.status).toBe(403);
    expect(other.body.error).toMatch(/only use its own number \(PHONE_A\)/);
    const unknown = await request(app).get('/sandbox/messages').query({ recipient: 'x' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatch(/unknown field "recipient"/);
  });
});

describe('POST /sandbox/failures and DELETE /sandbox/messages', () => {
  it('makes the next send fail, scoped to the tenant’s number', async () => {
    const { app, client } = setup();
    const res = await request(app)
      .post('/sandbox/failures')
      .set('x-scope', 'PHONE_A')
      .send({ code: 131056, count: 1 })
      .expect(201);
    expect(res.body).toEqual({ rule: { code: 131056, count: 1, phoneNumberId: 'PHONE_A' } });
    await expect(client.send(B, textMessage('16505551234', 'x'))).resolves.toBeDefined();
    await expect(client.send(A, textMessage('16505551234', 'x'))).rejects.toMatchObject({
      code: 131056,
    });
  });

  it.each([
    [{ code: 131056, colour: 'red' }, /unknown field "colour"/],
    [{ code: '131056' }, /code/],
    [{ httpStatus: 200 }, /httpStatus/],
    [{ count: 2 }, /needs code, httpStatus or timeout/],
    [{ timeout: true, to: 'alice' }, /"to"/],
  ])('refuses %p with 400', async (body, message) => {
    const { app } = setup();
    const res = await request(app).post('/sandbox/failures').send(body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
  });

  it('clears a tenant’s messages only', async () => {
    const { app, client, sandbox } = setup();
    await client.send(A, textMessage('16505551234', 'x'));
    await client.send(B, textMessage('16505551234', 'x'));
    await request(app)
      .delete('/sandbox/messages')
      .set('x-scope', 'PHONE_A')
      .expect(200, { cleared: 1 });
    expect(sandbox.messages().map((m) => m.phoneNumberId)).toEqual(['PHONE_B']);
    await request(app).delete('/sandbox/messages').expect(200, { cleared: 1 });
  });
});

describe('POST /sandbox/inbound', () => {
  it('delivers a signed, Meta-shaped webhook with escaped unicode and answers what was sent', async () => {
    const { app, deliveries } = setup();
    const res = await request(app)
      .post('/sandbox/inbound')
      .set('x-scope', 'PHONE_A')
      .send({ from: '+5511987654321', text: 'Não quero mais 🙏', contextId: 'wamid.OUT1' })
      .expect(200);
    expect(res.body).toMatchObject({
      delivered: 200,
      messageId: 'wamid.SBX1',
      response: { received: true },
    });
    expect(deliveries).toHaveLength(1);
    const { raw, signature } = deliveries[0]!;
    expect(raw.toString('utf8')).toContain(String.raw`N\u00e3o quero mais \ud83d\ude4f`);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(JSON.parse(raw.toString('utf8'))).toEqual(res.body.webhook);
    expect(res.body.webhook.entry[0].id).toBe('WABA_A');
    const { events, skipped } = parseWebhook(JSON.parse(raw.toString('utf8')));
    expect(skipped).toEqual([]);
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'message',
        phoneNumberId: 'PHONE_A',
        messageId: 'wamid.SBX1',
        from: '5511987654321',
        text: 'Não quero mais 🙏',
        contextId: 'wamid.OUT1',
        timestamp: new Date('2026-03-01T12:00:00Z'),
      }),
    ]);
  });

  it('delivers a template button tap and a preference', async () => {
    const { app, deliveries } = setup();
    await request(app)
      .post('/sandbox/inbound')
      .send({
        phoneNumberId: 'PHONE_B',
        from: '16505551234',
        buttonPayload: 'optout:t1',
        buttonText: 'Stop promotions',
      })
      .expect(200);
    const pref = await request(app)
      .post('/sandbox/inbound')
      .send({ phoneNumberId: 'PHONE_B', from: '16505551234', preference: 'stop' })
      .expect(200);
    expect(pref.body.messageId).toBeNull();
    const events = deliveries.flatMap(
      (d) => parseWebhook(JSON.parse(d.raw.toString('utf8'))).events,
    );
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'message',
        type: 'button',
        payload: 'optout:t1',
        text: 'Stop promotions',
      }),
      expect.objectContaining({
        kind: 'preference',
        value: 'stop',
        waId: '16505551234',
        phoneNumberId: 'PHONE_B',
      }),
    ]);
  });

  it('names, for a reply-button tap, the message the button was sent in (context.id), as WhatsApp does', async () => {
    const { app, client, deliveries } = setup();
    const buttons = [
      { id: 'sl:consent_yes', title: 'Yes' },
      { id: 'sl:consent_no', title: 'No' },
    ];
    const first = await client.send(A, buttonsMessage('16505551234', 'Offers?', buttons));
    const second = await client.send(A, buttonsMessage('+16505551234', 'Offers, really?', buttons));
    await client.send(A, textMessage('16505551234', 'a plain message after them'));
    await client.send(A, buttonsMessage('16505550000', 'Someone else', buttons));
    const tap = (body: Record<string, string>) =>
      request(app)
        .post('/sandbox/inbound')
        .send({ phoneNumberId: 'PHONE_A', from: '16505551234', ...body })
        .expect(200);
    await tap({ interactiveId: 'sl:consent_yes', interactiveTitle: 'Yes' });
    await tap({ interactiveId: 'sl:consent_no', contextId: first.messageId });
    // No message of ours carries this button: the tap names nothing.
    await tap({ interactiveId: 'sl:other', interactiveTitle: 'Other' });
    const events = deliveries.flatMap(
      (d) => parseWebhook(JSON.parse(d.raw.toString('utf8'))).events,
    );
    expect(events.map((e) => (e.kind === 'message' ? e.contextId : 'not a message'))).toEqual([
      second.messageId,
      first.messageId,
      null,
    ]);
  });

  it('reports the webhook route’s answer (e.g. a rejected signature)', async () => {
    const clock = new ManualClock();
    const sandbox = createSandbox({ clock, appSecret: 'wrong-secret' });
    const app = express().use(
      '/sandbox',
      sandbox.router({
        scope: () => ({ phoneNumberId: 'P' }),
        deliver: async (raw, sig) => ({
          status: verifySignature([SECRET], raw, sig) ? 200 : 401,
          body: null,
        }),
      }),
    );
    const res = await request(app)
      .post('/sandbox/inbound')
      .send({ from: '16505551234', text: 'hi' })
      .expect(200);
    expect(res.body.delivered).toBe(401);
  });

  it.each([
    [
      'platform without phoneNumberId',
      'platform',
      { from: '16505551234', text: 'x' },
      400,
      /phoneNumberId is required/,
    ],
    [
      'tenant naming another number',
      'PHONE_A',
      { from: '16505551234', text: 'x', phoneNumberId: 'PHONE_B' },
      403,
      /own number/,
    ],
    ['no customer', 'PHONE_A', { text: 'x' }, 400, /needs the customer/],
    [
      'two kinds at once',
      'PHONE_A',
      { from: '16505551234', text: 'x', interactiveId: 'y' },
      400,
      /exactly one of/,
    ],
    ['a bad from', 'PHONE_A', { from: 'alice', text: 'x' }, 400, /"from"/],
    [
      'an unknown key',
      'PHONE_A',
      { from: '16505551234', text: 'x', emoji: '🙂' },
      400,
      /unknown field "emoji"/,
    ],
    [
      'an unknown preference',
      'PHONE_A',
      { from: '16505551234', preference: 'pause' },
      400,
      /preference/,
    ],
  ])('refuses %s', async (_name, scope, body, status, message) => {
    const { app, deliveries } = setup();
    const res = await request(app).post('/sandbox/inbound').set('x-scope', scope).send(body);
    expect(res.status).toBe(status);
    expect(res.body.error).toMatch(message);
    expect(deliveries).toHaveLength(0);
  });
});
