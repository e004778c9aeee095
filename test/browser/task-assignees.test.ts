/**
 * Assignees are refused with markup since followUp.assignees was validated (an email or a short
 * name), but tasks stored before that may hold any text: the console shows it as text, never as
 * markup. The task is written through the store, as an older version would have left it.
 */
import type { Page } from 'playwright-core';
import { openPage, signIn, startConsole, type ConsoleHarness } from './harness';

jest.setTimeout(90_000);

let h: ConsoleHarness;
let page: Page;
let problems: string[];

beforeAll(async () => {
  h = await startConsole();
  ({ page, problems } = await openPage(h));
  await signIn(h, page);
});
afterAll(async () => {
  await h?.close();
});

it('shows a stored assignee holding markup as text on the task page', async () => {
  const markup = '<img src=x onerror="document.title=\'owned\'"><b>Ana</b>';
  const task = await h.ctx.store.createTask(
    h.ctx.defaultTenantId,
    {
      name: 'Old task',
      categoryId: null,
      template: { name: 'spring_sale', language: 'en', optOutButtonIndex: null },
      startAt: null,
      endAt: null,
      policy: { window: null, messagesPerSecond: null },
      followUp: { assignees: [markup, 'ana@acme.example'] },
    },
    h.ctx.clock.now(),
  );
  await page.goto(`${h.baseUrl}/console/#/tasks/${encodeURIComponent(task.id)}`);
  await page.getByRole('heading', { name: /Old task/, level: 1 }).waitFor();
  const followUp = page
    .locator('dt', { hasText: 'Follow-up' })
    .locator('xpath=following-sibling::dd');
  expect(await followUp.textContent()).toBe(`${markup}, ana@acme.example`);
  expect(await page.locator('main img, main b').count()).toBe(0);
  expect(await page.title()).not.toBe('owned');
  expect(problems).toEqual([]);
});
