/**
 * The preference page in a real browser: Debian's Chromium driven by playwright-core (which never
 * downloads a browser), the real app on an ephemeral port, JavaScript turned off. The customer
 * opens the signed link, picks "stop this category", submits the form, and the choice is an
 * opt-out with source preference_page; no console error or CSP violation on the way.
 * Screenshots are kept in test/browser/artifacts/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import request from 'supertest';
import { createTestContext, TEST_ADMIN_TOKEN, type TestContext } from '../support/context';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(__dirname, 'artifacts');
const auth = { Authorization: `Bearer ${TEST_ADMIN_TOKEN}` };

let ctx: TestContext;
let server: Server;
let browser: Browser;
let baseUrl: string;
let dir: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `Chromium is not at ${CHROMIUM_PATH}: install Debian's chromium package or set CHROMIUM_PATH.`,
    );
  dir = mkdtempSync(join(tmpdir(), 'stopline-prefs-'));
  ctx = await createTestContext({ dbPath: join(dir, 'prefs.db') });
  server = await new Promise((resolve) => {
    const s = ctx.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  await ctx.close();
  rmSync(dir, { recursive: true, force: true });
});

it('works without JavaScript: the customer stops one category, recorded as an opt-out', async () => {
  const category = await request(ctx.app)
    .post('/admin/categories')
    .set(auth)
    .send({ name: 'Ofertas', unsubscribeDays: 30 });
  const link = await request(ctx.app)
    .post(`/admin/contacts/${encodeURIComponent('+5511987654321')}/preference-link`)
    .set(auth)
    .send({ categoryId: category.body.id, language: 'pt' });
  expect(link.status).toBe(201);
  const path = new URL(link.body.url as string);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  page.on('pageerror', (err) => problems.push(err.message));
  const response = await page.goto(`${baseUrl}${path.pathname}${path.search}`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toMatch(/default-src 'self'/);
  expect(await page.textContent('h1')).toBe('Suas mensagens de Default tenant');
  await page.screenshot({ path: join(ARTIFACTS, 'preference-page.png'), fullPage: true });

  await page.check('input[value="stop_category"]');
  await Promise.all([page.waitForURL(`${baseUrl}/preferences`), page.click('button[type=submit]')]);
  expect(await page.textContent('p.done')).toBe(
    'Pronto: Default tenant não enviará promoções “Ofertas” para você.',
  );
  await page.screenshot({ path: join(ARTIFACTS, 'preference-page-done.png'), fullPage: true });
  expect(problems).toEqual([]);
  await context.close();

  const optOuts = await request(ctx.app)
    .get(`/admin/opt-outs?contact=${encodeURIComponent('+5511987654321')}`)
    .set(auth);
  expect(optOuts.body.items).toEqual([
    expect.objectContaining({
      categoryId: category.body.id,
      origin: 'customer',
      source: 'preference_page',
      active: true,
    }),
  ]);
});
