/**
 * The preference page in the customer's language, in a real browser (Debian's Chromium through
 * playwright-core, JavaScript off): Arabic known from the conversation (right to left), Thai from
 * the browser's Accept-Language, Japanese from the link. Each time the customer submits a choice
 * and reads the confirmation in their language, and every glyph is drawn by a font that has it:
 * Chromium names the fonts it used for a node (DevTools' CSS.getPlatformFontsForNode) and
 * fontconfig names the fonts that cover the text's letters; a text drawn as empty boxes (tofu)
 * uses none of the latter. Screenshots go to test/browser/artifacts/ (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { TEST_ADMIN_TOKEN } from '../support/context';
import { customerSays } from '../support/webhook';
import { startConsole, type ConsoleHarness } from './harness';

const ARTIFACTS = join(__dirname, 'artifacts');
const auth = { Authorization: `Bearer ${TEST_ADMIN_TOKEN}` };

let h: ConsoleHarness;
beforeAll(async () => {
  h = await startConsole();
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => h?.close());

async function linkFor(contact: string, body: object): Promise<string> {
  const res = await request(h.ctx.app)
    .post(`/admin/contacts/${encodeURIComponent(contact)}/preference-link`)
    .set(auth)
    .send(body);
  expect(res.status).toBe(201);
  const url = new URL(res.body.url as string);
  return `${h.baseUrl}${url.pathname}${url.search}`;
}

async function activeOptOuts(contact: string) {
  const res = await request(h.ctx.app)
    .get(`/admin/opt-outs?active=true&contact=${encodeURIComponent(contact)}`)
    .set(auth);
  return res.body.items as {
    categoryId: string | null;
    source: string;
    expiresAt: string | null;
  }[];
}

/** The families fontconfig says have every letter of `text` outside ASCII. */
function familiesCovering(text: string): Set<string> {
  const letters = [...new Set(text.match(/[^\p{ASCII}\p{P}\p{Z}]/gu) ?? [])];
  expect(letters.length).toBeGreaterThan(0);
  const charset = letters.map((c) => c.codePointAt(0)!.toString(16)).join(' ');
  let out: string;
  try {
    out = execFileSync('fc-list', [`:charset=${charset}`, 'family'], { encoding: 'utf8' });
  } catch (err) {
    throw new Error(`fc-list (fontconfig) is needed to check the glyphs: ${String(err)}`);
  }
  return new Set(
    out
      .split(/[\n,]/)
      .map((f) => f.trim())
      .filter(Boolean),
  );
}

/** The fonts Chromium drew `selector`'s text with. */
async function fontsUsed(context: BrowserContext, page: Page, selector: string) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((f) => f.familyName);
}

/** Every non-ASCII letter of `selector` is drawn by a font that has it: no tofu. */
async function expectRealGlyphs(context: BrowserContext, page: Page, selector: string) {
  const text = (await page.textContent(selector)) ?? '';
  const covering = familiesCovering(text);
  const used = await fontsUsed(context, page, selector);
  expect({ selector, text, drawnWithACoveringFont: used.some((f) => covering.has(f)) }).toEqual({
    selector,
    text,
    drawnWithACoveringFont: true,
  });
}

async function openPage(url: string, locale?: string) {
  const context = await h.browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 420, height: 720 },
    ...(locale ? { locale } : {}),
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  return { context, page, problems };
}

async function submit(page: Page, choice: string) {
  await page.check(`input[value="${choice}"]`);
  await Promise.all([
    page.waitForURL(`${h.baseUrl}/preferences`),
    page.click('button[type=submit]'),
  ]);
}

it('Arabic, known from the conversation: right to left, stop one category', async () => {
  const contact = '+201001234567';
  const category = await request(h.ctx.app)
    .post('/admin/categories')
    .set(auth)
    .send({ name: 'Offers', unsubscribeDays: 30 });
  // The customer asked for their status in Arabic: the conversation now knows their language.
  await customerSays(h.ctx, { from: contact.slice(1), text: 'حالتي' });
  const url = await linkFor(contact, { categoryId: category.body.id });

  const { context, page, problems } = await openPage(url, 'en-US');
  expect(await page.getAttribute('html', 'lang')).toBe('ar');
  expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  expect(await page.textContent('h1')).toBe('رسائلك من Default tenant');
  // Right to left as drawn: each radio button sits at the right end of its line.
  const label = page.locator('label', { hasText: 'إيقاف عروض «Offers» فقط' });
  const [box, radio] = [await label.boundingBox(), await label.locator('input').boundingBox()];
  expect(radio!.x).toBeGreaterThan(box!.x + box!.width / 2);
  await expectRealGlyphs(context, page, 'h1');
  await page.screenshot({ path: join(ARTIFACTS, 'preference-page-ar.png'), fullPage: true });

  await submit(page, 'stop_category');
  expect(await page.textContent('p.done')).toBe(
    'تم: لن يرسل لك Default tenant عروض «Offers» بعد الآن.',
  );
  expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  await expectRealGlyphs(context, page, 'p.done');
  await page.screenshot({ path: join(ARTIFACTS, 'preference-page-ar-done.png'), fullPage: true });
  expect(problems).toEqual([]);
  await context.close();

  expect(await activeOptOuts(contact)).toEqual([
    expect.objectContaining({ categoryId: category.body.id, source: 'preference_page' }),
  ]);
});

it('Thai, known from the browser’s Accept-Language: pause for 30 days', async () => {
  const contact = '+66812345678';
  const url = await linkFor(contact, {});

  const { context, page, problems } = await openPage(url, 'th-TH');
  expect(await page.getAttribute('html', 'lang')).toBe('th');
  expect(await page.getAttribute('html', 'dir')).toBe('ltr');
  expect(await page.textContent('h1')).toBe('ข้อความจาก Default tenant ถึงคุณ');
  await expectRealGlyphs(context, page, 'h1');
  await expectRealGlyphs(context, page, 'label:has(input[value="pause"])');
  await page.screenshot({ path: join(ARTIFACTS, 'preference-page-th.png'), fullPage: true });

  await submit(page, 'pause');
  expect(await page.textContent('p.done')).toBe(
    'เรียบร้อย คุณจะไม่ได้รับโปรโมชั่นจาก Default tenant เป็นเวลา 30 วัน',
  );
  await expectRealGlyphs(context, page, 'p.done');
  await page.screenshot({ path: join(ARTIFACTS, 'preference-page-th-done.png'), fullPage: true });
  expect(problems).toEqual([]);
  await context.close();

  const [pause, ...rest] = await activeOptOuts(contact);
  expect(rest).toEqual([]);
  expect(pause).toMatchObject({ categoryId: null, source: 'preference_page' });
  expect(pause!.expiresAt).not.toBeNull();
});

it('Japanese, named by the link: stop all', async () => {
  const contact = '+819012345678';
  const url = await linkFor(contact, { language: 'ja' });

  const { context, page, problems } = await openPage(url, 'en-US');
  expect(await page.getAttribute('html', 'lang')).toBe('ja');
  expect(await page.textContent('h1')).toBe('Default tenantからのメッセージ');
  await expectRealGlyphs(context, page, 'h1');
  await expectRealGlyphs(context, page, 'button[type=submit]');
  await page.screenshot({ path: join(ARTIFACTS, 'preference-page-ja.png'), fullPage: true });

  await submit(page, 'stop_all');
  expect(await page.textContent('p.done')).toBe(
    '完了しました。Default tenantからのお知らせは今後お送りしません。',
  );
  await expectRealGlyphs(context, page, 'p.done');
  await page.screenshot({ path: join(ARTIFACTS, 'preference-page-ja-done.png'), fullPage: true });
  expect(problems).toEqual([]);
  await context.close();

  expect(await activeOptOuts(contact)).toEqual([
    expect.objectContaining({ categoryId: null, source: 'preference_page', expiresAt: null }),
  ]);
});

it('Traditional Chinese, from the browser (zh-TW): drawn with real glyphs, stop all', async () => {
  const contact = '+886912345678';
  // No language in the link or the conversation: the browser's Accept-Language decides.
  const url = await linkFor(contact, {});

  const { context, page, problems } = await openPage(url, 'zh-TW');
  expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
  expect(await page.textContent('h1')).toBe('Default tenant傳給您的訊息');
  await expectRealGlyphs(context, page, 'h1');
  await expectRealGlyphs(context, page, 'button[type=submit]');
  await page.screenshot({ path: join(ARTIFACTS, 'preference-page-zh-hant.png'), fullPage: true });

  await submit(page, 'stop_all');
  expect(await page.textContent('p.done')).toBe('已完成：Default tenant不會再向您傳送促銷訊息。');
  await expectRealGlyphs(context, page, 'p.done');
  expect(problems).toEqual([]);
  await context.close();

  expect(await activeOptOuts(contact)).toEqual([
    expect.objectContaining({ categoryId: null, source: 'preference_page', expiresAt: null }),
  ]);
});
