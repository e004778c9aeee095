import request from 'supertest';
import { createTestContext, type TestContext } from '../support/context';
import { customerSays } from '../support/webhook';

describe('health, readiness and metrics', () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
  });
  afterEach(async () => ctx.close());

  it('GET /healthz answers while the process is up', async () => {
    const res = await request(ctx.app).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('GET /readyz answers 200 while the store answers, 503 once it does not', async () => {
    const idle = { pending: 0, lagSeconds: 0 };
    expect((await request(ctx.app).get('/readyz')).body).toEqual({
      status: 'ready',
      store: 'sqlite',
      inbox: { ...idle, lanes: { priority: idle, status: idle } },
    });
    await ctx.store.close();
    const res = await request(ctx.app).get('/readyz');
    expect(res.status).toBe(503);
    expect(res.body.error).toMatch(/not reachable/);
  });

  it('GET /metrics exports request counts by route and status, and the domain counters', async () => {
    await request(ctx.app).get('/admin/categories').set('authorization', 'Bearer nope');
    await customerSays(ctx, { from: '5511987654321', text: 'STOP' });
    const res = await request(ctx.app).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.text).toMatch(
      /stopline_http_requests_total\{method="GET",route="\/admin\/categories",status="401"\} 1/,
    );
    expect(res.text).toMatch(/stopline_webhook_deliveries_total\{outcome="stored"\} 1/);
    expect(res.text).toMatch(/stopline_opt_outs_total\{source="keyword",outcome="created"\} 1/);
    expect(res.text).toMatch(/stopline_inbox_pending 0/);
    await request(ctx.app)
      .get('/admin/opt-outs/0123456789abcdef01234567')
      .set('authorization', 'Bearer nope');
    await request(ctx.app).get('/no/such/route');
    const again = (await request(ctx.app).get('/metrics')).text;
    expect(again).toMatch(/route="\/admin\/opt-outs\/:id",status="401"/);
    expect(again).toMatch(/method="GET",route="unmatched",status="404"/);
  });

  it('shows how far behind the inbox is, per lane, in /readyz and /metrics', async () => {
    await ctx.services.inbox.stop();
    const receivedAt = ctx.clock.now();
    await ctx.store.appendInbox([
      { body: '{}', receivedAt, lane: 'status' },
      { body: '{}', receivedAt, lane: 'status' },
      { body: '{}', receivedAt: new Date(receivedAt.getTime() + 2000), lane: 'priority' },
    ]);
    ctx.clock.advance(5000);
    const res = await request(ctx.app).get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body.inbox).toEqual({
      pending: 3,
      lagSeconds: 5,
      lanes: { priority: { pending: 1, lagSeconds: 3 }, status: { pending: 2, lagSeconds: 5 } },
    });
    const metrics = (await request(ctx.app).get('/metrics')).text;
    expect(metrics).toMatch(/stopline_inbox_lane_pending\{lane="status"\} 2/);
    expect(metrics).toMatch(/stopline_inbox_lane_lag_seconds\{lane="priority"\} 3/);
    expect(metrics).toMatch(/stopline_inbox_lag_seconds 5/);
  });

  it('answers unknown routes with a JSON 404 and sets security headers and a request id', async () => {
    const res = await request(ctx.app).get('/nope').set('x-request-id', 'req-123');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatch(/No route for GET \/nope/);
    expect(res.headers['x-request-id']).toBe('req-123');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
