/**
 * POST /webhook runs ahead of the Express router (src/http/lean-webhook.ts); what the HTTP layer
 * gives every request it still gives this one: X-Request-Id on every answer, error bodies that
 * quote it, and a count under the route's own label. Spellings the lean path leaves to Express
 * (`/webhook/`) get the same answers from the route.
 */
import request from 'supertest';
import { sign } from '../../src/whatsapp/signature';
import { anErrorBody } from '../support/error-body';
import { createTestContext, TEST_APP_SECRET, type TestContext } from '../support/context';
import { postSigned } from '../support/webhook';

const BODY = JSON.stringify({ object: 'whatsapp_business_account', entry: [] });

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
  await ctx.services.inbox.stop();
});
afterEach(async () => ctx.close());

const count = async (status: string) =>
  (await ctx.metrics.httpRequests.get()).values.find(
    (v) => v.labels.route === '/webhook' && v.labels.status === status,
  )?.value ?? 0;

it('answers 200 {received: true} as JSON with an X-Request-Id, counted under /webhook', async () => {
  const res = await postSigned(ctx.app, BODY);
  expect(res.status).toBe(200);
  expect(res.type).toBe('application/json');
  expect(res.body).toEqual({ received: true });
  expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  expect(await count('200')).toBe(1);
  const text = (await request(ctx.app).get('/metrics')).text;
  expect(text).toMatch(
    /stopline_http_requests_total\{method="POST",route="\/webhook",status="200"\} 1/,
  );
});

it('keeps a sane incoming X-Request-Id and quotes it in an error body', async () => {
  const res = await request(ctx.app)
    .post('/webhook?from=meta')
    .set('content-type', 'application/json')
    .set('x-request-id', 'lb-7f3a.9')
    .set('x-hub-signature-256', sign('another-secret', BODY))
    .send(BODY);
  expect(res.status).toBe(401);
  expect(res.headers['x-request-id']).toBe('lb-7f3a.9');
  expect(res.body).toEqual({ ...anErrorBody(), code: 'unauthorized', requestId: 'lb-7f3a.9' });
  expect(await count('401')).toBe(1);
});

it('refuses a body over the limit with 413 in the same error shape', async () => {
  const res = await request(ctx.app)
    .post('/webhook')
    .set('content-type', 'application/json')
    .set('content-length', String(4 * 1024 * 1024))
    .set('x-hub-signature-256', sign(TEST_APP_SECRET, BODY))
    .send(BODY);
  expect(res.status).toBe(413);
  expect(res.body).toEqual({
    ...anErrorBody(expect.stringMatching(/limit for \/webhook/)),
    code: 'payload_too_large',
  });
});

it('gives /webhook/ (through Express) the same answer and label', async () => {
  const raw = Buffer.from(BODY);
  const res = await request(ctx.app)
    .post('/webhook/')
    .set('content-type', 'application/json')
    .set('x-hub-signature-256', sign(TEST_APP_SECRET, raw))
    .send(BODY);
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ received: true });
  expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  expect(await count('200')).toBe(1);
  expect((await ctx.store.inboxBacklog()).pending).toBe(1);
});
