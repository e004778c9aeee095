/**
 * Error answers say what was wrong and how to fix it, in `{ error, code, requestId }` (issues 12
 * and 13). Each example below said the wrong thing before: kept here so it stays fixed.
 */
import request from 'supertest';
import { TEST_ADMIN_TOKEN, TEST_VERIFY_TOKEN } from '../support/context';
import { anErrorBody } from '../support/error-body';
import { postSigned } from '../support/webhook';
import { adminFixture, as, bearer, type AdminFixture } from './admin-helpers';

let f: AdminFixture;
beforeAll(async () => {
  f = await adminFixture();
});
afterAll(async () => f.ctx.close());

describe('every error body', () => {
  it('is { error, code, requestId }, the id also in X-Request-Id', async () => {
    const res = await as(f.ctx, f.key)
      .post('/admin/categories')
      .send({ name: 'x', unsubscribeDays: 7, colour: 'red' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(anErrorBody(expect.stringMatching(/unknown field "colour"/)));
    expect(res.body.code).toBe('unknown_fields');
    expect(res.headers['x-request-id']).toBe(res.body.requestId);
  });

  it('keeps a sane incoming X-Request-Id and replaces one that is not', async () => {
    const kept = await as(f.ctx, f.key)
      .get('/admin/opt-outs/nope')
      .set('x-request-id', 'lb-7f3a.9');
    expect(kept.status).toBe(404);
    expect(kept.body).toMatchObject({ code: 'not_found', requestId: 'lb-7f3a.9' });
    expect(kept.headers['x-request-id']).toBe('lb-7f3a.9');
    const replaced = await as(f.ctx, f.key)
      .get('/admin/opt-outs/nope')
      .set('x-request-id', 'bad id\twith "quotes"');
    expect(replaced.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('carries the code of its kind', async () => {
    const api = as(f.ctx, f.key);
    expect((await request(f.ctx.app).get('/admin/settings')).body.code).toBe('unauthorized');
    expect((await api.get('/admin/tenants')).body.code).toBe('forbidden');
    expect((await api.get('/admin/nothing')).body.code).toBe('not_found');
    expect((await api.post('/admin/opt-outs').send({ channel: 'fax' })).body.code).toBe(
      'validation_failed',
    );
    const malformed = await api
      .post('/admin/categories')
      .set('content-type', 'application/json')
      .send('{"name": ');
    expect(malformed.body.code).toBe('malformed_json');
    const csv = await api
      .post('/admin/opt-outs/import')
      .set('content-type', 'application/xml')
      .send('<x/>');
    expect(csv.status).toBe(415);
    expect(csv.body.code).toBe('unsupported_media_type');
  });

  it('a 500 says only that it was logged, with the request id, which the log line carries', async () => {
    const spy = jest
      .spyOn(f.ctx.services.optOuts, 'get')
      .mockRejectedValueOnce(new Error('secret internal detail'));
    try {
      const res = await as(f.ctx, f.key).get('/admin/opt-outs/whatever');
      expect(res.status).toBe(500);
      expect(res.body).toEqual(anErrorBody(expect.stringContaining(res.body.requestId)));
      expect(res.body.code).toBe('internal');
      expect(res.text).not.toContain('secret internal detail');
      const logged = f.ctx.logs.filter((l) => l.includes('unhandled error'));
      expect(logged.some((l) => l.includes(`"requestId":"${res.body.requestId}"`))).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('messages that said the wrong thing (issue 12, item 13)', () => {
  it('the verify GET with the right token but no hub.challenge asks for the challenge', async () => {
    const res = await request(f.ctx.app)
      .get('/webhook')
      .query({ 'hub.mode': 'subscribe', 'hub.verify_token': TEST_VERIFY_TOKEN });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/without hub\.challenge: the token matched/);
    expect(res.body.error).not.toMatch(/must match/);
  });

  it('the verify GET names the mode when only the mode is wrong', async () => {
    const res = await request(f.ctx.app).get('/webhook').query({
      'hub.mode': 'unsubscribe',
      'hub.verify_token': TEST_VERIFY_TOKEN,
      'hub.challenge': '1',
    });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatch(/hub\.mode must be "subscribe" \(got "unsubscribe"\)/);
  });

  it.each([
    ['null', 'null'],
    ['"x"', 'a string'],
    ['42', 'a number'],
  ])('an admin body %s is JSON but not an object, and says so', async (body, got) => {
    const res = await as(f.ctx, f.key)
      .post('/admin/categories')
      .set('content-type', 'application/json')
      .send(body);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe(`The body must be a JSON object ({...}); got ${got}.`);
    expect(res.body.code).toBe('validation_failed');
  });

  it('a webhook body null is JSON but not an object, and says so', async () => {
    const res = await postSigned(f.ctx.app, 'null');
    expect(res.status).toBe(400);
    expect(res.body).toEqual(anErrorBody(expect.stringMatching(/must be a JSON object.*got null/)));
  });

  it('params {"1": "Ana"} says to send positional parameters as a list', async () => {
    const api = as(f.ctx, f.key);
    const task = await api.post('/admin/tasks').send({
      name: 'Sale',
      type: 'marketing',
      channel: 'whatsapp',
      template: { name: 'sale', language: 'en' },
    });
    const res = await api
      .post(`/admin/tasks/${task.body.id}/recipients`)
      .send({ recipients: [{ contact: '+5511987654321', params: { '1': 'Ana' } }] });
    expect(res.status).toBe(200);
    expect(res.body.invalid[0].error).toMatch(
      /parameter name "1" is a position: send positional parameters .* as a list, e\.g\. "params": \["Ana"\]/,
    );
  });

  it('contact +1 is too short to be a phone number (not "too short for +?")', async () => {
    const res = await as(f.ctx, f.key)
      .post('/admin/opt-outs')
      .send({ channel: 'whatsapp', contact: '+1' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(
      /too short to be a phone number: "\+1" \(write the whole number/,
    );
    expect(res.body.error).not.toContain('+?');
  });

  it('limit=abc gives the range, not "received NaN"', async () => {
    const res = await as(f.ctx, f.key).get('/admin/tasks?limit=abc');
    expect(res.body.error).toMatch(/"limit": must be a whole number from 1 to 500/);
    expect(res.body.error).not.toMatch(/NaN/);
  });

  it('a tenant key on /admin/tenants is 403 (known, not allowed), not 401', async () => {
    const res = await as(f.ctx, f.key).post('/admin/tenants').send({ name: 'x' });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatch(/ADMIN_TOKEN/);
  });

  it('an Authorization header of another scheme says "Bearer", not "missing"', async () => {
    const res = await request(f.ctx.app)
      .get('/admin/settings')
      .set('authorization', `Token ${f.key}`);
    expect(res.status).toBe(401);
    expect(res.body.error).toMatch(/must be "Bearer <tenant API key>"/);
  });

  it('a key in X-API-Key is named as a header this API does not read', async () => {
    const res = await request(f.ctx.app).get('/admin/settings').set('x-api-key', f.key);
    expect(res.status).toBe(401);
    expect(res.body.error).toMatch(
      /Authorization: Bearer <tenant API key>.*x-api-key header is not read/,
    );
    expect(res.text).not.toContain(f.key);
  });

  it('an unknown tenant key says where keys come from', async () => {
    const res = await request(f.ctx.app).get('/admin/settings').set(bearer('sl_nope'));
    expect(res.body.error).toMatch(/Invalid API key: use the key returned/);
  });

  it("a check with no message of its own reads plainly, not in zod's words", async () => {
    const api = as(f.ctx, f.key);
    const task = await api.post('/admin/tasks').send({
      name: 'Sale',
      type: 'marketing',
      channel: 'whatsapp',
      template: { name: 'sale', language: 'en' },
      followUp: { assignees: [''] },
    });
    expect(task.status).toBe(400);
    expect(task.body.error).toBe('Invalid body: "followUp.assignees.0": must not be empty');
    const tenant = await request(f.ctx.app)
      .post('/admin/tenants')
      .set(bearer(TEST_ADMIN_TOKEN))
      .send({ name: 'T', accessToken: 'x'.repeat(5000) });
    expect(tenant.body.error).toMatch(/"accessToken": must be at most 4096 characters/);
  });

  it('an array body says it is an array', async () => {
    const res = await as(f.ctx, f.key)
      .post('/admin/categories')
      .send([{ name: 'x' }]);
    expect(res.body.error).toBe('The body must be a JSON object ({...}); got an array.');
  });
});
