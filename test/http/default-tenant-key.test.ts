/**
 * Field test finding 17: after the default tenant's key is rotated, ADMIN_TOKEN no longer acts
 * as that tenant's key; it stays the platform token (tenants, X-Tenant-Id).
 */
import request from 'supertest';
import { adminFixture, bearer, platform, type AdminFixture } from './admin-helpers';

let f: AdminFixture;
beforeEach(async () => {
  f = await adminFixture();
});
afterEach(async () => {
  await f.ctx.close();
});

const get = (path: string, headers: Record<string, string>) =>
  request(f.ctx.app).get(path).set(headers);

it('ends ADMIN_TOKEN as the default tenant key at rotation, and only then', async () => {
  const id = f.ctx.defaultTenantId;
  expect((await get('/admin/opt-outs', platform)).status).toBe(200);
  const rotated = await request(f.ctx.app).post(`/admin/tenants/${id}/rotate-key`).set(platform);
  expect(rotated.status).toBe(200);

  const refused = await get('/admin/opt-outs', platform);
  expect(refused.status).toBe(403);
  expect(refused.body.error).toMatch(/no longer acts as the default tenant's API key/);
  expect(refused.body.error).toContain(`X-Tenant-Id: ${id}`);

  expect((await get('/admin/opt-outs', bearer(rotated.body.apiKey))).status).toBe(200);
  expect((await get('/admin/opt-outs', { ...platform, 'X-Tenant-Id': id })).status).toBe(200);
  expect((await get('/admin/tenants', platform)).status).toBe(200);
});

it("leaves ADMIN_TOKEN as the default tenant's key when another tenant rotates", async () => {
  await request(f.ctx.app)
    .post(`/admin/tenants/${f.tenantId}/rotate-key`)
    .set(platform)
    .expect(200);
  expect((await get('/admin/opt-outs', platform)).status).toBe(200);
});
