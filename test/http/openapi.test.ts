import request from 'supertest';
import { createApp } from '../../src/app';
import { createLogger } from '../../src/logger';
import { buildOpenApiDocument } from '../../src/http/openapi/document';
import { newId } from '../../src/ids';
import { createTestContext, TEST_ADMIN_TOKEN, type TestContext } from '../support/context';
import { servedRoutes } from '../support/served-routes';
import { documented, operations, type Doc } from '../support/openapi-doc';
import { bearer } from './admin-helpers';

let ctx: TestContext;
let tenantKey: string;
beforeAll(async () => {
  ctx = await createTestContext();
  tenantKey = (await ctx.createTenant('Acme', '100000000000777')).apiKey;
});
afterAll(async () => {
  await ctx.close();
});

describe('GET /openapi.json', () => {
  it('serves the document without credentials', async () => {
    const res = await request(ctx.app).get('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/json');
    expect(res.body).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument({ sandbox: true }))));
  });

  it('documents exactly the routes the app serves: none missing, none stale', async () => {
    const served = servedRoutes(ctx.app);
    // The walk must see the nested routers, or the comparison would prove nothing.
    expect(served).toEqual(
      expect.arrayContaining([
        'GET /webhook',
        'POST /admin/tasks/{id}/publish',
        'POST /sandbox/inbound',
      ]),
    );
    const doc = (await request(ctx.app).get('/openapi.json')).body as Doc;
    expect(documented(doc)).toEqual(served);
  });

  it('leaves the sandbox out when it is off, as the app does', () => {
    const app = createApp({
      ...ctx,
      log: createLogger({ level: 'silent' }),
      services: { ...ctx.services, sandbox: null },
    });
    const served = servedRoutes(app);
    expect(served.some((r) => r.includes('/sandbox'))).toBe(false);
    expect(documented(buildOpenApiDocument({ sandbox: false }) as Doc)).toEqual(served);
  });

  it('names no route that answers "No route for" (probed over HTTP)', async () => {
    const doc = buildOpenApiDocument() as Doc;
    const misses: string[] = [];
    for (const [method, path, op] of operations(doc)) {
      const url = path.replace(/\{\w+\}/g, newId(Date.parse('2026-01-15T10:00:00Z')));
      const token = op.security?.some((s) => 'platformToken' in s) ? TEST_ADMIN_TOKEN : tenantKey;
      const res = await request(ctx.app)[method as 'get'](url).set(bearer(token));
      if (res.status === 404 && /^No route for/.test(String(res.body?.error)))
        misses.push(`${method} ${path}`);
    }
    expect(misses).toEqual([]);
    // The probe can fail: a path nobody serves is reported.
    const res = await request(ctx.app).get('/admin/nothing-here').set(bearer(tenantKey));
    expect(res.body.error).toMatch(/^No route for/);
  });
});
