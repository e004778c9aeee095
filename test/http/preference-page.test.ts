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
    expect(back.text).toMatch(/receive promotions from <bdi>Acme<\/bdi> again/);
    const consents = (await as(f.ctx, f.key).get('/admin/consents')).body.items;
    expect(consents).toEqual([expect.objectContaining({ source: 'preference_page' })]);
    expect((await as(f.ctx, f.key).get('/admin/opt-outs?active=true')).body.items).toEqual([]);
  });

  it('answers a forged or altered link with 404 and an expired one with 410', async () => {
    const t = await link({ days: 1 });
    // One character of the sealed text, changed where all six of its bits count: a token's
    // last character carries unused bits, so changing it may decode to the same bytes.
    const [version, iv, tag, sealed = ''] = t.split('.');
    const altered = [version, iv, tag, `${sealed[0] === 'A' ? 'B' : 'A'}${sealed.slice(1)}`].join(
      '.',
    );
    expect(altered).not.toBe(t);
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

describe('the page’s language', () => {
  const open = (t: string, acceptLanguage?: string) => {
    const req = request(f.ctx.app).get(`/preferences?t=${encodeURIComponent(t)}`);
    return acceptLanguage ? req.set('Accept-Language', acceptLanguage) : req;
  };
  const htmlTag = (html: string) => /<html lang="(\w+)" dir="(\w+)">/.exec(html)?.slice(1);
  const customerWroteIn = (contact: string, language: string) =>
    f.ctx.store.saveConversation(f.tenantId, contact, { language }, f.ctx.clock.now());

  it('is the one the conversation last saw the customer write in, before the link’s', async () => {
    const t = await link({ language: 'pt' });
    await customerWroteIn(NUMBER, 'th');
    const page = await open(t, 'ja');
    expect(htmlTag(page.text)).toEqual(['th', 'ltr']);
    expect(page.headers['content-language']).toBe('th');
    expect(page.text).toContain('<h1>ข้อความจาก <bdi>Acme</bdi> ถึงคุณ</h1>');
    expect(page.text).toContain('หยุดรับโปรโมชั่นทั้งหมด');
  });

  it('is found under another identifier of the contact (the conversation keys the wa_id)', async () => {
    const t = await link();
    const waKey = 'US.13491208655302741918'; // a BSUID the conversation may key the contact by
    await f.ctx.store.linkIdentifiers(f.tenantId, 'whatsapp', [NUMBER, waKey], f.ctx.clock.now());
    await customerWroteIn(waKey, 'ar');
    const page = await open(t);
    expect(htmlTag(page.text)).toEqual(['ar', 'rtl']);
    expect(page.text).toContain('<h1>رسائلك من <bdi>Acme</bdi></h1>');
  });

  it('else is the link’s, else the browser’s, else the tenant’s, else English', async () => {
    expect(htmlTag((await open(await link({ language: 'ja' }), 'th')).text)).toEqual(['ja', 'ltr']);
    const unsaid = await link();
    const browser = await open(unsaid, 'he-IL,ur;q=0.9,en;q=0.8');
    expect(htmlTag(browser.text)).toEqual(['ur', 'rtl']);
    expect(browser.headers.vary).toMatch(/Accept-Language/i);
    expect(htmlTag((await open(unsaid)).text)).toEqual(['en', 'ltr']);
    expect(htmlTag((await open(unsaid, 'he')).text)).toEqual(['en', 'ltr']);
    expect((await as(f.ctx, f.key).put('/admin/settings').send({ language: 'bn' })).status).toBe(
      200,
    );
    expect(htmlTag((await open(unsaid, 'he')).text)).toEqual(['bn', 'ltr']);
  });

  it('answers the choice, an expired link and a forged one in the customer’s language', async () => {
    const t = await link({ days: 1 });
    await customerWroteIn(NUMBER, 'ja');
    const done = await choose(t, 'stop_all');
    expect(done.status).toBe(200);
    expect(done.text).toContain(
      '<p class="done">完了しました。<bdi>Acme</bdi>からのお知らせは今後お送りしません。</p>',
    );
    f.ctx.clock.advance(DAY + 1);
    const expired = await open(t, 'en');
    expect(expired.status).toBe(410);
    expect(expired.text).toContain('このリンクは有効期限が切れています。');
    expect(expired.text).toContain('「<bdi>配信停止</bdi>」');
    const forged = await open('not-a-token', 'ar-EG,ar;q=0.9');
    expect(forged.status).toBe(404);
    expect(htmlTag(forged.text)).toEqual(['ar', 'rtl']);
    expect(forged.text).toContain('هذا الرابط غير صالح.');
  });

  it('escapes the brand and the category name', async () => {
    const settings = await as(f.ctx, f.key)
      .put('/admin/settings')
      .send({ brandName: 'A&B <Store>' });
    expect(settings.status).toBe(200);
    const category = await as(f.ctx, f.key)
      .post('/admin/categories')
      .send({ name: '"Deals" <b>', unsubscribeDays: 30 });
    const page = await open(await link({ categoryId: category.body.id }));
    expect(page.text).toContain('<bdi>A&#38;B &#60;Store&#62;</bdi>');
    expect(page.text).toContain('<bdi>&#34;Deals&#34; &#60;b&#62;</bdi>');
    expect(page.text).not.toContain('<b>');
  });
});

describe('the page in Traditional Chinese', () => {
  const open = (t: string, acceptLanguage?: string) => {
    const req = request(f.ctx.app).get(`/preferences?t=${encodeURIComponent(t)}`);
    return acceptLanguage ? req.set('Accept-Language', acceptLanguage) : req;
  };
  const htmlLang = (html: string) => /<html lang="([\w-]+)" dir="(\w+)">/.exec(html)?.slice(1);

  it('is what a browser in Taiwan, Hong Kong or Macau asks for', async () => {
    const t = await link();
    for (const tag of ['zh-TW', 'zh-HK,zh;q=0.9', 'zh-Hant', 'zh-MO']) {
      const page = await open(t, tag);
      expect(htmlLang(page.text)).toEqual(['zh-Hant', 'ltr']);
      expect(page.headers['content-language']).toBe('zh-Hant');
      expect(page.text).toContain('<h1><bdi>Acme</bdi>傳給您的訊息</h1>');
      expect(page.text).toContain('儲存我的選擇');
    }
    const simplified = await open(t, 'zh-CN');
    expect(htmlLang(simplified.text)).toEqual(['zh', 'ltr']);
    expect(simplified.text).toContain('保存我的选择');
  });

  it('is the link’s zh-TW, even when the conversation only knows the customer writes Chinese', async () => {
    const t = await link({ language: 'zh-TW' });
    await f.ctx.store.saveConversation(f.tenantId, NUMBER, { language: 'zh' }, f.ctx.clock.now());
    const page = await open(t, 'en');
    expect(htmlLang(page.text)).toEqual(['zh-Hant', 'ltr']);
    const done = await choose(t, 'stop_all');
    expect(done.text).toContain('已完成：<bdi>Acme</bdi>不會再向您傳送促銷訊息。');
    // A link for Simplified Chinese stays Simplified.
    const hans = await link({ language: 'zh-Hans' });
    expect(htmlLang((await open(hans)).text)).toEqual(['zh', 'ltr']);
  });

  it('is refused as a language code only when malformed', async () => {
    const res = await as(f.ctx, f.key)
      .post(`/admin/contacts/${encodeURIComponent(NUMBER)}/preference-link`)
      .send({ language: 'zh-Hant-TW-x' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/language/);
  });
});
