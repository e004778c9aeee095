import request from 'supertest';
import { createTestContext, TEST_ADMIN_TOKEN, type TestContext } from '../support/context';

export const DAY = 24 * 60 * 60 * 1000;

export interface AdminFixture {
  ctx: TestContext;
  /** Tenant A's API key (the tenant most tests act as) and id. */
  key: string;
  tenantId: string;
  /** Tenant B: its ids must be invisible to A (404). */
  otherKey: string;
  otherTenantId: string;
}

/** A test app with two tenants created through the tenant service. */
export async function adminFixture(): Promise<AdminFixture> {
  const ctx = await createTestContext();
  const a = await ctx.createTenant('Acme');
  const b = await ctx.createTenant('Other Co');
  return { ctx, key: a.apiKey, tenantId: a.id, otherKey: b.apiKey, otherTenantId: b.id };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
export const platform = bearer(TEST_ADMIN_TOKEN);

/** supertest bound to the app, with a tenant key. */
export function as(ctx: TestContext, key: string) {
  const agent = request(ctx.app);
  return {
    get: (path: string) => agent.get(path).set(bearer(key)),
    post: (path: string) => agent.post(path).set(bearer(key)),
    put: (path: string) => agent.put(path).set(bearer(key)),
    patch: (path: string) => agent.patch(path).set(bearer(key)),
    delete: (path: string) => agent.delete(path).set(bearer(key)),
  };
}

/** A JSON body just over the 1 MB limit of admin routes. */
export const OVERSIZED = JSON.stringify({ remarks: 'x'.repeat(1024 * 1024 + 10) });

export async function createCategory(
  ctx: TestContext,
  key: string,
  body: Record<string, unknown> = { name: 'Promotions', unsubscribeDays: 7 },
): Promise<{ id: string; name: string; unsubscribeDays: number | null }> {
  const res = await as(ctx, key).post('/admin/categories').send(body);
  if (res.status !== 201)
    throw new Error(`category not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; name: string; unsubscribeDays: number | null };
}
