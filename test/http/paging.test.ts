/**
 * One paging rule for every list: walks every list route of the OpenAPI document (an operation
 * named list*, or one that answers a page) and holds each to the rule in page-query.ts, in the
 * document and over HTTP. The sandbox's /sandbox/messages (a stand-in for Meta's Graph API,
 * never in production, answering `{ messages }` as the README shows) is not an admin list.
 */
import { buildOpenApiDocument } from '../../src/http/openapi/document';
import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX } from '../../src/http/routes/page-query';
import { operations, type Doc } from '../support/openapi-doc';
import { TEST_ADMIN_TOKEN } from '../support/context';
import { adminFixture, as, type AdminFixture } from './admin-helpers';

interface Param {
  name: string;
  in: string;
  required?: boolean;
  schema: { type?: string; minimum?: number; maximum?: number; default?: unknown };
}
interface JsonSchemaLike {
  $ref?: string;
  allOf?: JsonSchemaLike[];
  required?: string[];
  properties?: Record<string, unknown>;
}

const doc = buildOpenApiDocument({ sandbox: true }) as Doc;

function isPage(schema: JsonSchemaLike | undefined): boolean {
  if (!schema) return false;
  if (schema.allOf) return schema.allOf.some(isPage);
  return (
    (schema.required ?? []).includes('items') && (schema.required ?? []).includes('nextCursor')
  );
}

const lists = operations(doc).filter(([method, path, op]) => {
  if (method !== 'get' || path.startsWith('/sandbox/')) return false;
  const ok = op.responses['200'] as
    { content?: Record<string, { schema?: JsonSchemaLike }> } | undefined;
  return op.operationId.startsWith('list') || isPage(ok?.content?.['application/json']?.schema);
});

let f: AdminFixture;
const ids: Record<string, string> = {};
beforeAll(async () => {
  f = await adminFixture();
  const api = as(f.ctx, f.key);
  const optOut = await api
    .post('/admin/opt-outs')
    .send({ channel: 'whatsapp', contact: '+5511987654321' });
  ids.optOut = optOut.body.id;
  const task = await api.post('/admin/tasks').send({
    name: 'Sale',
    type: 'marketing',
    channel: 'whatsapp',
    template: { name: 'sale', language: 'en' },
  });
  ids.task = task.body.id;
  const consent = await api
    .post('/admin/consents')
    .send({ channel: 'whatsapp', contact: '+5511987654321' });
  ids.consent = consent.body.id;
});
afterAll(async () => f.ctx.close());

function urlOf(path: string): string {
  return path
    .replace('/admin/opt-outs/{id}', `/admin/opt-outs/${ids.optOut}`)
    .replace('/admin/tasks/{id}', `/admin/tasks/${ids.task}`)
    .replace('/admin/consents/{id}', `/admin/consents/${ids.consent}`)
    .replace('{contact}', encodeURIComponent('+5511987654321'));
}
const keyFor = (path: string) => (path.startsWith('/admin/tenants') ? TEST_ADMIN_TOKEN : f.key);
const get = (path: string, query: string) => as(f.ctx, keyFor(path)).get(`${urlOf(path)}?${query}`);

it('finds the list routes (the walk sees them all)', () => {
  expect(lists.map(([, path]) => path).sort()).toEqual([
    '/admin/categories',
    '/admin/consents',
    '/admin/consents/{id}/events',
    '/admin/contacts/{contact}/consents',
    '/admin/event-endpoints',
    '/admin/opt-outs',
    '/admin/opt-outs/{id}/events',
    '/admin/tasks',
    '/admin/tasks/{id}/recipients',
    '/admin/tasks/{id}/replies',
    '/admin/tenants',
  ]);
});

describe.each(lists.map(([, path, op]) => [path, op] as const))('GET %s', (path, op) => {
  it('documents limit (1..max, the one default) and cursor, and answers a page', () => {
    const params = (op.parameters ?? []) as Param[];
    const limit = params.find((p) => p.in === 'query' && p.name === 'limit');
    expect(limit?.schema).toMatchObject({
      minimum: 1,
      maximum: PAGE_LIMIT_MAX,
      default: PAGE_LIMIT_DEFAULT,
    });
    expect(params.find((p) => p.in === 'query' && p.name === 'cursor')).toBeDefined();
    const ok = op.responses['200'] as { content: Record<string, { schema: JsonSchemaLike }> };
    expect(isPage(ok.content['application/json']!.schema)).toBe(true);
  });

  it(`accepts limit=${PAGE_LIMIT_MAX} and answers { items, nextCursor }`, async () => {
    const res = await get(path, `limit=${PAGE_LIMIT_MAX}`);
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.items)).toBe(true);
    expect(res.body).toHaveProperty('nextCursor', null);
  });

  it.each([
    [
      String(PAGE_LIMIT_MAX + 1),
      /"limit": must be at most 500; page through longer lists with cursor/,
    ],
    ['0', /"limit": must be at least 1 \(a whole number from 1 to 500\)/],
    ['abc', /"limit": must be a whole number from 1 to 500 \(default 50\)/],
    ['2.5', /"limit": must be a whole number from 1 to 500/],
  ])('refuses limit=%s with the rule in the message', async (value, message) => {
    const res = await get(path, `limit=${value}`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
    expect(res.body.error).not.toMatch(/NaN|expected number/);
  });

  it('refuses a cursor it never returned', async () => {
    const res = await get(path, 'cursor=nope');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/nextCursor/);
  });

  it('refuses a well-formed id the API never returned as a cursor (invalid_cursor)', async () => {
    const res = await get(path, 'cursor=ffffffffffffffffffffffff');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_cursor');
  });
});

it('pages the opt-out events with the cursor', async () => {
  const api = as(f.ctx, f.key);
  for (let i = 0; i < 2; i++)
    await api
      .post('/admin/opt-outs')
      .send({ channel: 'whatsapp', contact: '+5511987654321', validDays: 400 + i });
  const first = await api.get(`/admin/opt-outs/${ids.optOut}/events?limit=2`);
  expect(first.body.items).toHaveLength(2);
  // Opaque: the store's cursor (the last item's id) sealed to this list and tenant.
  expect(first.body.nextCursor).toMatch(new RegExp(`^${first.body.items[1].id}\\.`));
  const second = await api.get(
    `/admin/opt-outs/${ids.optOut}/events?limit=2&cursor=${first.body.nextCursor}`,
  );
  expect(second.body.items.length).toBeGreaterThanOrEqual(1);
  expect(second.body.items[0].id).not.toBe(first.body.items[1].id);
});
