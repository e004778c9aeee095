/**
 * Signatures at the HTTP edge, beyond test/http/webhook.test.ts and the known-answer unit tests:
 * forged, replayed, tampered, off-by-one and doubled headers are refused with 401 and leave no
 * trace (nothing in the inbox, no opt-out from the STOP they carry); Meta's real bodies (emoji,
 * accents, "@", "/", \uXXXX escapes) are accepted and stored byte for byte.
 */
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import {
  buildInboundWebhook,
  serializeLikeMeta,
} from '../../src/whatsapp/sandbox/build-inbound-webhook';
import { sign } from '../../src/whatsapp/signature';
import {
  createTestContext,
  TEST_APP_SECRET,
  TEST_PHONE_NUMBER_ID,
  type TestContext,
} from '../support/context';
import { anErrorBody } from '../support/error-body';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(async () => ctx.close());

const STOP = serializeLikeMeta(
  buildInboundWebhook({
    phoneNumberId: TEST_PHONE_NUMBER_ID,
    from: '5511987654321',
    messageId: 'wamid.SIGNATURE0001',
    text: 'STOP',
    timestamp: new Date('2026-01-15T09:59:00Z'),
  }),
);
const good = sign(TEST_APP_SECRET, STOP);
const hex = good.slice('sha256='.length);

function post(body: string, headers: Record<string, string>) {
  const req = request(ctx.app).post('/webhook').set('content-type', 'application/json');
  for (const [name, value] of Object.entries(headers)) req.set(name, value);
  return req.send(body);
}

async function badSignatures(): Promise<number> {
  const metric = await ctx.metrics.webhookDeliveries.get();
  return metric.values.find((v) => v.labels.outcome === 'bad_signature')?.value ?? 0;
}

describe('refused with 401, nothing stored, nothing processed', () => {
  const cases: [string, Record<string, string>][] = [
    ['a forged digest', { 'x-hub-signature-256': `sha256=${randomBytes(32).toString('hex')}` }],
    [
      'a valid signature of another body (replayed header)',
      { 'x-hub-signature-256': sign(TEST_APP_SECRET, STOP.replace('STOP', 'HELP')) },
    ],
    [
      'a signature over the body plus a newline',
      { 'x-hub-signature-256': sign(TEST_APP_SECRET, `${STOP}\n`) },
    ],
    ['a digest one hex digit short', { 'x-hub-signature-256': good.slice(0, -1) }],
    ['a digest with two extra hex digits', { 'x-hub-signature-256': `${good}ab` }],
    [
      'a digest with its last digit changed',
      { 'x-hub-signature-256': `${good.slice(0, -1)}${hex.endsWith('0') ? '1' : '0'}` },
    ],
    ['a mixed-case algorithm prefix', { 'x-hub-signature-256': `Sha256=${hex}` }],
    ['spaces around the digest', { 'x-hub-signature-256': `sha256= ${hex} ` }],
    // Node joins a repeated header's values with ", ": this is what a duplicate header looks like.
    [
      'the header sent twice (one valid, one not)',
      { 'x-hub-signature-256': `${good}, sha256=${'0'.repeat(64)}` },
    ],
    ['only the legacy SHA-1 header', { 'x-hub-signature': `sha1=${'a'.repeat(40)}` }],
    ['no signature header at all', {}],
    ['the signature in another header', { authorization: good }],
  ];

  it.each(cases)('%s', async (_name, headers) => {
    const before = await badSignatures();
    const res = await post(STOP, headers);
    expect(res.status).toBe(401);
    expect(res.body).toEqual(anErrorBody(expect.stringMatching(/X-Hub-Signature-256/)));
    expect(await badSignatures()).toBe(before + 1);
    await ctx.services.ingest.idle();
    await ctx.services.inbox.drain();
    expect((await ctx.store.inboxBacklog()).pending).toBe(0);
    expect(await ctx.store.claimInbox('probe', 100, 0, ctx.clock.now())).toEqual([]);
    const optOuts = await ctx.store.listOptOuts(
      ctx.defaultTenantId,
      {},
      { limit: 10 },
      ctx.clock.now(),
    );
    expect(optOuts.items).toEqual([]);
  });

  it('a body changed by one byte after signing', async () => {
    const res = await post(STOP.replace('"STOP"', '"STOQ"'), { 'x-hub-signature-256': good });
    expect(res.status).toBe(401);
    expect(await ctx.store.claimInbox('probe', 100, 0, ctx.clock.now())).toEqual([]);
  });
});

describe('accepted and stored byte for byte', () => {
  beforeEach(async () => {
    // Processing off, so what the POST stored stays claimable for the assertions.
    await ctx.services.inbox.stop();
  });

  const text = (body: string) =>
    `{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"text":{"body":${body}}}}]}]}`;
  const bodies: [string, string][] = [
    ['raw UTF-8 emoji and accents', text('"não quero 🙅‍♀️ más mensajes, ¡gracias! Ünsubscribe"')],
    [
      'Meta-style \\u escapes (surrogate pairs too)',
      text(String.raw`"n\u00e3o quero \ud83d\ude45\u200d\u2640\ufe0f"`),
    ],
    ['"@" and "/" literally', text('"write to ana@example.com / https://x.y/z"')],
    ['escaped "\\/" and "\\u0040"', text(String.raw`"ana\u0040example.com https:\/\/x.y\/z"`)],
    ['pretty-printed with CRLF', text('"STOP"').replace(/,/g, ',\r\n  ')],
  ];

  it.each(bodies)('%s', async (_name, raw) => {
    const res = await post(raw, { 'x-hub-signature-256': sign(TEST_APP_SECRET, raw) });
    expect(res.status).toBe(200);
    await ctx.services.ingest.idle();
    const stored = await ctx.store.claimInbox('probe', 100, 0, ctx.clock.now());
    expect(stored.map((e) => e.body)).toEqual([raw]);
  });

  it('the header name in any case (HTTP header names are case-insensitive)', async () => {
    const res = await post(STOP, { 'X-HUB-SIGNATURE-256': good });
    expect(res.status).toBe(200);
  });
});
