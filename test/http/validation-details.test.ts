/**
 * Field test finding 16: the smaller validation and protocol details.
 */
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { listen } from '../../src/listen';
import { TEST_VERIFY_TOKEN } from '../support/context';
import { adminFixture, as, platform, type AdminFixture } from './admin-helpers';

let f: AdminFixture;
beforeEach(async () => {
  f = await adminFixture();
});
afterEach(async () => {
  await f.ctx.close();
});

const api = () => as(f.ctx, f.key);
const task = (template: Record<string, unknown>, policy?: Record<string, unknown>) =>
  api()
    .post('/admin/tasks')
    .send({
      name: 'Sale',
      type: 'marketing',
      channel: 'whatsapp',
      template: { name: 'sale', language: 'es', ...template },
      ...(policy ? { policy } : {}),
    });

describe('names and labels', () => {
  it.each([
    [
      'a tenant',
      () => request(f.ctx.app).post('/admin/tenants').set(platform).send({ name: 'a\u0000b' }),
      /"name"/,
    ],
    [
      'a category',
      () => api().post('/admin/categories').send({ name: 'Ofertas\u0007', unsubscribeDays: 7 }),
      /"name"/,
    ],
    [
      'a task',
      () =>
        api()
          .post('/admin/tasks')
          .send({
            name: 'Sale\nnow',
            type: 'marketing',
            channel: 'whatsapp',
            template: { name: 'sale', language: 'es' },
          }),
      /"name"/,
    ],
    [
      'a brand',
      () => api().put('/admin/settings').send({ brandName: 'Tienda\u001b[31m' }),
      /"brandName"/,
    ],
  ])('refuses control characters in %s name', async (_what, send, field) => {
    const res = await send();
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(field);
    expect(res.body.error).toMatch(/must not contain control characters/);
  });

  it('keeps accepting Unicode names', async () => {
    const res = await api()
      .post('/admin/categories')
      .send({ name: 'Ñandú 🦜 Straße', unsubscribeDays: 7 });
    expect([res.status, res.body.error]).toEqual([201, undefined]);
  });
});

describe('protocol', () => {
  it('answers a JSON route given another Content-Type with 415 unsupported_media_type', async () => {
    const res = await api()
      .post('/admin/categories')
      .set('Content-Type', 'text/plain')
      .send('{"name":"x"}');
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('unsupported_media_type');
    expect(res.body.error).toMatch(/application\/json/);
    // A form post (curl -d without -H) too; a body-less POST is not a wrong type.
    const form = await api().post('/admin/categories').type('form').send('name=x');
    expect(form.status).toBe(415);
    expect((await api().post('/admin/categories')).body.code).toBe('validation_failed');
  });

  it('names the Bearer scheme on a 401', async () => {
    const res = await request(f.ctx.app).get('/admin/opt-outs');
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer /);
    const wrong = await request(f.ctx.app)
      .get('/admin/opt-outs')
      .set('Authorization', 'Bearer nope');
    expect(wrong.headers['www-authenticate']).toMatch(/^Bearer /);
  });

  it('echoes only a numeric hub.challenge', async () => {
    const verify = (challenge: string) =>
      request(f.ctx.app).get('/webhook').query({
        'hub.mode': 'subscribe',
        'hub.verify_token': TEST_VERIFY_TOKEN,
        'hub.challenge': challenge,
      });
    expect((await verify('1158201444')).text).toBe('1158201444');
    const bad = await verify('<script>alert(1)</script>');
    expect(bad.status).toBe(400);
    expect(bad.text).not.toContain('<script>');
    expect((await verify('9'.repeat(6000))).status).toBe(400);
  });

  it('answers headers over the limit with 431 and the JSON error body', async () => {
    const server = await listen(f.ctx.app, { port: 0, host: '127.0.0.1' });
    try {
      const { port } = server.address() as AddressInfo;
      const answer = await new Promise<{ status: number; type: string; body: string }>(
        (resolve, reject) => {
          const req = httpRequest(
            { port, host: '127.0.0.1', path: '/healthz', headers: { 'X-Big': 'x'.repeat(70_000) } },
            (res) => {
              let body = '';
              res.on('data', (c: Buffer) => (body += c.toString()));
              res.on('end', () =>
                resolve({
                  status: res.statusCode ?? 0,
                  type: res.headers['content-type'] ?? '',
                  body,
                }),
              );
            },
          );
          req.on('error', reject);
          req.end();
        },
      );
      expect(answer.status).toBe(431);
      expect(answer.type).toMatch(/application\/json/);
      expect(JSON.parse(answer.body)).toMatchObject({
        code: 'payload_too_large',
        error: expect.stringMatching(/headers/),
      });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('tasks', () => {
  it('refuses one button index for both the opt-out and the preference link', async () => {
    const res = await task({ optOutButtonIndex: 0, preferenceLinkButtonIndex: 0 });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/preferenceLinkButtonIndex.*must differ from optOutButtonIndex/);
    expect((await task({ optOutButtonIndex: 0, preferenceLinkButtonIndex: 1 })).status).toBe(201);
  });

  it('reads a window with days: [] as every day, as tasks answer it', async () => {
    const res = await task({}, { window: { start: '09:00', end: '18:00', days: [] } });
    expect(res.status).toBe(201);
    expect(res.body.policy.window).toMatchObject({ days: [] });
  });
});

describe('the preference page', () => {
  it('answers a bad choice with the form again, not "the link is not valid"', async () => {
    const link = await api()
      .post(`/admin/contacts/${encodeURIComponent('+34650000001')}/preference-link`)
      .send({ language: 'es' });
    const res = await request(f.ctx.app)
      .post('/preferences')
      .type('form')
      .send({ t: link.body.token, choice: 'everything' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('name="choice"');
    expect(res.text).not.toMatch(/no es válido/);
  });
});
