import request from 'supertest';
import { adminFixture, as, DAY, type AdminFixture } from './admin-helpers';

let f: AdminFixture;
beforeEach(async () => {
  f = await adminFixture();
});
afterEach(async () => {
  await f.ctx.close();
});

const NUMBER = '+5511987654321';

async function link(body: object = {}): Promise<string> {
  const res = await as(f.ctx, f.key)
    .post(`/admin/contacts/${encodeURIComponent(NUMBER)}/preference-link`)
    .send(body);
  expect(res.status).toBe(201);
  expect(res.body.url).not.toContain('5511987654321');
  return res.body.token as string;
}

const choose = (t: string, choice: string) =>
  request(f.ctx.app).post('/preferences').type('form').send({ t, choice });

describe('the preference page', () => {
  it('serves the page, records a pause, and resubscribes with a consent', async () => {
    const t = await link();
    const page = await request(f.ctx.app).get(`/preferences?t=${encodeURIComponent(t)}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(page.text).not.toMatch(/<script/);
    expect(page.text).not.toContain('stop_category'); // no category on this link

    expect((await choose(t, 'pause')).status).toBe(200);
    const paused = (await as(f.ctx, f.key).get('/admin/opt-outs')).body.items;
    expect(paused).toEqual([
      expect.objectContaining({
        source: 'preference_page',
        categoryId: null,
        expiresAt: new Date(f.ctx.clock.now().getTime() + 30 * DAY).toISOString(),
      }),
    ]);
    const back = await choose(t, 'resubscribe');
    expect(back.text).toMatch(/receive promotions from Acme again/);
    const consents = (await as(f.ctx, f.key).get('/admin/consents')).body.items;
    expect(consents).toEqual([expect.objectContaining({ source: 'preference_page' })]);
    expect((await as(f.ctx, f.key).get('/admin/opt-outs?active=true')).body.items).toEqual([]);
  });

  it('answers a forged or altered link with 404 and an expired one with 410', async () => {
    const t = await link({ days: 1 });
    const altered = `${t.slice(0, -2)}${t.endsWith('A') ? 'B' : 'A'}A`;
    expect((await request(f.ctx.app).get(`/preferences?t=${altered}`)).status).toBe(404);
    expect((await request(f.ctx.app).get('/preferences')).status).toBe(404);
    expect((await choose(altered, 'stop_all')).status).toBe(404);
    expect((await choose(t, 'teleport')).status).toBe(400);
    f.ctx.clock.advance(DAY + 1);
    const expired = await request(f.ctx.app).get(`/preferences?t=${encodeURIComponent(t)}`);
    expect(expired.status).toBe(410);
    expect((await choose(t, 'stop_all')).status).toBe(410);
    expect((await as(f.ctx, f.key).get('/admin/opt-outs')).body.items).toEqual([]);
  });

  it('validates the admin request', async () => {
    const res = await as(f.ctx, f.key)
      .post(`/admin/contacts/${encodeURIComponent(NUMBER)}/preference-link`)
      .send({ days: 0, colour: 'red' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/colour|days/);
  });
});
