/**
 * /metrics holds business figures: with METRICS_TOKEN it takes that bearer token only; in
 * production without one it is not served, and start-up says so.
 */
import request from 'supertest';
import { readConfig } from '../../src/config';
import { createTestContext, type TestContext } from '../support/context';

const TOKEN = 'metrics-token-0123456789abcdef';
const PRODUCTION = {
  NODE_ENV: 'production',
  SECRETS_KEY: 'ab'.repeat(32),
  WHATSAPP_ACCESS_TOKEN: 'EAAG-test-access-token',
};

let ctx: TestContext | null = null;
afterEach(async () => {
  await ctx?.close();
  ctx = null;
});

describe('with METRICS_TOKEN', () => {
  beforeEach(async () => {
    ctx = await createTestContext({ env: { METRICS_TOKEN: TOKEN } });
  });

  it('answers 401 without the token or with another, naming the header to send', async () => {
    const app = ctx!.app;
    const none = await request(app).get('/metrics');
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    expect(none.body.error).toContain('Authorization: Bearer <METRICS_TOKEN>');
    const wrong = await request(app).get('/metrics').set('Authorization', 'Bearer nope');
    expect(wrong.status).toBe(401);
    expect(wrong.text).not.toContain('stopline_');
    // The admin token is not the metrics token.
    const admin = await request(app)
      .get('/metrics')
      .set('Authorization', `Bearer ${ctx!.config.adminToken}`);
    expect(admin.status).toBe(401);
  });

  it('serves the metrics for the token', async () => {
    const res = await request(ctx!.app).get('/metrics').set('Authorization', `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('stopline_opt_outs_total');
  });
});

it('is not served in production without METRICS_TOKEN, and is with it', async () => {
  ctx = await createTestContext({ env: PRODUCTION });
  expect((await request(ctx.app).get('/metrics')).status).toBe(404);
  await ctx.close();
  ctx = await createTestContext({ env: { ...PRODUCTION, METRICS_TOKEN: TOKEN } });
  const res = await request(ctx.app).get('/metrics').set('Authorization', `Bearer ${TOKEN}`);
  expect(res.status).toBe(200);
});

it('is open outside production without METRICS_TOKEN (development and tests)', async () => {
  ctx = await createTestContext();
  expect((await request(ctx.app).get('/metrics')).status).toBe(200);
});

describe('config', () => {
  const base = {
    ...PRODUCTION,
    DATABASE_URL: 'sqlite::memory:',
    ADMIN_TOKEN: 'admin-token-0123456789',
    WHATSAPP_APP_SECRET: 'app-secret',
    WHATSAPP_VERIFY_TOKEN: 'verify',
  };

  it('says once at start-up that production does not serve /metrics without a token', () => {
    const { notices } = readConfig(base);
    expect(notices.filter((n) => n.includes('METRICS_TOKEN'))).toEqual([
      'METRICS_TOKEN not set: /metrics is not served (404) in production; set METRICS_TOKEN and scrape it with Authorization: Bearer <token>.',
    ]);
    expect(readConfig({ ...base, METRICS_TOKEN: TOKEN }).notices.join('\n')).not.toContain(
      'METRICS_TOKEN',
    );
  });

  it('refuses a short METRICS_TOKEN', () => {
    expect(() => readConfig({ ...base, METRICS_TOKEN: 'short' })).toThrow(
      /METRICS_TOKEN must be at least 16 characters/,
    );
  });
});
