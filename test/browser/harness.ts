/**
 * Browser tests of the console: the real app (SQLite in a temporary file, the sandbox as the
 * Graph API, a ManualClock) on an ephemeral port of 127.0.0.1, driven by Debian's Chromium
 * through playwright-core, which never downloads a browser. A missing browser fails the test
 * (it is installed by scripts/ensure-browser.js, run by `npm test`'s pretest).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createTestContext, TEST_ADMIN_TOKEN, type TestContext } from '../support/context';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(__dirname, 'artifacts');
const DOCS = join(__dirname, '..', '..', 'docs', 'console');

export interface ConsoleHarness {
  ctx: TestContext;
  browser: Browser;
  baseUrl: string;
  close(): Promise<void>;
}

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not at ${CHROMIUM_PATH}: the console's browser tests need it. Install it with ` +
        '`node scripts/ensure-browser.js` (as root it runs apt-get install chromium), or set CHROMIUM_PATH.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export async function startConsole(): Promise<ConsoleHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'stopline-console-'));
  const ctx = await createTestContext({ dbPath: join(dir, 'console.db') });
  const server: Server = await new Promise((resolve) => {
    const s = ctx.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const browser = await launchChromium();
  return {
    ctx,
    browser,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await ctx.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A new page that fails the test on any console error or CSP violation of the page. */
export async function openPage(
  h: ConsoleHarness,
  viewport = { width: 1280, height: 900 },
): Promise<{ page: Page; problems: string[] }> {
  const page = await h.browser.newPage({ viewport });
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  page.on('pageerror', (err) => problems.push(err.message));
  return { page, problems };
}

/**
 * Signs in with `key`. The platform token (the default) lands on the tenant picker and acts for
 * `tenant` (the bootstrapped default tenant unless named); a tenant key lands on the dashboard.
 */
export async function signIn(
  h: ConsoleHarness,
  page: Page,
  key = TEST_ADMIN_TOKEN,
  tenant = 'Default tenant',
) {
  await page.goto(`${h.baseUrl}/console/`);
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (key === TEST_ADMIN_TOKEN) {
    await page.getByRole('heading', { name: 'Tenants', level: 1 }).waitFor();
    await page.getByRole('button', { name: `Act for ${tenant}` }).click();
  }
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
}

/**
 * Saves a full-page screenshot to test/browser/artifacts/ (gitignored); with
 * CONSOLE_SCREENSHOTS=docs also to docs/console/ for the README.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  // The passing toast would cover what the picture is for.
  await page.evaluate("document.getElementById('toast')?.classList.remove('show')");
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  if (process.env.CONSOLE_SCREENSHOTS === 'docs') {
    mkdirSync(DOCS, { recursive: true });
    copyFileSync(file, join(DOCS, `${name}.png`));
  }
  return file;
}

/**
 * Form controls a screen reader could not name (no label, aria-label or aria-labelledby), and
 * how many h1 the page has: both checked on every main page.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const problems = [];
    for (const el of document.querySelectorAll('input, select, textarea, button')) {
      if (el.type === 'hidden' || el.closest('[hidden]')) continue;
      const named = (el.labels && el.labels.length > 0) || el.getAttribute('aria-label') ||
        el.getAttribute('aria-labelledby') || (el.tagName === 'BUTTON' && el.textContent.trim());
      if (!named) problems.push('unlabelled ' + el.tagName.toLowerCase() + ' ' + (el.name || ''));
    }
    const h1 = document.querySelectorAll('h1').length;
    if (h1 !== 1) problems.push(h1 + ' h1 elements');
    return problems;
  })()`);
}
