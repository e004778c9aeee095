/**
 * The console's opt-out list in a real browser: sign in, add an opt-out, find it by contact,
 * revoke it with a reason, import a CSV with a bad row, export, and read the contact's page.
 */
import { readFileSync } from 'node:fs';
import request from 'supertest';
import type { Page } from 'playwright-core';
import { TEST_ADMIN_TOKEN } from '../support/context';
import {
  accessibilityProblems,
  openPage,
  screenshot,
  signIn,
  startConsole,
  type ConsoleHarness,
} from './harness';

jest.setTimeout(60_000);

let h: ConsoleHarness;
let page: Page;
let problems: string[];
beforeAll(async () => {
  h = await startConsole();
  ({ page, problems } = await openPage(h));
});
afterAll(async () => {
  await h?.close();
});
afterEach(() => {
  // No script error and no CSP violation on any page the test went through.
  expect(problems).toEqual([]);
});

/**
 * A search changes the address at once, but the page is drawn for it a moment later (the
 * hashchange event, then the API): wait until the page on screen is the one for that address.
 */
async function searchedPage(address: RegExp): Promise<void> {
  await page.waitForURL(address);
  const hash = new URL(page.url()).hash;
  await page.locator(`main[data-route=${JSON.stringify(hash)}]`).waitFor();
}

it('refuses a wrong key with the API’s reason and keeps nothing', async () => {
  await page.goto(`${h.baseUrl}/console/`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByLabel('API key').fill('not-a-key');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: 'Invalid API key' }).waitFor();
  expect(await page.evaluate("sessionStorage.getItem('stopline.apiKey')")).toBeNull();
  // The browser's own console logs the 401; that is the expected answer, not a page error.
  problems.length = 0;
  await screenshot(page, 'sign-in');
  expect(await accessibilityProblems(page)).toEqual([]);
});

it('signs in, keeps the key in sessionStorage only, and signs out', async () => {
  await signIn(h, page);
  expect(await page.evaluate("sessionStorage.getItem('stopline.apiKey')")).not.toBeNull();
  expect(await page.context().cookies()).toEqual([]);
  expect(page.url()).not.toContain('token');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  expect(await page.evaluate('sessionStorage.length')).toBe(0);
  await signIn(h, page);
});

it('adds an opt-out with the seed’s fields, finds it by contact in another form, and revokes it with a reason', async () => {
  await page.getByRole('link', { name: 'Opt-out list' }).click();
  await page.getByRole('heading', { name: 'Opt-out list', level: 1 }).waitFor();
  await page.getByText('Add a customer').click();
  const add = page.locator('form[aria-labelledby="add-title"]');
  await add.getByLabel('Media type').selectOption('whatsapp');
  await add.getByLabel('Contact').fill('+55 (11) 98765-4321');
  await add.getByLabel('Validity').selectOption('days');
  await add.getByLabel('Days').fill('60');
  await add.getByLabel('Remarks').fill('asked by phone');
  await add.getByRole('button', { name: 'Add to the list' }).click();
  await add.getByText('Created: +5511987654321').waitFor();

  // Found by contact written differently (the wa_id form without the ninth digit).
  await page.getByRole('search').getByLabel('Contact').fill('551187654321');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await searchedPage(/contact=551187654321/);
  const row = page.locator('tbody tr', { hasText: '+5511987654321' });
  await row.waitFor();
  expect(await page.locator('tbody tr').count()).toBe(1);
  expect(await row.textContent()).toContain('asked by phone');
  expect(await row.locator('.badge').textContent()).toBe('Active');
  await screenshot(page, 'opt-outs');
  expect(await accessibilityProblems(page)).toEqual([]);

  await row.getByRole('button', { name: /Revoke/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Reason').fill('customer wants offers again');
  await screenshot(page, 'revoke-dialog');
  await dialog.getByRole('button', { name: 'Revoke' }).click();
  await page.locator('tbody tr .badge', { hasText: 'Revoked' }).waitFor();

  const [optOut] = (
    await h.ctx.store.listOptOuts(
      h.ctx.defaultTenantId,
      { contacts: ['+5511987654321'] },
      { limit: 5 },
      h.ctx.clock.now(),
    )
  ).items;
  const events = await h.ctx.store.listOptOutEvents(h.ctx.defaultTenantId, optOut?.id ?? '');
  expect(events.map((e) => [e.type, e.evidence?.detail ?? null])).toEqual([
    ['created', null],
    ['revoked', 'customer wants offers again'],
  ]);
});

it('imports a CSV, lists the bad row with its line and reason, and imports the rest', async () => {
  await page.goto(`${h.baseUrl}/console/#/opt-outs`);
  await page.getByText('Import a CSV').click();
  const form = page.locator('form[aria-labelledby="import-title"]');
  await form.getByLabel('CSV file').setInputFiles({
    name: 'opt-outs.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'contact,remarks\n+5521912345678,shop visit\nnot-a-number,typo\n+4915112345678,\n',
    ),
  });
  await form.getByRole('button', { name: 'Import' }).click();
  const invalid = form.locator('table.invalid-rows tbody tr');
  await invalid.first().waitFor();
  expect(await invalid.count()).toBe(1);
  const cells = await invalid.first().locator('td').allTextContents();
  expect(cells[0]).toBe('3');
  expect(cells[1]).toBe('not-a-number');
  expect(cells[2]).toMatch(/phone number/i);
  expect(await form.locator('.import-summary').textContent()).toContain('created 2');
  await screenshot(page, 'import');
  expect(await accessibilityProblems(page)).toEqual([]);
  // The list shows the two new rows without a reload.
  await page.locator('tbody tr', { hasText: '+5521912345678' }).waitFor();
});

it('exports the filtered list as CSV without putting the key in a URL', async () => {
  await page.goto(`${h.baseUrl}/console/#/opt-outs?state=active`);
  await page.locator('tbody tr', { hasText: '+4915112345678' }).waitFor();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const text = readFileSync((await download.path()) ?? '', 'utf8');
  const lines = text.trim().split(/\r?\n/);
  expect(lines[0]).toMatch(/^id,channel,contact,/);
  // The export is formula-safe: a cell starting with "+" is written with a leading apostrophe.
  expect(
    lines
      .slice(1)
      .map((l) => l.split(',')[2])
      .sort(),
  ).toEqual(["'+4915112345678", "'+5521912345678"]);
  const exportUrl = requests.find((u) => u.includes('export.csv')) ?? '';
  expect(exportUrl).toContain('state=active');
  expect(exportUrl).not.toMatch(/token|key|bearer/i);

  // The status filter tells revoked from active.
  await page.getByRole('search').getByLabel('Status').selectOption('revoked');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await searchedPage(/state=revoked/);
  await page.locator('tbody tr .badge', { hasText: 'Revoked' }).waitFor();
  expect(await page.locator('tbody tr').count()).toBe(1);
  expect(await page.locator('tbody tr').textContent()).toContain('+5511987654321');
});

it('shows a contact’s page: identifiers, each opt-out with its evidence and audit trail', async () => {
  const tenant = await h.ctx.store.getTenant(h.ctx.defaultTenantId);
  // A customer's own STOP, recorded as the conversation records it.
  await h.ctx.services.optOuts.record({
    tenant: tenant!,
    channel: 'whatsapp',
    contact: '+5511987654321',
    categoryId: null,
    origin: 'customer',
    source: 'keyword',
    at: h.ctx.clock.now(),
    validity: { kind: 'default' },
    remarks: null,
    evidence: { text: 'não quero mais receber mensagens', language: 'pt', intent: 'opt_out' },
    actor: 'customer:+5511987654321',
  });
  await page.goto(`${h.baseUrl}/console/#/opt-outs?contact=%2B5511987654321`);
  await page.getByRole('link', { name: '+5511987654321' }).first().click();
  await page.getByRole('heading', { name: 'Contact +5511987654321', level: 1 }).waitFor();
  const verdict = page.locator('.verdict .headline');
  expect(await verdict.textContent()).toContain('Suppressed for all marketing');
  expect(await verdict.textContent()).toContain('não quero mais receber mensagens');
  const identifiers = await page.locator('section[aria-labelledby="who"] code').allTextContents();
  expect(identifiers).toEqual(expect.arrayContaining(['+5511987654321', '+551187654321']));
  expect(await page.locator('.optout').count()).toBe(2);
  const adminRow = page.locator('.optout', { hasText: 'Added by an admin' });
  await adminRow.locator('details summary').click();
  expect(await adminRow.textContent()).toContain('revoked by admin:platform');
  expect(await adminRow.textContent()).toContain('customer wants offers again');
  await screenshot(page, 'contact');
  expect(await accessibilityProblems(page)).toEqual([]);
});

it('lets the platform token act for another tenant, and a tenant key sees only its own list', async () => {
  const acme = await h.ctx.createTenant('Acme');
  await request(h.ctx.app)
    .post('/admin/opt-outs')
    .set({ Authorization: `Bearer ${acme.apiKey}` })
    .send({ channel: 'email', contact: 'ana@acme.example', remarks: 'Acme customer' });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(h, page, TEST_ADMIN_TOKEN, 'Acme');
  await page.getByText('Platform, acting for Acme').waitFor();
  await page.getByRole('link', { name: 'Opt-out list' }).click();
  await page.locator('tbody tr', { hasText: 'ana@acme.example' }).waitFor();
  expect(await page.locator('tbody tr').count()).toBe(1);
  await page.getByRole('link', { name: 'Tenants' }).click();
  await screenshot(page, 'tenants');
  expect(await accessibilityProblems(page)).toEqual([]);

  // Acme's own key: Acme's list, no tenant picker.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(h, page, acme.apiKey);
  expect(await page.getByRole('link', { name: 'Tenants' }).count()).toBe(0);
  await page.getByRole('link', { name: 'Opt-out list' }).click();
  await page.locator('tbody tr', { hasText: 'ana@acme.example' }).waitFor();
  expect(await page.locator('tbody tr').count()).toBe(1);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(h, page);
});

it('reads on a phone-sized screen without sideways scrolling of the page', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${h.baseUrl}/console/#/opt-outs`);
  await page.locator('tbody tr').first().waitFor();
  // Page scripts as strings: the tests are type-checked without the DOM library.
  const wide = await page.evaluate(`[...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .filter((el) => !el.closest('.table-wrap') && !el.closest('.sr-only'))
    .map((el) => el.tagName.toLowerCase() + '.' + el.className)`);
  expect(wide).toEqual([]);
  const overflow = await page.evaluate(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'opt-outs-phone');
  expect(await accessibilityProblems(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
});
