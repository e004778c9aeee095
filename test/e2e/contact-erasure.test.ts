/**
 * A contact's data rights end to end, on a SQLite file: the export holds everything about the
 * contact; the erasure removes the number from the database file itself (grepped, WAL included)
 * while a later task naming the number is still suppressed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createTestContext, type TestContext } from '../support/context';
import { customerSays } from '../support/webhook';
import {
  addRecipients,
  auth,
  createTask,
  driveUntil,
  numbers,
  publish,
  sandboxOf,
  stats,
  taskStatus,
  testDispatcher,
} from './dispatch-helpers';

const CUSTOMER = '+5511987654321';
const WA = '5511987654321';

let ctx: TestContext;
let dir: string;
let dbPath: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stopline-erase-'));
  dbPath = join(dir, 'stopline.db');
  ctx = await createTestContext({ dbPath });
});
afterEach(async () => {
  await ctx.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Whether any file of the database (main file, WAL, shared memory) contains `text`. */
function databaseContains(text: string): boolean {
  return [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]
    .filter((p) => existsSync(p))
    .some((p) => readFileSync(p).includes(Buffer.from(text)));
}

it('exports everything, erases the number from the file, and keeps it suppressed', async () => {
  const sandbox = sandboxOf(ctx);
  // The contact's history: a task message, a consent, a STOP (opt-out + reply + conversation).
  const first = await createTask(ctx, { name: 'First' });
  await addRecipients(ctx, first, [{ contact: CUSTOMER, params: ['Maria Silva'] }]);
  await publish(ctx, first);
  await driveUntil(
    ctx,
    [testDispatcher(ctx)],
    async () => (await taskStatus(ctx, first)) === 'completed',
  );
  await request(ctx.app)
    .post('/admin/consents')
    .set(auth)
    .send({ channel: 'whatsapp', contact: CUSTOMER, evidence: { wording: 'Yes to offers' } });
  await customerSays(ctx, { from: WA, text: 'STOP' });
  await customerSays(ctx, {
    from: WA,
    text: 'Obrigada, aqui é a Maria',
    profileName: 'Maria Perfil',
  });

  const exported = await request(ctx.app)
    .get(`/admin/contacts/${encodeURIComponent(CUSTOMER)}/export`)
    .set(auth);
  expect(exported.status).toBe(200);
  expect(exported.body).toMatchObject({
    contact: CUSTOMER,
    identifiers: expect.arrayContaining([CUSTOMER]),
    consents: [expect.objectContaining({ source: 'api', events: [expect.any(Object)] })],
    optOuts: [expect.objectContaining({ origin: 'customer', events: [expect.any(Object)] })],
    taskMessages: [expect.objectContaining({ taskId: first, params: ['Maria Silva'] })],
    replies: [expect.objectContaining({ text: 'Obrigada, aqui é a Maria' })],
    conversations: [expect.objectContaining({ contact: CUSTOMER })],
    erasure: [],
  });
  // The customer's own messages as the inbox still holds them, with WhatsApp's profile name.
  expect(
    exported.body.inboundMessages.map((m: { text: string; profileName: string | null }) => [
      m.text,
      m.profileName,
    ]),
  ).toEqual([
    ['STOP', expect.anything()],
    ['Obrigada, aqui é a Maria', 'Maria Perfil'],
  ]);
  expect(JSON.stringify(exported.body)).not.toMatch(/tenantId/);

  expect(databaseContains(WA)).toBe(true);
  expect(databaseContains('Maria Silva')).toBe(true);
  const erased = await request(ctx.app)
    .post(`/admin/contacts/${encodeURIComponent(CUSTOMER)}/erase`)
    .set(auth);
  expect(erased.status).toBe(200);
  expect(erased.body).toMatchObject({ erased: true, optOuts: 1, consents: 1, recipients: 1 });
  // The number (with or without "+") and the personal texts are gone from the files.
  expect(databaseContains(WA)).toBe(false);
  expect(databaseContains('Maria')).toBe(false);
  expect(databaseContains('Yes to offers')).toBe(false);
  const after = await request(ctx.app)
    .get(`/admin/contacts/${encodeURIComponent(CUSTOMER)}/export`)
    .set(auth);
  expect(after.body).toMatchObject({
    optOuts: [],
    consents: [],
    taskMessages: [],
    replies: [],
    inboundMessages: [],
    // What is left: the erasure, which keeps the number suppressed by keyed hashes (one for
    // the number, one for its Brazilian form without the ninth digit).
    erasure: [
      { erasedAt: expect.any(String), optOutId: expect.any(String) },
      { erasedAt: expect.any(String), optOutId: expect.any(String) },
    ],
  });
  expect(databaseContains('Perfil')).toBe(false);
  expect(await ctx.metrics.registry.getSingleMetricAsString('stopline_erasures_total')).toMatch(
    /stopline_erasures_total 1/,
  );

  // A later task naming the number: recognised by its keyed hash and suppressed.
  sandbox.clear();
  const others = numbers(3);
  const later = await createTask(ctx, { name: 'Later' });
  await addRecipients(
    ctx,
    later,
    [CUSTOMER, ...others].map((contact) => ({ contact })),
  );
  await publish(ctx, later);
  await driveUntil(
    ctx,
    [testDispatcher(ctx)],
    async () => (await taskStatus(ctx, later)) === 'completed',
  );
  expect(
    sandbox
      .messages()
      .map((m) => `+${m.to}`)
      .sort(),
  ).toEqual([...others].sort());
  expect(await stats(ctx, later)).toMatchObject({ sent: 3, suppressed: 1 });
});

it("one tenant's erasure leaves another tenant's data alone", async () => {
  const other = await ctx.createTenant('Other', '300000000000009');
  await request(ctx.app)
    .post('/admin/consents')
    .set(auth)
    .send({ channel: 'whatsapp', contact: CUSTOMER });
  const res = await request(ctx.app)
    .post(`/admin/contacts/${encodeURIComponent(CUSTOMER)}/erase`)
    .set({ Authorization: `Bearer ${other.apiKey}` });
  expect(res.body).toMatchObject({ erased: true, consents: 0 });
  const mine = await request(ctx.app).get('/admin/consents').set(auth);
  expect(mine.body.items).toHaveLength(1);
});
