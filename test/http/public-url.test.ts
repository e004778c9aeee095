/**
 * Links stopline generates use PUBLIC_URL when it is set, never the caller's Host header; and
 * X-Forwarded-* is believed only with TRUST_PROXY (express's `trust proxy`, off by default).
 */
import request from 'supertest';
import { readConfig } from '../../src/config';
import { createTestContext, TEST_ADMIN_TOKEN, type TestContext } from '../support/context';

const NUMBER = '+34650000001';
let ctx: TestContext | null = null;
afterEach(async () => {
  await ctx?.close();
  ctx = null;
});

const link = (c: TestContext, headers: Record<string, string> = {}) =>
  request(c.app)
    .post(`/admin/contacts/${encodeURIComponent(NUMBER)}/preference-link`)
    .set({ Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, ...headers })
    .send({})
    .expect(201)
    .then((res) => res.body.url as string);

it('builds preference links on PUBLIC_URL, whatever Host or X-Forwarded-* say', async () => {
  ctx = await createTestContext({
    env: { PUBLIC_URL: 'https://optout.example.com/stopline/', TRUST_PROXY: '1' },
  });
  const url = await link(ctx, {
    Host: 'evil.example',
    'X-Forwarded-Host': 'phish.example',
    'X-Forwarded-Proto': 'http',
  });
  expect(url).toMatch(/^https:\/\/optout\.example\.com\/stopline\/preferences\?t=[\w.-]+$/);
});

it('without PUBLIC_URL, ignores X-Forwarded-Proto unless TRUST_PROXY is set', async () => {
  ctx = await createTestContext();
  expect(await link(ctx, { Host: 'stopline.internal:3000', 'X-Forwarded-Proto': 'https' })).toMatch(
    /^http:\/\/stopline\.internal:3000\/preferences\?t=/,
  );
  await ctx.close();
  ctx = await createTestContext({ env: { TRUST_PROXY: '1' } });
  expect(await link(ctx, { Host: 'optout.example.com', 'X-Forwarded-Proto': 'https' })).toMatch(
    /^https:\/\/optout\.example\.com\/preferences\?t=/,
  );
});

describe('config', () => {
  const env = (more: Record<string, string>) => ({ NODE_ENV: 'test', ...more });

  it.each([
    ['optout.example.com', /PUBLIC_URL must be an absolute http\(s\) URL/],
    ['ftp://optout.example.com', /PUBLIC_URL must start with https:\/\//],
    ['https://optout.example.com/?a=1', /PUBLIC_URL must have no query, fragment or credentials/],
  ])('refuses PUBLIC_URL %s, saying how to fix it', (value, problem) => {
    expect(() => readConfig(env({ PUBLIC_URL: value }))).toThrow(problem);
  });

  it('reads TRUST_PROXY as off, hops, or proxy addresses', () => {
    const trust = (v?: string) =>
      readConfig(env(v === undefined ? {} : { TRUST_PROXY: v })).config.trustProxy;
    expect(trust()).toBe(false);
    expect(trust('false')).toBe(false);
    expect(trust('1')).toBe(1);
    expect(trust('true')).toBe(true);
    expect(trust('loopback, 10.0.0.0/8')).toBe('loopback,10.0.0.0/8');
    expect(() => trust('nginx please')).toThrow(
      /TRUST_PROXY must be false, a number of proxy hops/,
    );
  });

  it('says at start-up in production that links follow the Host header without PUBLIC_URL', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'sqlite::memory:',
      ADMIN_TOKEN: 'admin-token-0123456789',
      SECRETS_KEY: 'ab'.repeat(32),
      WHATSAPP_APP_SECRET: 'app-secret',
      WHATSAPP_VERIFY_TOKEN: 'verify',
    };
    expect(readConfig(production).notices.join('\n')).toContain('PUBLIC_URL not set');
    expect(
      readConfig({ ...production, PUBLIC_URL: 'https://optout.example.com' }).notices.join('\n'),
    ).not.toContain('PUBLIC_URL');
  });
});
