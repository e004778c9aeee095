/**
 * Metric route labels come from the router: every route the app serves (read by the test's own
 * walk of Express's stack) labels its requests with its own pattern, fixed paths are not taken
 * for ids, and anything else is "unmatched", so probing cannot grow the metrics.
 */
import request from 'supertest';
import { createRouteLabeler, routePatterns } from '../../src/http/route-labels';
import { createTestContext, type TestContext } from '../support/context';
import { servedRoutes } from '../support/served-routes';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

const ID = '0123456789abcdef01234567';

it('labels every served route with its own pattern', () => {
  const label = createRouteLabeler(ctx.app);
  const served = servedRoutes(ctx.app).map((r) => r.split(' ')[1]!);
  expect(served.length).toBeGreaterThan(30);
  for (const path of served) {
    const pattern = path.replace(/\{(\w+)\}/g, ':$1');
    expect([path, label(path.replace(/\{\w+\}/g, ID))]).toEqual([path, pattern]);
    expect([path, label(`${path.replace(/\{\w+\}/g, ID)}/?x=1`)]).toEqual([path, pattern]);
  }
  // And it knows no pattern the router does not serve.
  expect(new Set(routePatterns(ctx.app).map((p) => p.replace(/:(\w+)/g, '{$1}')))).toEqual(
    new Set(served),
  );
});

it('keeps fixed paths apart from ids, and everything else unmatched', () => {
  const label = createRouteLabeler(ctx.app);
  expect(label('/admin/opt-outs/check?contact=%2B55')).toBe('/admin/opt-outs/check');
  expect(label('/admin/opt-outs/export.csv')).toBe('/admin/opt-outs/export.csv');
  expect(label(`/admin/opt-outs/${ID}`)).toBe('/admin/opt-outs/:id');
  for (const probe of ['/', '/wp-admin', `/admin/${ID}`, '/admin/opt-outs//events', '/a/b/c/d/e'])
    expect([probe, label(probe)]).toEqual([probe, 'unmatched']);
});

it('exports the labels on /metrics (a 401 before any route ran still gets its pattern)', async () => {
  await request(ctx.app).get(`/admin/tasks/${ID}/recipients`).set('authorization', 'Bearer nope');
  await request(ctx.app).get('/admin/made-up').set('authorization', 'Bearer nope');
  const text = (await request(ctx.app).get('/metrics')).text;
  expect(text).toMatch(/route="\/admin\/tasks\/:id\/recipients",status="401"/);
  expect(text).toMatch(/method="GET",route="unmatched",status="401"/);
  expect(text).not.toMatch(/made-up/);
});
