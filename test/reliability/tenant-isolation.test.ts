/**
 * Tenant isolation, table-driven: tenant B's key against tenant A's ids on every tenant route the
 * app serves (the table is checked against the app's router, so a new route fails this test until
 * it is added). A's ids answer 404 (the sandbox: 403 for A's number; platform routes: 401), lists
 * show only B's own data, no body ever contains anything of A's, and A's data is unchanged.
 */
import request from 'supertest';
import { createTestContext, type TestContext } from '../support/context';
import { customerSays } from '../support/webhook';
import { appRoutes } from './support/app-routes';
import {
  A_CONTACTS,
  A_NUMBER,
  B_NUMBER,
  A_WABA,
  B_WABA,
  isolationTable,
  PUBLIC,
  resolveIds,
} from './support/isolation-table';
import { anErrorBody } from '../support/error-body';

let ctx: TestContext;
let aKey: string;
let bKey: string;
const a: Record<string, string> = {};
let bDraft: string;

const as = (
  key: string,
  method: 'get' | 'post' | 'put' | 'patch' | 'delete',
  path: string,
  body?: object,
) => {
  const req = request(ctx.app)[method](path).set('authorization', `Bearer ${key}`);
  return body === undefined ? req : req.send(body);
};

async function created(res: request.Response): Promise<string> {
  if (res.status !== 201 && res.status !== 200)
    throw new Error(`set-up failed: ${res.status} ${res.text}`);
  return (res.body as { id: string }).id;
}

beforeAll(async () => {
  ctx = await createTestContext();
  const tenantA = await ctx.createTenant('Acme Victim', A_NUMBER);
  const tenantB = await ctx.createTenant('Bravo Prober', B_NUMBER);
  [aKey, bKey] = [tenantA.apiKey, tenantB.apiKey];
  a.tenant = tenantA.id;
  await ctx.services.tenants.update(tenantA.id, { wabaId: A_WABA });
  await ctx.services.tenants.update(tenantB.id, { wabaId: B_WABA });
  a.endpoint = await created(
    await as(aKey, 'post', '/admin/event-endpoints', {
      url: 'https://acme.example/stopline-hooks',
      events: ['*'],
    }),
  );
  await as(aKey, 'put', '/admin/settings', {
    timeZone: 'Asia/Tokyo',
    keywords: { optOut: ['acmestopword'] },
  });
  a.category = await created(
    await as(aKey, 'post', '/admin/categories', {
      name: 'Acme Secret Deals',
      unsubscribeDays: 9,
      keywords: ['acmekeyword'],
    }),
  );
  a.optOut = await created(
    await as(aKey, 'post', '/admin/opt-outs', {
      channel: 'whatsapp',
      contact: A_CONTACTS[0],
      categoryId: a.category,
      remarks: 'acme remark',
    }),
  );
  a.consent = await created(
    await as(aKey, 'post', '/admin/consents', {
      channel: 'whatsapp',
      contact: A_CONTACTS[0],
      categoryId: a.category,
      evidence: { wording: 'acme wording' },
    }),
  );
  const task = {
    name: 'Acme Draft Task',
    type: 'marketing',
    channel: 'whatsapp',
    categoryId: a.category,
    template: { name: 'acme_sale', language: 'en' },
  };
  a.draft = await created(await as(aKey, 'post', '/admin/tasks', task));
  a.task = await created(
    await as(aKey, 'post', '/admin/tasks', { ...task, name: 'Acme Live Task' }),
  );
  const recipients = A_CONTACTS.slice(1, 3).map((contact) => ({ contact, params: ['AcmeParam'] }));
  await as(aKey, 'post', `/admin/tasks/${a.task}/recipients`, { recipients });
  await as(aKey, 'post', `/admin/tasks/${a.task}/publish`);
  a.import = (
    await ctx.store.createImport(a.tenant, 'opt_outs', null, ctx.clock.now(), 'test-instance')
  ).id;
  // A customer of A says STOP: an opt-out and a reply from A's number in the sandbox.
  await customerSays(ctx, { phoneNumberId: A_NUMBER, from: A_CONTACTS[3]!.slice(1), text: 'STOP' });
  bDraft = await created(
    await as(bKey, 'post', '/admin/tasks', {
      ...task,
      name: 'Bravo Task',
      categoryId: null,
      template: { name: 'bravo_sale', language: 'en' },
    }),
  );
});
afterAll(async () => ctx.close());

/** The ids the table's {a.x} / {b.x} tokens stand for. */
function resolve<T>(value: T): T {
  const ids = Object.fromEntries(Object.entries(a).map(([k, v]) => [`a.${k}`, v]));
  return resolveIds(value, { ...ids, 'b.draft': bDraft });
}

/** Anything of A's that must never appear in an answer to B. */
function aMarkers(): string[] {
  return [
    ...Object.values(a),
    A_NUMBER,
    'Acme',
    'acme',
    'AcmeParam',
    'Asia/Tokyo',
    ...A_CONTACTS.map((c) => c.slice(1)),
  ];
}

it('the table covers every tenant route the app serves', () => {
  const covered = new Set(isolationTable().map((r) => r.route));
  expect(appRoutes(ctx.app).filter((r) => !PUBLIC.includes(r) && !covered.has(r))).toEqual([]);
  expect([...covered].filter((r) => !appRoutes(ctx.app).includes(r))).toEqual([]);
});

describe("tenant B's key against tenant A's data", () => {
  it.each(isolationTable().map((r) => [`${r.route} ${r.path} → ${r.expect}`, r] as const))(
    '%s',
    async (_name, template) => {
      const row = resolve(template);
      const method = row.route.split(' ')[0]!.toLowerCase() as
        'get' | 'post' | 'put' | 'patch' | 'delete';
      const res = await as(bKey, method, row.path, row.body);
      if (row.expect === 'own') expect(res.status).toBeLessThan(300);
      else expect(res.status).toBe(row.expect);
      if (res.status >= 400) expect(res.body).toEqual(anErrorBody());
      // What B sent may come back (B created a category named like A's, asked for A's number): that
      // is B's own input, not A's data.
      const sent = `${row.path} ${JSON.stringify(row.body ?? {})}`.toLowerCase();
      const leaked = aMarkers().filter(
        (m) => res.text.includes(m) && !sent.includes(m.toLowerCase()),
      );
      expect(leaked).toEqual([]);
    },
  );
});

it("A's opt-outs neither suppress for B nor can be reached through B's imports", async () => {
  const checkOf = (contact: string) =>
    as(
      bKey,
      'get',
      `/admin/opt-outs/check?channel=whatsapp&contact=${encodeURIComponent(contact)}`,
    );
  // A_CONTACTS[3] has an active opt-out in A only.
  expect((await checkOf(A_CONTACTS[3]!)).body).toEqual({ suppressed: false, optOuts: [] });
  // A_CONTACTS[0] too, but B erased that number itself (the table's erase row): B's check shows
  // B's own erasure entries (keyed hashes under B's secret), never A's opt-out.
  const erased = (await checkOf(A_CONTACTS[0]!)).body as {
    optOuts: { id: string; source: string }[];
  };
  expect(erased.optOuts.every((o) => o.source === 'erasure' && o.id !== a.optOut)).toBe(true);
  const imported = await as(bKey, 'post', '/admin/opt-outs/import', {
    rows: [{ channel: 'whatsapp', contact: A_CONTACTS[2], categoryId: a.category }],
  });
  expect(imported.body).toMatchObject({ created: 0, invalidCount: 1 });
});

it("leaves A's data as it was, and A's key working", async () => {
  expect((await as(aKey, 'get', `/admin/categories/${a.category}`)).body.name).toBe(
    'Acme Secret Deals',
  );
  expect((await as(aKey, 'get', `/admin/opt-outs/${a.optOut}`)).body.revokedAt).toBeNull();
  expect((await as(aKey, 'get', `/admin/consents/${a.consent}`)).body.active).toBe(true);
  expect((await as(aKey, 'get', `/admin/tasks/${a.draft}`)).body).toMatchObject({
    name: 'Acme Draft Task',
    status: 'draft',
  });
  expect((await as(aKey, 'get', `/admin/tasks/${a.task}`)).body.status).toBe('scheduled');
  expect((await as(aKey, 'get', `/admin/tasks/${a.task}/recipients`)).body.items).toHaveLength(2);
  expect((await as(aKey, 'get', '/admin/settings')).body.timeZone).toBe('Asia/Tokyo');
  const optOuts = (await as(aKey, 'get', '/admin/opt-outs')).body.items as { contact: string }[];
  expect(optOuts.map((o) => o.contact).sort()).toEqual([A_CONTACTS[0], A_CONTACTS[3]]);
  const messages = (await as(aKey, 'get', '/sandbox/messages')).body.messages as { to: string }[];
  expect(messages.map((m) => m.to)).toEqual([A_CONTACTS[3]!.slice(1)]);
});
