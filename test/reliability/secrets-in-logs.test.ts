/**
 * Secrets and phone numbers in logs: every log line written during a whole scenario (tenant
 * created and patched with access tokens, admin work on opt-outs and tasks, customers talking,
 * a task dispatched to a Graph API on 127.0.0.1 that also answers with errors and dropped
 * connections, status webhooks, bad requests) is captured at the most verbose level. None may
 * contain an access token, the app secret, an API key, ADMIN_TOKEN or the verify token; none at
 * info level or above may contain a full phone number (only masked forms like *******4321).
 */
import request from 'supertest';
import { ManualClock } from '../../src/clock';
import {
  buildInboundWebhook,
  serializeLikeMeta,
} from '../../src/whatsapp/sandbox/build-inbound-webhook';
import {
  createTestContext,
  T0,
  TEST_ADMIN_TOKEN,
  TEST_APP_SECRET,
  TEST_VERIFY_TOKEN,
  type TestContext,
} from '../support/context';
import { customerSays, postSigned } from '../support/webhook';
import { startFakeGraph, type FakeGraph } from './support/fake-graph';
import { describeLeaks, findLeaks } from './support/leaks';
import { loggedDispatcher } from './support/logged-dispatcher';

const NUMBER = '400000000000001';
const ACCESS_TOKEN = 'EAAGsecretAccessTokenNumberOne0123456789';
const ROTATED_TOKEN = 'EAAGsecretAccessTokenNumberTwo9876543210';
const CUSTOMERS = [
  '+5511987650001',
  '+5511987650002',
  '+4915112340003',
  '+33612340004',
  '+5215512340005',
];
const RECIPIENTS = Array.from({ length: 12 }, (_, i) => `+49151${String(77_000_000 + i)}`);
/** Answered with Meta's 131050 (marketing stop) and with a dropped connection. */
const [STOPPED_AT_META, DROPPED] = [RECIPIENTS[4]!, RECIPIENTS[7]!];

let ctx: TestContext;
let graph: FakeGraph;
let apiKey = '';
let tenantId = '';
let taskId = '';

/**
 * Every header name a client might carry a credential in: standard, de-facto and vendor names,
 * in the spellings clients use, and one nobody would think to deny-list.
 */
const SECRET_HEADER_NAMES = [
  'Proxy-Authorization',
  'Cookie',
  'X-API-Key',
  'X-Api-Key',
  'Api-Key',
  'ApiKey',
  'X-Auth-Token',
  'X-Access-Token',
  'Access-Token',
  'X-Token',
  'Token',
  'X-Admin-Token',
  'X-Tenant-Key',
  'X-Secret',
  'X-Client-Secret',
  'X-Session-Token',
  'X-CSRF-Token',
  'X-Amz-Security-Token',
  'X-Goog-Api-Key',
  'Ocp-Apim-Subscription-Key',
  'Authentication',
  'X-Authorization',
  'X-Forwarded-Authorization',
  'X-Hub-Signature',
  'X-Hub-Signature-256',
  'X-Verify-Token',
  'X-Webhook-Secret',
  'X-Stopline-Whatever-We-Did-Not-Think-Of',
];
function secretHeaders(secret: string): Record<string, string> {
  return Object.fromEntries(
    SECRET_HEADER_NAMES.map((name) => [name, name === 'Cookie' ? `session=${secret}` : secret]),
  );
}

const asTenant = (method: 'get' | 'post' | 'put' | 'delete', path: string) =>
  request(ctx.app)[method](path).set('authorization', `Bearer ${apiKey}`);

beforeAll(async () => {
  graph = await startFakeGraph({
    respond: (send) => {
      if (send.to === STOPPED_AT_META.slice(1))
        return {
          status: 400,
          body: {
            error: { message: 'Recipient stopped marketing', code: 131050, fbtrace_id: 'Atrace' },
          },
        };
      return send.to === DROPPED.slice(1) ? 'reset' : null;
    },
  });
  ctx = await createTestContext({
    clock: new ManualClock(T0),
    env: { LOG_LEVEL: 'trace', WHATSAPP_API_BASE_URL: graph.url, WHATSAPP_TIMEOUT_MS: '2000' },
  });
  const platform = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };

  // Tenant with an access token, patched (rotated token), key used for everything after.
  const created = await request(ctx.app)
    .post('/admin/tenants')
    .set(platform)
    .send({ name: 'Secretive', phoneNumberId: NUMBER, accessToken: ACCESS_TOKEN });
  apiKey = created.body.apiKey;
  tenantId = created.body.id;
  await request(ctx.app)
    .patch(`/admin/tenants/${created.body.id}`)
    .set(platform)
    .send({ accessToken: ROTATED_TOKEN });
  await request(ctx.app).get('/admin/tenants').set(platform);
  await request(ctx.app)
    .get('/admin/settings')
    .set({ authorization: `Bearer ${ACCESS_TOKEN}` }); // a token in the wrong place: 401
  // Credentials in every header a client might put them in, on a refused request (logged at
  // warn), on an accepted one and on the webhook: logged from an allow-list, none may appear.
  for (const [path, auth] of [
    ['/admin/settings', {}],
    ['/admin/settings', { authorization: `Bearer ${apiKey}` }],
    ['/admin/tenants', {}],
    ['/sandbox/messages', {}],
  ] as const) {
    await request(ctx.app).get(path).set(auth).set(secretHeaders(apiKey));
  }
  await postSigned(ctx.app, '{"object":"whatsapp_business_account","entry":[]}').set(
    secretHeaders(TEST_ADMIN_TOKEN),
  );
  await request(ctx.app).get('/webhook').query({
    'hub.mode': 'subscribe',
    'hub.verify_token': TEST_VERIFY_TOKEN,
    'hub.challenge': '42',
  });

  // Admin work on the opt-out list, including failing requests that carry phone numbers.
  await asTenant('post', '/admin/opt-outs').send({
    channel: 'whatsapp',
    contact: CUSTOMERS[0],
    remarks: 'asked by phone',
  });
  await asTenant('post', '/admin/opt-outs').send({
    channel: 'whatsapp',
    contact: RECIPIENTS[0],
    validDays: 30,
  });
  await asTenant('get', '/admin/opt-outs/check').query({
    channel: 'whatsapp',
    contact: CUSTOMERS[0],
  });
  await asTenant('get', '/admin/opt-outs/check').query({
    channel: 'whatsapp',
    contact: CUSTOMERS[0],
    categoryId: 'nope',
  });
  await asTenant('get', '/admin/opt-outs').query({ contact: CUSTOMERS[1] });
  await asTenant('post', '/admin/opt-outs/import')
    .set('content-type', 'text/csv')
    .send(`channel,contact\nwhatsapp,${CUSTOMERS[2]}\nwhatsapp,not-a-number\n`);
  await asTenant('get', '/admin/opt-outs/export.csv');

  // Customers talk to the tenant's number: replies go to the Graph API with the token.
  for (const [i, text] of ['STOP', 'HELP', 'START', 'STATUS', 'no quiero más mensajes'].entries()) {
    await customerSays(ctx, { phoneNumberId: NUMBER, from: CUSTOMERS[i]!.slice(1), text });
  }
  await customerSays(ctx, {
    phoneNumberId: NUMBER,
    from: CUSTOMERS[1]!.slice(1),
    preference: 'stop',
  });

  // A task dispatched: one recipient opted out, one stopped at Meta (131050), one connection dropped.
  const task = await asTenant('post', '/admin/tasks').send({
    name: 'Spring',
    type: 'marketing',
    channel: 'whatsapp',
    template: { name: 'spring_sale', language: 'en', optOutButtonIndex: 0 },
  });
  await asTenant('post', `/admin/tasks/${task.body.id}/recipients`).send({
    recipients: [...RECIPIENTS, 'garbage-contact'].map((contact) => ({ contact, params: ['Ana'] })),
  });
  taskId = task.body.id;
  await asTenant('post', `/admin/tasks/${taskId}/publish`);
  await loggedDispatcher(ctx).tick();
  await asTenant('get', `/admin/tasks/${task.body.id}/recipients`);

  // Status webhooks for what was sent, and the customers' answers to the task.
  for (const send of graph
    .templates()
    .filter((s) => s.to !== DROPPED.slice(1) && s.to !== STOPPED_AT_META.slice(1))) {
    const statuses = ['delivered', 'read'].map((status) => ({
      id: send.id,
      status,
      timestamp: String(Math.floor(ctx.clock.now().getTime() / 1000)),
      recipient_id: send.to,
    }));
    const body = {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '1',
          changes: [
            { field: 'messages', value: { metadata: { phone_number_id: NUMBER }, statuses } },
          ],
        },
      ],
    };
    await postSigned(ctx.app, JSON.stringify(body));
  }
  const answer = buildInboundWebhook({
    phoneNumberId: NUMBER,
    from: RECIPIENTS[2]!.slice(1),
    messageId: 'wamid.ANSWER1',
    text: 'when does the sale end?',
    timestamp: ctx.clock.now(),
  });
  await postSigned(ctx.app, serializeLikeMeta(answer));
  await postSigned(ctx.app, serializeLikeMeta(answer), 'not-the-app-secret');
  await ctx.services.inbox.drain();
});
afterAll(async () => {
  await ctx.close();
  await graph.close();
});

it('the scenario really used the secrets and the numbers', async () => {
  // The error paths ran: an opt-out suppressed, Meta's 131050, a dropped connection (unknown).
  expect(await ctx.store.recipientStats(tenantId, taskId)).toMatchObject({
    suppressed: 2,
    unknown: 1,
    read: 9,
  });
  expect(graph.sends.filter((s) => s.type === 'template').length).toBeGreaterThanOrEqual(8);
  expect(graph.sends.filter((s) => s.type !== 'template').length).toBeGreaterThanOrEqual(4);
  expect(new Set(graph.sends.map((s) => s.authorization))).toEqual(
    new Set([`Bearer ${ROTATED_TOKEN}`]),
  );
  expect(ctx.logs.length).toBeGreaterThan(25);
  // The requests with credentials in other headers were logged (by header name only).
  const withheld = ctx.logs.filter((l) => l.includes('"otherHeaders"') && l.includes('x-api-key'));
  expect(withheld.length).toBeGreaterThanOrEqual(3);
});

it('no log line contains a secret', () => {
  const leaks = findLeaks(ctx.logs, {
    secrets: {
      accessToken: ACCESS_TOKEN,
      rotatedAccessToken: ROTATED_TOKEN,
      appSecret: TEST_APP_SECRET,
      apiKey,
      adminToken: TEST_ADMIN_TOKEN,
      verifyToken: TEST_VERIFY_TOKEN,
    },
    phones: [],
  });
  expect(describeLeaks(leaks)).toBe('');
});

it('no log line at info level or above contains a full phone number', () => {
  const info = ctx.logs.filter(
    (line) => ((JSON.parse(line) as { level?: number }).level ?? 0) >= 30,
  );
  expect(info.length).toBeGreaterThan(10);
  expect(
    describeLeaks(findLeaks(info, { secrets: {}, phones: [...CUSTOMERS, ...RECIPIENTS] })),
  ).toBe('');
});

it('nor does any debug or trace line', () => {
  expect(
    describeLeaks(findLeaks(ctx.logs, { secrets: {}, phones: [...CUSTOMERS, ...RECIPIENTS] })),
  ).toBe('');
});
