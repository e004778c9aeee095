/**
 * Field test finding 12: a cursor the API did not return is a 400 `invalid_cursor`, never a
 * silent first (or empty) page: not a made-up id, not another tenant's cursor, not another
 * list's, not a tampered one.
 */
import request from 'supertest';
import { TEST_ADMIN_TOKEN } from '../support/context';
import { adminFixture, as, type AdminFixture } from './admin-helpers';

let f: AdminFixture;
beforeAll(async () => {
  f = await adminFixture();
  for (const key of [f.key, f.otherKey]) {
    for (let i = 0; i < 3; i++) {
      await as(f.ctx, key)
        .post('/admin/opt-outs')
        .send({ channel: 'whatsapp', contact: `+551198765430${i}` });
      await as(f.ctx, key)
        .post('/admin/tasks')
        .send({
          name: `Sale ${i}`,
          type: 'marketing',
          channel: 'whatsapp',
          template: { name: 'sale', language: 'en' },
        });
    }
  }
});
afterAll(async () => f.ctx.close());

const refused = (res: request.Response) => {
  expect(res.status).toBe(400);
  expect(res.body.code).toBe('invalid_cursor');
  expect(res.body.error).toMatch(/not a cursor this API returned for this list/);
};

it('pages with the cursor it returned, to the end', async () => {
  const first = await as(f.ctx, f.key).get('/admin/opt-outs?limit=2');
  expect(first.body.nextCursor).toEqual(expect.any(String));
  const second = await as(f.ctx, f.key).get(
    `/admin/opt-outs?limit=2&cursor=${first.body.nextCursor}`,
  );
  expect(second.status).toBe(200);
  expect(second.body.items).toHaveLength(1);
  expect(second.body.nextCursor).toBeNull();
  const seen = [...first.body.items, ...second.body.items].map((o: { id: string }) => o.id);
  expect(new Set(seen).size).toBe(3);
});

it('refuses a made-up id, and the raw id of the page it returned', async () => {
  refused(await as(f.ctx, f.key).get('/admin/opt-outs?cursor=ffffffffffffffffffffffff'));
  refused(await as(f.ctx, f.key).get('/admin/tasks?cursor=000000000000000000000000'));
  const first = await as(f.ctx, f.key).get('/admin/tasks?limit=1');
  refused(await as(f.ctx, f.key).get(`/admin/tasks?cursor=${first.body.items[0].id}`));
});

it("refuses another tenant's cursor, also with ADMIN_TOKEN", async () => {
  const theirs = await as(f.ctx, f.otherKey).get('/admin/tasks?limit=1');
  refused(await as(f.ctx, f.key).get(`/admin/tasks?cursor=${theirs.body.nextCursor}`));
  refused(await as(f.ctx, TEST_ADMIN_TOKEN).get(`/admin/tasks?cursor=${theirs.body.nextCursor}`));
  // The same tenant picked through X-Tenant-Id (the console) is that tenant: it works.
  const picked = await request(f.ctx.app)
    .get(`/admin/tasks?limit=1&cursor=${theirs.body.nextCursor}`)
    .set({ Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'X-Tenant-Id': f.otherTenantId });
  expect(picked.status).toBe(200);
});

it("refuses another list's cursor and a tampered one", async () => {
  const tasks = await as(f.ctx, f.key).get('/admin/tasks?limit=1');
  refused(await as(f.ctx, f.key).get(`/admin/opt-outs?cursor=${tasks.body.nextCursor}`));
  const cursor = tasks.body.nextCursor as string;
  const flipped = `${cursor.slice(0, -1)}${cursor.endsWith('A') ? 'B' : 'A'}`;
  refused(await as(f.ctx, f.key).get(`/admin/tasks?cursor=${flipped}`));
  refused(await as(f.ctx, f.key).get(`/admin/tasks?cursor=${cursor}x`));
});

it('seals the platform list of tenants too', async () => {
  const first = await request(f.ctx.app)
    .get('/admin/tenants?limit=1')
    .set({ Authorization: `Bearer ${TEST_ADMIN_TOKEN}` });
  expect(first.body.nextCursor).toEqual(expect.any(String));
  const forged = (first.body.nextCursor as string).split('.')[0];
  refused(
    await request(f.ctx.app)
      .get(`/admin/tenants?cursor=${forged}`)
      .set({ Authorization: `Bearer ${TEST_ADMIN_TOKEN}` }),
  );
});
