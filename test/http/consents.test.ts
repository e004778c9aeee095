import { adminFixture, as, createCategory, type AdminFixture } from './admin-helpers';

let f: AdminFixture;
beforeEach(async () => {
  f = await adminFixture();
});
afterEach(async () => {
  await f.ctx.close();
});

const add = (body: unknown, key = f.key) =>
  as(f.ctx, key)
    .post('/admin/consents')
    .send(body as object);

describe('POST /admin/consents', () => {
  it('records a consent with the admin in the evidence, and reaffirms it with 200', async () => {
    const res = await add({
      channel: 'whatsapp',
      contact: '+55 (11) 98765-4321',
      source: 'web_form',
      evidence: { url: 'https://shop.example/join', wording: 'Send me offers on WhatsApp' },
    });
    expect(res.status).toBe(201);
    expect(res.headers['x-consent-outcome']).toBe('created');
    expect(res.body).toEqual({
      id: expect.any(String),
      channel: 'whatsapp',
      contact: '+5511987654321',
      categoryId: null,
      source: 'web_form',
      evidence: {
        url: 'https://shop.example/join',
        wording: 'Send me offers on WhatsApp',
        actor: expect.stringMatching(/^admin:/),
      },
      grantedAt: '2026-01-15T10:00:00.000Z',
      createdAt: '2026-01-15T10:00:00.000Z',
      updatedAt: '2026-01-15T10:00:00.000Z',
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawReason: null,
      active: true,
    });
    const again = await add({ channel: 'whatsapp', contact: '+5511987654321' });
    expect(again.status).toBe(200);
    expect(again.headers['x-consent-outcome']).toBe('reaffirmed');
    // Field test 14: the record keeps the web form's proof; the plain re-grant is an event.
    expect(again.body).toMatchObject({
      id: res.body.id,
      source: 'web_form',
      evidence: { url: 'https://shop.example/join', wording: 'Send me offers on WhatsApp' },
    });
    const listed = await as(f.ctx, f.key).get('/admin/consents?contact=%2B5511987654321');
    expect(listed.body.items[0]).toMatchObject({ source: 'web_form' });
    const events = await as(f.ctx, f.key).get(`/admin/consents/${res.body.id}/events`);
    expect(
      events.body.items.map((e: { type: string; source: string }) => [e.type, e.source]),
    ).toEqual([
      ['granted', 'web_form'],
      ['reaffirmed', 'api'],
    ]);
  });

  it.each([
    [{ contact: '+5511987654321' }, /"channel": is required/],
    [{ channel: 'whatsapp', contact: '+5511987654321', colour: 'red' }, /unknown field "colour"/],
    [{ channel: 'whatsapp', contact: '+5511987654321', source: 'telepathy' }, /"source"/],
    [
      { channel: 'whatsapp', contact: '+5511987654321', evidence: { mood: 'happy' } },
      /unknown field "evidence.mood"/,
    ],
    [{ channel: 'whatsapp', contact: 'call me' }, /Invalid contact/],
    [
      { channel: 'whatsapp', contact: '+5511987654321', evidence: { url: 'javascript:alert(1)' } },
      /"evidence.url": must be an http\(s\) URL/,
    ],
    [
      { channel: 'whatsapp', contact: '+5511987654321', evidence: { url: 'shop.example/join' } },
      /"evidence.url": must be an http\(s\) URL/,
    ],
  ])('rejects %j with 400', async (body, message) => {
    const res = await add(body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
  });

  it("answers 404 for another tenant's category", async () => {
    const theirs = await createCategory(f.ctx, f.otherKey, { name: 'Theirs', unsubscribeDays: 7 });
    const res = await add({
      channel: 'whatsapp',
      contact: '+5511987654321',
      categoryId: theirs.id,
    });
    expect(res.status).toBe(404);
  });
});

describe('GET, DELETE and history', () => {
  it('lists with filters and cursor, withdraws with a reason, and keeps the history', async () => {
    const promos = await createCategory(f.ctx, f.key);
    const a = (await add({ channel: 'whatsapp', contact: '+5511987654321' })).body;
    const b = (await add({ channel: 'whatsapp', contact: '+5511987654322', categoryId: promos.id }))
      .body;
    const list = (q: string) => as(f.ctx, f.key).get(`/admin/consents${q}`);
    const page1 = await list('?limit=1');
    expect(page1.body.items.map((c: { id: string }) => c.id)).toEqual([b.id]);
    const page2 = await list(`?limit=1&cursor=${page1.body.nextCursor}`);
    expect(page2.body).toEqual({
      items: [expect.objectContaining({ id: a.id })],
      nextCursor: null,
    });
    expect((await list(`?categoryId=${promos.id}`)).body.items).toHaveLength(1);
    // "+" unencoded in a query string arrives as a space, and is read back as "+".
    expect((await list('?contact=+5511987654321')).body.items[0].id).toBe(a.id);

    const missingReason = await as(f.ctx, f.key).delete(`/admin/consents/${a.id}`).send({});
    expect(missingReason.status).toBe(400);
    expect(missingReason.body.error).toMatch(/"reason".*is required/);
    const numberReason = await as(f.ctx, f.key)
      .delete(`/admin/consents/${a.id}`)
      .send({ reason: 5 });
    expect(numberReason.status).toBe(400);
    expect(numberReason.body.error).toMatch(/"reason".*must be a string/);
    const withdrawn = await as(f.ctx, f.key)
      .delete(`/admin/consents/${a.id}`)
      .send({ reason: 'asked by phone' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ active: false, withdrawReason: 'asked by phone' });
    expect((await list('?active=true')).body.items.map((c: { id: string }) => c.id)).toEqual([
      b.id,
    ]);

    const history = await as(f.ctx, f.key).get(
      `/admin/contacts/${encodeURIComponent('+5511987654321')}/consents`,
    );
    expect(history.status).toBe(200);
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0].events.map((e: { type: string }) => e.type)).toEqual([
      'granted',
      'withdrawn',
    ]);
    const events = await as(f.ctx, f.key).get(`/admin/consents/${a.id}/events`);
    expect(events.body.items[1]).toMatchObject({ type: 'withdrawn', reason: 'asked by phone' });
    expect((await as(f.ctx, f.otherKey).get(`/admin/consents/${a.id}`)).status).toBe(404);
  });
});

describe('POST /admin/consents/import', () => {
  it('imports CSV rows through the shared import machinery, reporting invalid rows by line', async () => {
    await createCategory(f.ctx, f.key, { name: 'Promotions', unsubscribeDays: 7 });
    const csv = [
      'contact,category,wording',
      '+5511987654321,promotions,"Yes, offers please"',
      '+5511987654322,,',
      'call me,,',
      '+5511987654323,Unknown,',
    ].join('\n');
    const res = await as(f.ctx, f.key).post('/admin/consents/import').type('text/csv').send(csv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 2, renewed: 0, reaffirmed: 0, invalidCount: 2 });
    expect(res.body.invalid).toEqual([
      { line: 4, contact: 'call me', error: expect.stringMatching(/not a phone number/) },
      { line: 5, contact: '+5511987654323', error: 'no category named "Unknown"' },
    ]);
    const rows = (await as(f.ctx, f.key).get('/admin/consents')).body.items;
    expect(rows.map((r: { source: string }) => r.source)).toEqual(['import', 'import']);
    const unknown = await as(f.ctx, f.key)
      .post('/admin/consents/import')
      .type('text/csv')
      .send('contact,colour\n+5511987654321,red\n');
    expect(unknown.status).toBe(400);
    const json = await as(f.ctx, f.key)
      .post('/admin/consents/import')
      .send({ rows: [{ contact: '+5511987654322', extra: 1 }] });
    expect(json.body).toMatchObject({
      invalidCount: 1,
      invalid: [{ error: 'unknown field extra' }],
    });
  });

  it('takes source and evidence in JSON rows (and source as a CSV column), as the single route does', async () => {
    const json = await as(f.ctx, f.key)
      .post('/admin/consents/import')
      .send({
        rows: [
          {
            contact: '+5511987654331',
            source: 'web_form',
            evidence: { url: 'https://shop.example/join', wording: 'Sí, quiero 🎉' },
          },
          { contact: '+5511987654332', source: 'telepathy' },
        ],
      });
    expect(json.body).toMatchObject({ created: 1, invalidCount: 1 });
    expect(json.body.invalid[0].error).toMatch(/source/);
    const csv = await as(f.ctx, f.key)
      .post('/admin/consents/import')
      .type('text/csv')
      .send('contact,source,url\n+5511987654333,double_opt_in,https://shop.example/c\n');
    expect(csv.body).toMatchObject({ created: 1, invalidCount: 0 });
    const rows = (await as(f.ctx, f.key).get('/admin/consents')).body.items as {
      contact: string;
      source: string;
      evidence: Record<string, string>;
    }[];
    const byContact = new Map(rows.map((r) => [r.contact, r]));
    expect(byContact.get('+5511987654331')).toMatchObject({
      source: 'web_form',
      evidence: {
        url: 'https://shop.example/join',
        wording: 'Sí, quiero 🎉',
        actor: expect.stringMatching(/^admin:/),
      },
    });
    expect(byContact.get('+5511987654333')).toMatchObject({
      source: 'double_opt_in',
      evidence: { url: 'https://shop.example/c' },
    });
  });
});
