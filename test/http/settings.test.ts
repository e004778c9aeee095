import request from 'supertest';
import { adminFixture, as, OVERSIZED, type AdminFixture } from './admin-helpers';

let f: AdminFixture;
beforeEach(async () => {
  f = await adminFixture();
});
afterEach(async () => {
  await f.ctx.close();
});

describe('GET /admin/settings', () => {
  it('answers the tenant settings flat, with the defaults', async () => {
    const res = await as(f.ctx, f.key).get('/admin/settings');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      unsubscribeDays: 30,
      timeZone: 'UTC',
      defaultRegion: null,
      language: 'en',
      messagesPerSecond: 80,
      keywordScope: 'task_category',
      keywords: { optOut: [], optIn: [], neverOptOut: [] },
      replyTexts: {},
      brandName: null,
      customerOptOutPolicy: 'seed',
      doubleOptIn: false,
      resumeAfterSignal: 'auto',
      templateCheck: 'refuse',
      optOutBreaker: null,
      errorBurst: { minutes: 10, minCount: 50, share: 0.5, ignoreCodes: [] },
      frequencyCap: null,
    });
  });

  it('answers 401 with no key or a bad key', async () => {
    expect((await request(f.ctx.app).get('/admin/settings')).status).toBe(401);
    const bad = await request(f.ctx.app)
      .get('/admin/settings')
      .set('Authorization', 'Bearer sl_nope');
    expect(bad.status).toBe(401);
    expect(bad.body.error).toMatch(/Invalid API key/);
  });
});

describe('PUT /admin/settings', () => {
  it('changes only the fields sent, and keeps them', async () => {
    const res = await as(f.ctx, f.key)
      .put('/admin/settings')
      .send({
        unsubscribeDays: null,
        timeZone: 'America/Sao_Paulo',
        defaultRegion: 'br',
        language: 'pt',
        keywords: { optOut: ['sair'] },
      });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      unsubscribeDays: null,
      timeZone: 'America/Sao_Paulo',
      defaultRegion: 'BR',
      language: 'pt',
      messagesPerSecond: 80,
      keywords: { optOut: ['sair'], optIn: [] },
    });
    const second = await as(f.ctx, f.key)
      .put('/admin/settings')
      .send({ messagesPerSecond: 250, keywordScope: 'all', brandName: 'Acme' });
    expect(second.body).toMatchObject({
      unsubscribeDays: null,
      messagesPerSecond: 250,
      keywordScope: 'all',
      brandName: 'Acme',
    });
    expect((await as(f.ctx, f.key).get('/admin/settings')).body).toEqual(second.body);
    // The other tenant is untouched.
    expect((await as(f.ctx, f.otherKey).get('/admin/settings')).body.unsubscribeDays).toBe(30);
  });

  it('keeps never-opt-out phrases beside the keyword lists', async () => {
    const res = await as(f.ctx, f.key)
      .put('/admin/settings')
      .send({ keywords: { neverOptOut: ['Never stop exploring'] } });
    expect(res.status).toBe(200);
    expect(res.body.keywords).toEqual({
      optOut: [],
      optIn: [],
      neverOptOut: ['Never stop exploring'],
    });
    const bad = await as(f.ctx, f.key)
      .put('/admin/settings')
      .send({ keywords: { neverOptOut: [''] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/keywords\.neverOptOut/);
  });

  it('accepts per-language reply texts', async () => {
    const res = await as(f.ctx, f.key)
      .put('/admin/settings')
      .send({ replyTexts: { pt: { optOutConfirmed: 'Pronto, sem promoções.' } } });
    expect(res.status).toBe(200);
    expect(res.body.replyTexts).toEqual({ pt: { optOutConfirmed: 'Pronto, sem promoções.' } });
  });

  it.each([
    [{ unsubscribeDays: 0 }, /"unsubscribeDays": must be at least 1/],
    [{ unsubscribeDays: 1.5 }, /"unsubscribeDays": must be a whole number/],
    [{ unsubscribeDays: 36501 }, /"unsubscribeDays": must be at most 36500/],
    [{ unsubscribeDays: '30' }, /"unsubscribeDays"/],
    [{ timeZone: 'Mars/Olympus' }, /"timeZone": must be an IANA time zone/],
    [{ defaultRegion: 'XX' }, /"defaultRegion": must be a two-letter ISO 3166 region/],
    [{ defaultRegion: 'Brazil' }, /"defaultRegion"/],
    [{ language: 'xx' }, /"language": must be one of en, es, pt/],
    [{ messagesPerSecond: 0 }, /"messagesPerSecond": must be at least 1/],
    [{ messagesPerSecond: 1001 }, /"messagesPerSecond": must be at most 1000/],
    [{ keywordScope: 'some' }, /"keywordScope": must be "task_category" or "all"/],
    [{ keywords: { optOut: 'stop' } }, /"keywords.optOut"/],
    [{ replyTexts: { xx: { a: 'b' } } }, /replyTexts/],
    [{ colour: 'red', size: 2 }, /unknown fields "colour", "size"/],
  ])('rejects %j with 400', async (body, message) => {
    const res = await as(f.ctx, f.key).put('/admin/settings').send(body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
  });

  it('rejects a body that is not a JSON object, malformed JSON and oversized bodies', async () => {
    expect((await as(f.ctx, f.key).put('/admin/settings').send([1])).status).toBe(400);
    const missing = await as(f.ctx, f.key).put('/admin/settings');
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatch(/Missing JSON body/);
    const bad = await as(f.ctx, f.key)
      .put('/admin/settings')
      .set('Content-Type', 'application/json')
      .send('{"language":}');
    expect(bad.status).toBe(400);
    const big = await as(f.ctx, f.key)
      .put('/admin/settings')
      .set('Content-Type', 'application/json')
      .send(OVERSIZED);
    expect(big.status).toBe(413);
  });
});
