/**
 * The tenant-isolation table: every tenant route, called with tenant B's key against tenant A's
 * data. Ids exist only after set-up, so rows name them as {a.category}, {b.draft} ... and
 * `resolveIds` fills them in.
 */
export const A_NUMBER = '300000000000001';
export const B_NUMBER = '300000000000002';
export const A_WABA = '310000000000001';
export const B_WABA = '310000000000002';
export const A_CONTACTS = ['+5511999990001', '+5511999990002', '+5511999990003', '+5511999990004'];
/** Routes that belong to no tenant. */
export const PUBLIC = [
  'GET /healthz',
  'GET /readyz',
  'GET /metrics',
  'GET /openapi.json',
  'GET /webhook',
  'POST /webhook',
  'GET /preferences',
  'POST /preferences',
];

export interface Row {
  route: string;
  path: string;
  body?: object;
  /** 'own': 2xx with B's own data only. */
  expect: 404 | 403 | 401 | 'own';
}

/** `value` with every {a.x} / {b.x} token replaced by the id in `ids` ("a.category" → ...). */
export function resolveIds<T>(value: T, ids: Record<string, string>): T {
  const text = JSON.stringify(value).replace(
    /\{([ab]\.\w+)\}/g,
    (_m, key: string) => ids[key] ?? `missing-${key}`,
  );
  return JSON.parse(text) as T;
}

export function isolationTable(): Row[] {
  const task = (action: string, id = '{a.task}') => `/admin/tasks/${id}${action}`;
  return [
    { route: 'GET /admin/settings', path: '/admin/settings', expect: 'own' },
    {
      route: 'PUT /admin/settings',
      path: '/admin/settings',
      body: { unsubscribeDays: 10 },
      expect: 'own',
    },
    { route: 'GET /admin/categories', path: '/admin/categories', expect: 'own' },
    // The same name as A's category is free for B: a 409 would reveal A's names.
    {
      route: 'POST /admin/categories',
      path: '/admin/categories',
      body: { name: 'Acme Secret Deals', unsubscribeDays: 3 },
      expect: 'own',
    },
    { route: 'GET /admin/categories/:id', path: `/admin/categories/{a.category}`, expect: 404 },
    {
      route: 'PATCH /admin/categories/:id',
      path: `/admin/categories/{a.category}`,
      body: { name: 'Stolen' },
      expect: 404,
    },
    { route: 'DELETE /admin/categories/:id', path: `/admin/categories/{a.category}`, expect: 404 },
    {
      route: 'POST /admin/opt-outs',
      path: '/admin/opt-outs',
      body: { channel: 'whatsapp', contact: A_CONTACTS[1], categoryId: '{a.category}' },
      expect: 404,
    },
    { route: 'GET /admin/opt-outs', path: '/admin/opt-outs', expect: 'own' },
    {
      route: 'GET /admin/opt-outs',
      path: `/admin/opt-outs?channel=whatsapp&contact=${encodeURIComponent(A_CONTACTS[0]!)}`,
      expect: 'own',
    },
    {
      route: 'GET /admin/opt-outs/check',
      path: `/admin/opt-outs/check?channel=whatsapp&contact=${encodeURIComponent(A_CONTACTS[0]!)}`,
      expect: 'own',
    },
    {
      route: 'GET /admin/opt-outs/check',
      path: `/admin/opt-outs/check?channel=whatsapp&contact=${encodeURIComponent(A_CONTACTS[0]!)}&categoryId={a.category}`,
      expect: 404,
    },
    { route: 'GET /admin/opt-outs/export.csv', path: '/admin/opt-outs/export.csv', expect: 'own' },
    {
      route: 'POST /admin/opt-outs/revoke-error-burst',
      path: '/admin/opt-outs/revoke-error-burst',
      body: { from: '2000-01-01T00:00:00Z', reason: 'probing' },
      expect: 'own',
    },
    {
      route: 'GET /admin/contacts/:contact',
      path: `/admin/contacts/${encodeURIComponent(A_CONTACTS[0]!)}`,
      expect: 'own',
    },
    { route: 'GET /admin/dashboard', path: '/admin/dashboard', expect: 'own' },
    { route: 'GET /admin/reply-texts', path: '/admin/reply-texts', expect: 'own' },
    { route: 'GET /admin/session', path: '/admin/session', expect: 'own' },
    {
      route: 'POST /admin/opt-outs/import',
      path: '/admin/opt-outs/import',
      body: { rows: [{ channel: 'whatsapp', contact: A_CONTACTS[1], categoryId: '{a.category}' }] },
      expect: 'own',
    },
    { route: 'GET /admin/opt-outs/:id', path: `/admin/opt-outs/{a.optOut}`, expect: 404 },
    {
      route: 'DELETE /admin/opt-outs/:id',
      path: `/admin/opt-outs/{a.optOut}`,
      body: { reason: 'probing' },
      expect: 404,
    },
    {
      route: 'GET /admin/opt-outs/:id/events',
      path: `/admin/opt-outs/{a.optOut}/events`,
      expect: 404,
    },
    {
      route: 'POST /admin/consents',
      path: '/admin/consents',
      body: { channel: 'whatsapp', contact: A_CONTACTS[1], categoryId: '{a.category}' },
      expect: 404,
    },
    { route: 'GET /admin/consents', path: '/admin/consents', expect: 'own' },
    {
      route: 'GET /admin/consents',
      path: `/admin/consents?contact=${encodeURIComponent(A_CONTACTS[0]!)}`,
      expect: 'own',
    },
    {
      route: 'POST /admin/consents/import',
      path: '/admin/consents/import',
      body: { rows: [{ contact: A_CONTACTS[1], categoryId: '{a.category}' }] },
      expect: 'own',
    },
    { route: 'GET /admin/consents/:id', path: `/admin/consents/{a.consent}`, expect: 404 },
    {
      route: 'GET /admin/consents/:id/events',
      path: `/admin/consents/{a.consent}/events`,
      expect: 404,
    },
    {
      route: 'DELETE /admin/consents/:id',
      path: `/admin/consents/{a.consent}`,
      body: { reason: 'probing' },
      expect: 404,
    },
    {
      route: 'GET /admin/contacts/:contact/consents',
      path: `/admin/contacts/${encodeURIComponent(A_CONTACTS[0]!)}/consents`,
      expect: 'own',
    },
    {
      route: 'GET /admin/contacts/:contact/export',
      path: `/admin/contacts/${encodeURIComponent(A_CONTACTS[0]!)}/export`,
      expect: 'own',
    },
    {
      route: 'POST /admin/contacts/:contact/erase',
      path: `/admin/contacts/${encodeURIComponent(A_CONTACTS[0]!)}/erase`,
      expect: 'own',
    },
    {
      route: 'POST /admin/contacts/:contact/preference-link',
      path: `/admin/contacts/${encodeURIComponent(A_CONTACTS[0]!)}/preference-link`,
      body: { categoryId: '{a.category}' },
      expect: 404,
    },
    { route: 'GET /admin/imports/:id', path: `/admin/imports/{a.import}`, expect: 404 },
    { route: 'GET /admin/tasks', path: '/admin/tasks', expect: 'own' },
    {
      route: 'POST /admin/tasks',
      path: '/admin/tasks',
      body: {
        name: 'X',
        type: 'marketing',
        channel: 'whatsapp',
        categoryId: '{a.category}',
        template: { name: 'x', language: 'en' },
      },
      expect: 404,
    },
    { route: 'GET /admin/tasks/:id', path: task(''), expect: 404 },
    {
      route: 'PATCH /admin/tasks/:id',
      path: task('', '{a.draft}'),
      body: { name: 'Stolen' },
      expect: 404,
    },
    {
      route: 'PATCH /admin/tasks/:id',
      path: task('', '{b.draft}'),
      body: { categoryId: '{a.category}' },
      expect: 404,
    },
    {
      route: 'POST /admin/tasks/:id/recipients',
      path: task('/recipients', '{a.draft}'),
      body: { recipients: [{ contact: '+4915112345678' }] },
      expect: 404,
    },
    { route: 'GET /admin/tasks/:id/recipients', path: task('/recipients'), expect: 404 },
    { route: 'GET /admin/tasks/:id/replies', path: task('/replies'), expect: 404 },
    { route: 'GET /admin/tasks/:id/preview', path: task('/preview'), expect: 404 },
    { route: 'POST /admin/tasks/:id/publish', path: task('/publish', '{a.draft}'), expect: 404 },
    { route: 'POST /admin/tasks/:id/pause', path: task('/pause'), expect: 404 },
    { route: 'POST /admin/tasks/:id/resume', path: task('/resume'), expect: 404 },
    { route: 'POST /admin/tasks/:id/cancel', path: task('/cancel'), expect: 404 },
    { route: 'GET /sandbox/messages', path: '/sandbox/messages', expect: 'own' },
    {
      route: 'GET /sandbox/messages',
      path: `/sandbox/messages?phoneNumberId=${A_NUMBER}`,
      expect: 403,
    },
    {
      route: 'DELETE /sandbox/messages',
      path: `/sandbox/messages?phoneNumberId=${A_NUMBER}`,
      expect: 403,
    },
    { route: 'DELETE /sandbox/messages', path: '/sandbox/messages', expect: 'own' },
    {
      route: 'POST /sandbox/failures',
      path: '/sandbox/failures',
      body: { phoneNumberId: A_NUMBER, code: 131056 },
      expect: 403,
    },
    {
      route: 'POST /sandbox/inbound',
      path: '/sandbox/inbound',
      body: { phoneNumberId: A_NUMBER, from: '+5511999990009', text: 'STOP' },
      expect: 403,
    },
    {
      route: 'POST /sandbox/inbound',
      path: '/sandbox/inbound',
      body: { from: A_CONTACTS[3], text: 'STATUS' },
      expect: 'own',
    },
    {
      route: 'POST /sandbox/signals',
      path: '/sandbox/signals',
      body: { wabaId: A_WABA, type: 'account', event: 'ACCOUNT_BANNED' },
      expect: 403,
    },
    {
      route: 'POST /sandbox/signals',
      path: '/sandbox/signals',
      body: { type: 'account', event: 'VERIFIED_ACCOUNT' },
      expect: 'own',
    },
    {
      route: 'POST /sandbox/templates',
      path: '/sandbox/templates',
      body: { wabaId: A_WABA, name: 'acme_sale', language: 'en', status: 'PAUSED' },
      expect: 403,
    },
    {
      route: 'POST /sandbox/templates',
      path: '/sandbox/templates',
      body: { name: 'bravo_sale', language: 'en' },
      expect: 'own',
    },
    { route: 'GET /admin/event-endpoints', path: '/admin/event-endpoints', expect: 'own' },
    {
      route: 'POST /admin/event-endpoints',
      path: '/admin/event-endpoints',
      body: { url: 'https://bravo.example/hooks', events: ['*'] },
      expect: 'own',
    },
    {
      route: 'GET /admin/event-endpoints/:id',
      path: '/admin/event-endpoints/{a.endpoint}',
      expect: 404,
    },
    {
      route: 'DELETE /admin/event-endpoints/:id',
      path: '/admin/event-endpoints/{a.endpoint}',
      expect: 404,
    },
    {
      route: 'POST /admin/event-endpoints/:id/replay',
      path: '/admin/event-endpoints/{a.endpoint}/replay',
      expect: 404,
    },
    {
      route: 'POST /admin/event-endpoints/:id/rotate-secret',
      path: '/admin/event-endpoints/{a.endpoint}/rotate-secret',
      body: {},
      expect: 404,
    },
    // A tenant key is a known credential that may not manage tenants: 403, not 401 (issue 12).
    { route: 'GET /admin/tenants', path: '/admin/tenants', expect: 403 },
    { route: 'POST /admin/tenants', path: '/admin/tenants', body: { name: 'Sneaky' }, expect: 403 },
    { route: 'GET /admin/tenants/:id', path: `/admin/tenants/{a.tenant}`, expect: 403 },
    {
      route: 'PATCH /admin/tenants/:id',
      path: `/admin/tenants/{a.tenant}`,
      body: { name: 'Owned' },
      expect: 403,
    },
    {
      route: 'POST /admin/tenants/:id/rotate-key',
      path: `/admin/tenants/{a.tenant}/rotate-key`,
      expect: 403,
    },
  ];
}
