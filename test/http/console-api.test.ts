/** The routes the console added: a contact's report, the dashboard, the built-in reply texts, revoke reasons. */
import request from 'supertest';
import { driveUntil, taskStatus, testDispatcher } from '../e2e/dispatch-helpers';
import { adminFixture, as, type AdminFixture } from './admin-helpers';
import { TEST_ADMIN_TOKEN } from '../support/context';

let f: AdminFixture;
beforeEach(async () => {
  f = await adminFixture();
});
afterEach(async () => {
  await f.ctx.close();
});

describe('DELETE /admin/opt-outs/:id with a reason', () => {
  it('keeps the reason on the revocation event', async () => {
    const created = await as(f.ctx, f.key)
      .post('/admin/opt-outs')
      .send({ channel: 'whatsapp', contact: '+5511987654321' });
    const res = await as(f.ctx, f.key)
      .delete(`/admin/opt-outs/${created.body.id}`)
      .send({ reason: '  asked to get offers again ' });
    expect(res.status).toBe(200);
    expect(res.body.revokedAt).toBe('2026-01-15T10:00:00.000Z');
    const events = await as(f.ctx, f.key).get(`/admin/opt-outs/${created.body.id}/events`);
    expect(
      events.body.items.map((e: { type: string; evidence: unknown }) => [e.type, e.evidence]),
    ).toEqual([
      ['created', null],
      ['revoked', { detail: 'asked to get offers again' }],
    ]);
  });

  it('lists by state: the revoked row under revoked, the others under active', async () => {
    const add = (contact: string) =>
      as(f.ctx, f.key).post('/admin/opt-outs').send({ channel: 'whatsapp', contact });
    const kept = await add('+5511900000001');
    const gone = await add('+5511900000002');
    await as(f.ctx, f.key).delete(`/admin/opt-outs/${gone.body.id}`);
    const revoked = await as(f.ctx, f.key).get('/admin/opt-outs?state=revoked');
    expect(revoked.body.items.map((o: { id: string }) => o.id)).toEqual([gone.body.id]);
    const active = await as(f.ctx, f.key).get('/admin/opt-outs?state=active');
    expect(active.body.items.map((o: { id: string }) => o.id)).toEqual([kept.body.id]);
    const csv = await as(f.ctx, f.key).get('/admin/opt-outs/export.csv?state=revoked');
    expect(csv.text.trim().split('\n')).toHaveLength(2);
    const bad = await as(f.ctx, f.key).get('/admin/opt-outs?state=gone');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/state.*active, scheduled, expired, revoked/);
  });

  it('refuses a reason that is not text, and unknown fields, naming them', async () => {
    const created = await as(f.ctx, f.key)
      .post('/admin/opt-outs')
      .send({ channel: 'whatsapp', contact: '+5511987654321' });
    const bad = await as(f.ctx, f.key)
      .delete(`/admin/opt-outs/${created.body.id}`)
      .send({ reason: 5 });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/reason/);
    const unknown = await as(f.ctx, f.key)
      .delete(`/admin/opt-outs/${created.body.id}`)
      .send({ why: 'x' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatch(/why/);
    const still = await as(f.ctx, f.key).get(`/admin/opt-outs/${created.body.id}`);
    expect(still.body.revokedAt).toBeNull();
  });
});

describe('GET /admin/contacts/:contact', () => {
  it('answers every identifier, every opt-out with its events, and why each task message was or was not sent', async () => {
    const ctx = f.ctx;
    // The default tenant (ADMIN_TOKEN) sends through the sandbox.
    const admin = as(ctx, TEST_ADMIN_TOKEN);
    const optOut = await admin
      .post('/admin/opt-outs')
      .send({ channel: 'whatsapp', contact: '+55 11 98765-4321', remarks: 'by phone' });
    const old = await admin
      .post('/admin/opt-outs')
      .send({ channel: 'whatsapp', contact: '+5511987654321', categoryId: null, validDays: 1 });
    expect(old.status).toBe(200); // the same key: it matched the active row
    const task = await admin.post('/admin/tasks').send({
      name: 'Spring sale',
      type: 'marketing',
      channel: 'whatsapp',
      template: { name: 'spring_sale', language: 'pt_BR' },
    });
    await admin
      .post(`/admin/tasks/${task.body.id}/recipients`)
      .send({ recipients: [{ contact: '551187654321' }, { contact: '+4915100000001' }] });
    await admin.post(`/admin/tasks/${task.body.id}/publish`);
    await driveUntil(
      ctx,
      [testDispatcher(ctx)],
      async () => (await taskStatus(ctx, task.body.id)) === 'completed',
    );

    const res = await admin.get('/admin/contacts/%2B55%2011%2098765-4321');
    expect(res.status).toBe(200);
    expect(res.body.contact).toBe('+5511987654321');
    expect(res.body.identifiers).toEqual(
      expect.arrayContaining(['+5511987654321', '+551187654321']),
    );
    expect(res.body.optOuts).toHaveLength(1);
    expect(res.body.optOuts[0]).toMatchObject({
      id: optOut.body.id,
      active: true,
      remarks: 'by phone',
    });
    expect(res.body.optOuts[0].events.map((e: { type: string }) => e.type)).toEqual(['created']);
    expect(res.body.messages).toEqual([
      {
        task: { id: task.body.id, name: 'Spring sale', status: 'completed', categoryId: null },
        recipient: expect.objectContaining({
          contact: '+551187654321',
          status: 'suppressed',
          suppressedBy: optOut.body.id,
        }),
      },
    ]);
    expect(res.body.conversation).toBeNull();

    const sent = await admin.get('/admin/contacts/4915100000001');
    expect(sent.body.optOuts).toEqual([]);
    expect(
      sent.body.messages.map((m: { recipient: { status: string } }) => m.recipient.status),
    ).toEqual(['sent']);
  });

  it('sees only its own tenant, and refuses a contact it cannot read', async () => {
    await as(f.ctx, f.key)
      .post('/admin/opt-outs')
      .send({ channel: 'whatsapp', contact: '+5511987654321' });
    const other = await as(f.ctx, f.otherKey).get('/admin/contacts/%2B5511987654321');
    expect(other.status).toBe(200);
    expect(other.body.optOuts).toEqual([]);
    const bad = await as(f.ctx, f.key).get('/admin/contacts/not-a-number');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/Invalid contact for whatsapp/);
    const channel = await as(f.ctx, f.key).get('/admin/contacts/ana@example.com?channel=fax');
    expect(channel.status).toBe(400);
    expect(channel.body.error).toMatch(/channel/);
    expect((await request(f.ctx.app).get('/admin/contacts/%2B5511987654321')).status).toBe(401);
  });
});

describe('X-Tenant-Id: the platform token acting for a tenant', () => {
  it('reads and writes that tenant’s data with the platform token only', async () => {
    await as(f.ctx, f.key)
      .post('/admin/opt-outs')
      .send({ channel: 'email', contact: 'ana@acme.example' });
    const asA = { Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'X-Tenant-Id': f.tenantId };
    const list = await request(f.ctx.app).get('/admin/opt-outs').set(asA);
    expect(list.status).toBe(200);
    expect(list.body.items.map((o: { contact: string }) => o.contact)).toEqual([
      'ana@acme.example',
    ]);
    const added = await request(f.ctx.app)
      .post('/admin/opt-outs')
      .set(asA)
      .send({ channel: 'email', contact: 'bo@acme.example' });
    expect(added.status).toBe(201);
    const events = await as(f.ctx, f.key).get(`/admin/opt-outs/${added.body.id}/events`);
    expect(events.body.items[0].actor).toBe('admin:platform');

    const byKey = await request(f.ctx.app)
      .get('/admin/opt-outs')
      .set({ Authorization: `Bearer ${f.otherKey}`, 'X-Tenant-Id': f.tenantId });
    expect(byKey.status).toBe(403);
    expect(byKey.body.error).toMatch(/X-Tenant-Id is for the platform token/);
    const unknown = await request(f.ctx.app)
      .get('/admin/opt-outs')
      .set({
        Authorization: `Bearer ${TEST_ADMIN_TOKEN}`,
        'X-Tenant-Id': '0123456789abcdef01234567',
      });
    expect(unknown.status).toBe(404);
    const anonymous = await request(f.ctx.app)
      .get('/admin/opt-outs')
      .set({ 'X-Tenant-Id': f.tenantId });
    expect(anonymous.status).toBe(401);
  });
});

describe('GET /admin/session', () => {
  it('says which tenant the key acts for and whether it is the platform token', async () => {
    const tenantKey = await as(f.ctx, f.key).get('/admin/session');
    expect(tenantKey.body).toEqual({
      tenant: { id: f.tenantId, name: 'Acme' },
      platform: false,
      actor: expect.stringMatching(/^admin:/),
    });
    const platform = await as(f.ctx, TEST_ADMIN_TOKEN).get('/admin/session');
    expect(platform.body).toEqual({
      tenant: { id: f.ctx.defaultTenantId, name: 'Default tenant' },
      platform: true,
      actor: 'admin:platform',
    });
  });
});

describe('GET /admin/dashboard', () => {
  it('counts opt-outs per day in the tenant’s time zone, by source and by scope', async () => {
    await as(f.ctx, f.key).put('/admin/settings').send({ timeZone: 'America/Sao_Paulo' });
    const category = await as(f.ctx, f.key)
      .post('/admin/categories')
      .send({ name: 'Offers', unsubscribeDays: 30 });
    const add = (contact: string, categoryId: string | null = null) =>
      as(f.ctx, f.key).post('/admin/opt-outs').send({ channel: 'whatsapp', contact, categoryId });
    await add('+5511900000001'); // 2026-01-15 10:00 UTC = 07:00 in São Paulo
    f.ctx.clock.advance(14 * 3_600_000); // 2026-01-16 00:00 UTC = still the 15th in São Paulo
    await add('+5511900000002', category.body.id);
    f.ctx.clock.advance(4 * 3_600_000); // 04:00 UTC = 01:00 on the 16th in São Paulo
    await add('+5511900000003', category.body.id);

    const res = await as(f.ctx, f.key).get('/admin/dashboard?days=3');
    expect(res.status).toBe(200);
    expect(res.body.days).toEqual(['2026-01-14', '2026-01-15', '2026-01-16']);
    expect(res.body.optOutsPerDay).toEqual(
      expect.arrayContaining([
        { day: '2026-01-15', source: 'admin', count: 2 },
        { day: '2026-01-16', source: 'admin', count: 1 },
      ]),
    );
    expect(res.body.optOutsPerDay).toHaveLength(2);
    expect(res.body.topCategories).toEqual([
      { categoryId: category.body.id, name: 'Offers', count: 2 },
      { categoryId: null, name: 'All marketing', count: 1 },
    ]);
    expect(res.body).toMatchObject({
      scanned: 3,
      truncated: false,
      tasks: [],
      inbox: { pending: 0, lagSeconds: 0 },
    });

    const other = await as(f.ctx, f.otherKey).get('/admin/dashboard');
    expect(other.body.optOutsPerDay).toEqual([]);
    const bad = await as(f.ctx, f.key).get('/admin/dashboard?days=0');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/days/);
  });
});

describe('GET /admin/reply-texts', () => {
  it('lists the built-in texts by language and key', async () => {
    const res = await as(f.ctx, f.key).get('/admin/reply-texts');
    expect(res.status).toBe(200);
    expect(res.body.languages).toContain('pt');
    expect(res.body.keys.length).toBeGreaterThan(3);
    for (const lang of res.body.languages) {
      expect(Object.keys(res.body.defaults[lang]).sort()).toEqual([...res.body.keys].sort());
    }
  });
});

describe('the console’s static files', () => {
  it('serves the page, never cached, with a CSP that allows no inline script or style', async () => {
    const page = await request(f.ctx.app).get('/console/');
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html');
    expect(page.headers['cache-control']).toBe('no-cache');
    const csp = page.headers['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    const redirect = await request(f.ctx.app).get('/console?x=1');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/console/?x=1');
  });

  it('serves the modules under a folder named after their content, cached for good', async () => {
    const page = await request(f.ctx.app).get('/console/');
    const src = /<script type="module" src="(v-[0-9a-f]{12})\/js\/main\.js"><\/script>/.exec(
      page.text,
    );
    expect(src).not.toBeNull();
    const version = src?.[1] ?? '';
    expect(page.text).not.toContain('{{assets}}');
    const js = await request(f.ctx.app).get(`/console/${version}/js/main.js`);
    expect(js.status).toBe(200);
    expect(js.type).toBe('text/javascript');
    expect(js.headers['cache-control']).toContain('immutable');
    expect(js.headers['content-security-policy']).toContain("script-src 'self'");
    // Another version, an unversioned path, or a step out of the folder: nothing.
    expect((await request(f.ctx.app).get('/console/v-000000000000/js/main.js')).status).toBe(404);
    expect((await request(f.ctx.app).get('/console/js/main.js')).status).toBe(404);
    expect((await request(f.ctx.app).get(`/console/${version}/../../package.json`)).status).toBe(
      404,
    );
    expect((await request(f.ctx.app).get(`/console/${version}/nope.js`)).status).toBe(404);
  });
});
