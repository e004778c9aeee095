/**
 * The console's tasks in a real browser: a category, a task created in the seed's two steps,
 * recipients imported (one bad row, one contact opted out of the category), the dry run,
 * publishing, and the progress followed to the end without a reload while the dispatcher
 * (driven here on the test's clock) sends through the sandbox. Then why a contact was
 * suppressed, the settings, the sandbox conversation and the dashboard.
 */
import type { Page } from 'playwright-core';
import { driveUntil, taskStatus, testDispatcher } from '../e2e/dispatch-helpers';
import {
  accessibilityProblems,
  openPage,
  screenshot,
  signIn,
  startConsole,
  type ConsoleHarness,
} from './harness';

jest.setTimeout(90_000);

let h: ConsoleHarness;
let page: Page;
let problems: string[];
let taskId = '';
const SUPPRESSED = '+4915100000009';

beforeAll(async () => {
  h = await startConsole();
  ({ page, problems } = await openPage(h));
  await signIn(h, page);
});
afterAll(async () => {
  await h?.close();
});
afterEach(() => {
  expect(problems).toEqual([]);
});

it('creates and edits a category', async () => {
  await page.getByRole('link', { name: 'Categories' }).click();
  await page.getByRole('heading', { name: 'New category' }).waitFor();
  await page.getByLabel('Name').fill('Offers');
  await page.getByLabel('Opt-out lasts (days)').fill('90');
  await page.getByLabel('Keywords').fill('offers, deals');
  await page.getByRole('button', { name: 'Save' }).click();
  const row = page.locator('tbody tr', { hasText: 'Offers' });
  await row.waitFor();
  expect(await row.textContent()).toContain('90 days');
  await row.getByRole('button', { name: 'Edit Offers' }).click();
  await page.getByRole('heading', { name: 'Edit “Offers”' }).waitFor();
  await page.getByLabel('Description').fill('Discounts and sales');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.locator('tbody tr', { hasText: 'Discounts and sales' }).waitFor();
  await screenshot(page, 'categories');
  expect(await accessibilityProblems(page)).toEqual([]);
});

it('creates a task in two steps, imports recipients (a bad row listed) and previews who would be suppressed', async () => {
  const [offers] = (await h.ctx.store.listCategories(h.ctx.defaultTenantId, { limit: 5 })).items;
  const tenant = await h.ctx.store.getTenant(h.ctx.defaultTenantId);
  await h.ctx.services.optOuts.record({
    tenant: tenant!,
    channel: 'whatsapp',
    contact: SUPPRESSED,
    categoryId: offers!.id,
    origin: 'customer',
    source: 'template_button',
    at: h.ctx.clock.now(),
    validity: { kind: 'default' },
    remarks: null,
    evidence: { payload: 'optout:earlier-task', text: 'Stop promotions' },
    actor: `customer:${SUPPRESSED}`,
  });

  await page.getByRole('link', { name: 'Tasks' }).click();
  await page.getByRole('link', { name: 'New task' }).click();
  await page.getByRole('heading', { name: 'Step 1 of 2: the task' }).waitFor();
  await page.getByLabel('Task name').fill('Spring sale');
  await page.getByLabel('Marketing category').selectOption({ label: 'Offers' });
  await page.getByLabel('Template name').fill('spring_sale');
  await page.getByLabel('Template language').fill('pt_BR');
  await page.getByLabel('Opt-out button index').fill('1');
  await screenshot(page, 'task-new');
  expect(await accessibilityProblems(page)).toEqual([]);
  await page.getByRole('button', { name: 'Next: policy and follow-up' }).click();
  await page.getByRole('heading', { name: 'Step 2 of 2: policy and follow-up' }).waitFor();
  await page.getByLabel('Messages per second').fill('20');
  await page.getByLabel('Follow-up assignees').fill('ana@example.com');
  await page.getByRole('button', { name: 'Create the task' }).click();
  await page.getByRole('heading', { name: /Spring sale/, level: 1 }).waitFor();
  taskId = decodeURIComponent(page.url().split('#/tasks/')[1] ?? '');
  expect(await taskStatus(h.ctx, taskId)).toBe('draft');

  await page
    .getByLabel('Or paste CSV')
    .fill(
      `contact,1\n+4915100000001,Ana\n+4915100000002,Bruno\n${SUPPRESSED},Carla\nnot-a-number,X`,
    );
  await page.getByRole('button', { name: 'Import recipients' }).click();
  const invalid = page.locator('table.invalid-rows tbody tr');
  await invalid.first().waitFor();
  expect(await invalid.locator('td').allTextContents()).toEqual([
    '5',
    'not-a-number',
    expect.any(String),
  ]);
  expect(await page.locator('.import-summary').textContent()).toContain('accepted 3');

  await page.getByRole('button', { name: 'Preview' }).click();
  const headline = page.locator('section[aria-labelledby="preview-title"] .headline');
  await headline.waitFor();
  expect(await headline.textContent()).toBe('Would send 2; suppressed 1 of 3 pending.');
  expect(await page.locator('section[aria-labelledby="preview-title"]').textContent()).toContain(
    'template_button 1',
  );
  await screenshot(page, 'task-draft');
  expect(await accessibilityProblems(page)).toEqual([]);
});

it('publishes, and follows the progress to the end without a reload while the dispatcher sends', async () => {
  await page.evaluate('window.stayed = true');
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.locator('h1 .badge', { hasText: 'scheduled' }).waitFor();

  const dispatcher = testDispatcher(h.ctx);
  await driveUntil(
    h.ctx,
    [dispatcher],
    async () => (await taskStatus(h.ctx, taskId)) === 'completed',
  );

  // The page polls: the status and the figures change in place.
  await page.locator('h1 .badge', { hasText: 'completed' }).waitFor({ timeout: 10_000 });
  await page.locator('[data-stat="sent"] .n', { hasText: '2' }).waitFor();
  expect(await page.locator('[data-stat="suppressed"] .n').textContent()).toBe('1');
  expect(await page.locator('[data-stat="pending"] .n').textContent()).toBe('0');
  expect(await page.evaluate('window.stayed')).toBe(true);

  // The chart counts the two sends (its data table is there for screen readers).
  await page.locator('svg.chart').waitFor();
  const sentCells = await page
    .locator('.chart-figure table tbody td:nth-child(2)')
    .allTextContents();
  expect(sentCells.map(Number).reduce((a, b) => a + b, 0)).toBe(2);
  expect(h.ctx.services.sandbox?.messages().filter((m) => m.type === 'template')).toHaveLength(2);
  await screenshot(page, 'task');
  expect(await accessibilityProblems(page)).toEqual([]);
});

it('explains on the contact’s page why the suppressed recipient got nothing', async () => {
  await page
    .locator('tbody tr', { hasText: SUPPRESSED })
    .getByRole('link', { name: 'why?' })
    .click();
  await page.getByRole('heading', { name: `Contact ${SUPPRESSED}`, level: 1 }).waitFor();
  const row = page.locator('section[aria-labelledby="messages"] tbody tr', {
    hasText: 'Spring sale',
  });
  expect(await row.locator('.badge').textContent()).toBe('suppressed');
  expect(await row.textContent()).toContain(
    'Not sent: Offers opt-out by customer, Template button (“Stop promotions”)',
  );
  expect(await page.locator('.verdict .headline').textContent()).toBe(
    'Suppressed for Offers; other marketing reaches this contact.',
  );
  await screenshot(page, 'contact-suppressed');
  expect(await accessibilityProblems(page)).toEqual([]);
});

it('changes the settings; dates then read in the new time zone', async () => {
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Time zone').fill('America/Sao_Paulo');
  await page.getByLabel('Marketing unsubscription duration (days)').fill('45');
  await page.getByLabel('Never an opt-out').fill('Stop & Shop, Never stop exploring');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Times in America/Sao_Paulo').waitFor();
  const tenant = await h.ctx.store.getTenant(h.ctx.defaultTenantId);
  expect(tenant?.settings).toMatchObject({ timeZone: 'America/Sao_Paulo', unsubscribeDays: 45 });
  expect(tenant?.settings.keywords.neverOptOut).toEqual(['Stop & Shop', 'Never stop exploring']);
  await screenshot(page, 'settings');
  expect(await accessibilityProblems(page)).toEqual([]);
  // T0 is 10:00 UTC: 07:00 in São Paulo.
  await page.goto(`${h.baseUrl}/console/#/tasks`);
  const created = page.locator('tbody tr', { hasText: 'Spring sale' }).locator('td').nth(4);
  await created.waitFor();
  expect(await created.textContent()).toBe('15 Jan 2026, 07:00');
});

it('writes as a customer in the sandbox and shows the conversation', async () => {
  await page.getByRole('link', { name: 'Sandbox' }).click();
  await page.getByLabel('Customer number').fill('4915100000001');
  await page.getByLabel('Message').fill('STOP');
  await page.getByRole('button', { name: 'Send to the business' }).click();
  await page.locator('.bubble.in', { hasText: 'STOP' }).waitFor();
  // The confirmation the service sent back, read from the sandbox.
  // The task's template came first; the confirmation follows once the inbox has processed the STOP.
  await page.locator('.bubble.out').nth(1).waitFor();
  const texts = await page.locator('.bubble').allTextContents();
  expect(texts[0]).toContain('Template “spring_sale”');
  expect(texts[1]).toContain('STOP');
  await screenshot(page, 'sandbox');
  expect(await accessibilityProblems(page)).toEqual([]);
});

it('shows the dashboard: opt-outs per day by source, top categories, tasks in flight, inbox lag', async () => {
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('heading', { name: 'Opt-outs per day, by source' }).waitFor();
  await page.locator('svg.chart').waitFor();
  const top = await page.locator('section[aria-labelledby="top-cat"] tbody tr').allTextContents();
  // The button opt-out recorded before the task, and the STOP written in the sandbox after it.
  expect(top).toEqual(['Offers2']);
  expect(await page.locator('.stats').textContent()).toContain('inbox lag');
  await screenshot(page, 'dashboard');
  expect(await accessibilityProblems(page)).toEqual([]);
});

it('reads the task and the contact’s page on a phone-sized screen', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${h.baseUrl}/console/#/tasks/${taskId}`);
  await page.locator('h1 .badge', { hasText: 'completed' }).waitFor();
  const overflow = 'document.documentElement.scrollWidth - document.documentElement.clientWidth';
  expect(await page.evaluate(overflow)).toBeLessThanOrEqual(0);
  await screenshot(page, 'task-phone');
  await page.goto(`${h.baseUrl}/console/#/contacts/${encodeURIComponent(SUPPRESSED)}`);
  await page.locator('.verdict .headline').waitFor();
  expect(await page.evaluate(overflow)).toBeLessThanOrEqual(0);
  await screenshot(page, 'contact-phone');
  await page.setViewportSize({ width: 1280, height: 900 });
});
