/**
 * fast-check arbitraries for admin requests the existing fuzz (test/http/admin-fuzz.test.ts)
 * does not reach: the task routes (create, patch, recipients as JSON and CSV, lists, lifecycle
 * actions, preview), imports, opt-out and category ids, platform tenant routes and the sandbox.
 * Bodies are random, or a valid body with one part broken (which gets past the first checks).
 */
import fc from 'fast-check';
import { broken, csv, jsonBody, query, randomObject, TASK_KEYS } from './admin-bodies';
import type { Json } from './json-mutations';

export interface AdminRequest {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  query?: Record<string, string>;
  /** platform = ADMIN_TOKEN; tenant = the tenant key under test. */
  auth: 'tenant' | 'platform';
  contentType?: string;
  /** Sent as is (already serialised). */
  body?: string;
}

export interface Ids {
  draftTaskId: string;
  taskId: string;
  categoryId: string;
  optOutId: string;
  importId: string;
  tenantId: string;
  otherTenantId: string;
}

export const validTask = (categoryId: string): Json => ({
  name: 'Spring sale',
  type: 'marketing',
  channel: 'whatsapp',
  categoryId,
  template: { name: 'spring_sale', language: 'pt_BR', optOutButtonIndex: 1 },
  startAt: '2026-02-01T10:00:00Z',
  endAt: '2026-02-02T10:00:00Z',
  policy: { window: { start: '09:00', end: '18:00', days: [1, 2, 3] }, messagesPerSecond: 10 },
  followUp: { assignees: ['ana@example.com'] },
});

export function adminRequest(ids: Ids): fc.Arbitrary<AdminRequest> {
  const id = fc.oneof(
    fc.constantFrom(
      ids.draftTaskId,
      ids.taskId,
      ids.categoryId,
      ids.optOutId,
      ids.importId,
      ids.tenantId,
      ids.otherTenantId,
    ),
    fc.string({ minLength: 1, maxLength: 40 }),
    fc.constantFrom('..', '%', '.', 'null', 'undefined', '0', '-1', '9'.repeat(200)),
  );
  const taskBody = fc.oneof(broken(validTask(ids.categoryId)), randomObject(TASK_KEYS));
  const patchBody = fc.oneof(
    broken({ name: 'Renamed', policy: { messagesPerSecond: 5 } }),
    randomObject(TASK_KEYS),
  );
  const recipientsJson = fc.oneof(
    broken({
      recipients: [
        { contact: '+5511987654321', params: ['Ana'] },
        { contact: '+4915112345678', params: { name: 'Ben' } },
      ],
    }),
    randomObject(['recipients']),
    fc
      .array(randomObject(['contact', 'params']), { maxLength: 5 })
      .map((rows) => ({ recipients: rows }) as Json),
  );
  const inbound = fc.oneof(
    broken({ from: '+5511987654321', text: 'STOP' }),
    randomObject([
      'from',
      'userId',
      'text',
      'buttonPayload',
      'interactiveId',
      'contextId',
      'phoneNumberId',
      'preference',
      'profileName',
    ]),
  );
  const failure = fc.oneof(
    broken({ code: 131056, count: 1 }),
    randomObject(['code', 'httpStatus', 'timeout', 'count', 'to', 'phoneNumberId']),
  );
  const tenant = fc.oneof(
    broken({ name: 'New Co', phoneNumberId: '123456789', settings: { unsubscribeDays: 30 } }),
    randomObject(['name', 'phoneNumberId', 'accessToken', 'settings']),
  );
  const category = fc.oneof(
    broken({ name: 'Offers', unsubscribeDays: 7, keywords: ['deals'] }),
    randomObject(['name', 'unsubscribeDays', 'description', 'keywords']),
  );

  const withBody = (
    method: AdminRequest['method'],
    path: string,
    auth: AdminRequest['auth'],
    body: fc.Arbitrary<Json>,
  ) => jsonBody(body).map((b): AdminRequest => ({ method, path, auth, ...b }));
  return fc.oneof(
    withBody('post', '/admin/tasks', 'tenant', taskBody),
    id.chain((x) =>
      withBody('patch', `/admin/tasks/${encodeURIComponent(x)}`, 'tenant', patchBody),
    ),
    withBody('patch', `/admin/tasks/${ids.draftTaskId}`, 'tenant', patchBody),
    withBody('post', `/admin/tasks/${ids.draftTaskId}/recipients`, 'tenant', recipientsJson),
    csv.map((body): AdminRequest => ({
      method: 'post',
      path: `/admin/tasks/${ids.draftTaskId}/recipients`,
      auth: 'tenant',
      contentType: 'text/csv',
      body,
    })),
    fc
      .tuple(id, fc.constantFrom('publish', 'pause', 'resume', 'cancel'))
      .map(([x, action]): AdminRequest => ({
        method: 'post',
        path: `/admin/tasks/${encodeURIComponent(x)}/${action}`,
        auth: 'tenant',
      })),
    fc
      .tuple(id, fc.constantFrom('', '/recipients', '/replies', '/preview'))
      .map(([x, sub]): AdminRequest => ({
        method: 'get',
        path: `/admin/tasks/${encodeURIComponent(x)}${sub}`,
        auth: 'tenant',
      })),
    query(['status', 'limit', 'cursor']).map((q): AdminRequest => ({
      method: 'get',
      path: '/admin/tasks',
      auth: 'tenant',
      query: q,
    })),
    fc
      .tuple(fc.constantFrom('/recipients', '/replies'), query(['status', 'limit', 'cursor']))
      .map(([sub, q]): AdminRequest => ({
        method: 'get',
        path: `/admin/tasks/${ids.taskId}${sub}`,
        auth: 'tenant',
        query: q,
      })),
    id.map((x): AdminRequest => ({
      method: 'get',
      path: `/admin/imports/${encodeURIComponent(x)}`,
      auth: 'tenant',
    })),
    fc
      .tuple(
        id,
        fc.constantFrom('get', 'delete') as fc.Arbitrary<'get' | 'delete'>,
        fc.constantFrom('', '/events'),
      )
      .map(([x, method, sub]): AdminRequest => ({
        method: sub ? 'get' : method,
        path: `/admin/opt-outs/${encodeURIComponent(x)}${sub}`,
        auth: 'tenant',
      })),
    id.chain((x) =>
      withBody('patch', `/admin/categories/${encodeURIComponent(x)}`, 'tenant', category),
    ),
    withBody('post', '/admin/tenants', 'platform', tenant),
    id.chain((x) =>
      withBody('patch', `/admin/tenants/${encodeURIComponent(x)}`, 'platform', tenant),
    ),
    // Never tenant A's own id here: rotating its key would turn every later request into a 401.
    id
      .filter((x) => x !== ids.tenantId)
      .map((x): AdminRequest => ({
        method: 'post',
        path: `/admin/tenants/${encodeURIComponent(x)}/rotate-key`,
        auth: 'platform',
      })),
    fc
      .tuple(fc.constantFrom('tenant', 'platform') as fc.Arbitrary<'tenant' | 'platform'>, inbound)
      .chain(([auth, b]) => withBody('post', '/sandbox/inbound', auth, fc.constant(b))),
    withBody('post', '/sandbox/failures', 'tenant', failure),
    fc
      .tuple(
        fc.constantFrom('get', 'delete') as fc.Arbitrary<'get' | 'delete'>,
        query(['to', 'phoneNumberId']),
      )
      .map(([method, q]): AdminRequest => ({
        method,
        path: '/sandbox/messages',
        auth: 'tenant',
        query: q,
      })),
  );
}
