import request from 'supertest';
import { sign } from '../../src/whatsapp/signature';
import {
  createTestContext,
  TEST_APP_SECRET,
  TEST_VERIFY_TOKEN,
  type TestContext,
} from '../support/context';
import { postSigned } from '../support/webhook';

const BODY = JSON.stringify({ object: 'whatsapp_business_account', entry: [] });

describe('GET /webhook (Meta verification handshake)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it('answers the challenge as plain text for the right token', async () => {
    const res = await request(ctx.app).get('/webhook').query({
      'hub.mode': 'subscribe',
      'hub.verify_token': TEST_VERIFY_TOKEN,
      'hub.challenge': '1158201444',
    });
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/plain');
    expect(res.text).toBe('1158201444');
  });

  it.each([
    [{ 'hub.mode': 'subscribe', 'hub.verify_token': 'wrong', 'hub.challenge': '1' }],
    [{ 'hub.mode': 'unsubscribe', 'hub.verify_token': TEST_VERIFY_TOKEN, 'hub.challenge': '1' }],
    [{ 'hub.verify_token': TEST_VERIFY_TOKEN, 'hub.challenge': '1' }],
    [{}],
  ])('refuses %j with 403', async (query) => {
    const res = await request(ctx.app).get('/webhook').query(query);
    expect(res.status).toBe(403);
    expect(res.body.error).toMatch(/verify_token/);
  });
});

describe('POST /webhook', () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext({ env: { WHATSAPP_APP_SECRET_PREVIOUS: 'old-secret' } });
    // Processing off: what the POST stored stays claimable for the assertions.
    await ctx.services.inbox.stop();
  });
  afterEach(async () => ctx.close());

  async function stored(): Promise<number> {
    await ctx.services.ingest.idle();
    const entries = await ctx.store.claimInbox('probe', 1000, 60_000, ctx.clock.now());
    return entries.length;
  }

  it('stores a signed JSON object and answers 200', async () => {
    const res = await postSigned(ctx.app, BODY);
    expect(res.status).toBe(200);
    expect(await stored()).toBe(1);
  });

  it('accepts the previous app secret during rotation', async () => {
    expect((await postSigned(ctx.app, BODY, 'old-secret')).status).toBe(200);
    expect(await stored()).toBe(1);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['wrong secret', sign('another-secret', BODY)],
    ['truncated', sign(TEST_APP_SECRET, BODY).slice(0, 40)],
    ['upper-case algorithm', sign(TEST_APP_SECRET, BODY).replace('sha256=', 'SHA256=')],
    ['sha1', sign(TEST_APP_SECRET, BODY).replace('sha256=', 'sha1=')],
    ['no prefix', sign(TEST_APP_SECRET, BODY).replace('sha256=', '')],
  ])('rejects a %s signature with 401 and stores nothing', async (_name, header) => {
    const req = request(ctx.app).post('/webhook').set('content-type', 'application/json');
    if (header !== undefined) req.set('x-hub-signature-256', header);
    const res = await req.send(BODY);
    expect(res.status).toBe(401);
    expect(res.body.error).toMatch(/Signature/i);
    expect(await stored()).toBe(0);
  });

  it('rejects a signature computed over re-serialised JSON (emoji and accents are escaped on the wire)', async () => {
    const wire =
      '{"object":"whatsapp_business_account","text":"n\\u00e3o quero \\ud83d\\uded1 @ / "}';
    const reserialised = JSON.stringify(JSON.parse(wire));
    const res = await request(ctx.app)
      .post('/webhook')
      .set('content-type', 'application/json')
      .set('x-hub-signature-256', sign(TEST_APP_SECRET, reserialised))
      .send(wire);
    expect(res.status).toBe(401);
    expect((await postSigned(ctx.app, wire)).status).toBe(200);
  });

  it.each([
    ['malformed JSON', '{"object": '],
    ['an array', '[1,2,3]'],
    ['a string', '"hello"'],
    ['null', 'null'],
    ['empty', ''],
  ])('answers 400 for a signed body that is %s, storing nothing', async (_name, body) => {
    const res = await postSigned(ctx.app, body);
    expect(res.status).toBe(400);
    expect(typeof res.body.error).toBe('string');
    expect(await stored()).toBe(0);
  });

  it('accepts any signed JSON object, whatever its shape', async () => {
    const res = await postSigned(
      ctx.app,
      JSON.stringify({ unexpected: { deeply: [1, { nested: true }] } }),
    );
    expect(res.status).toBe(200);
    await ctx.services.inbox.drain();
    expect((await ctx.store.inboxBacklog()).pending).toBe(0);
  });

  it('accepts bodies up to 3 MB and refuses larger ones with 413', async () => {
    const big = JSON.stringify({ object: 'whatsapp_business_account', pad: 'x'.repeat(2_900_000) });
    expect((await postSigned(ctx.app, big)).status).toBe(200);
    const tooBig = JSON.stringify({ pad: 'x'.repeat(3_200_000) });
    const res = await postSigned(ctx.app, tooBig);
    expect(res.status).toBe(413);
    expect(await stored()).toBe(1);
  });
});
