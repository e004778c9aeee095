import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../../../../src/logger';
import { statusEchoTarget } from '../../../../src/services/inbox/status-echo-target';
import { sign } from '../../../../src/whatsapp/signature';
import { createTestContext, type TestContext } from '../../../support/context';

/** Where the sandbox's status echo posts: over HTTP when SANDBOX_STATUS_ECHO_URL is set, else in process. */
let ctx: TestContext;
afterEach(async () => ctx.close());

const target = (kick: () => void = () => undefined) =>
  statusEchoTarget({
    config: ctx.config,
    ingest: ctx.services.ingest,
    metrics: ctx.metrics,
    log: createLogger({ level: 'silent' }),
    kick,
  });

it('posts the signed bytes to SANDBOX_STATUS_ECHO_URL with the signature header', async () => {
  const received: { headers: IncomingMessage['headers']; body: string }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(received.length === 1 ? 200 : 503).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    ctx = await createTestContext({
      env: {
        SANDBOX_STATUS_ECHO: '1',
        SANDBOX_STATUS_ECHO_URL: `http://127.0.0.1:${port}/webhook`,
      },
    });
    const post = target();
    expect(await post(Buffer.from('{"a":1}'), 'sha256=abc')).toEqual({ status: 200 });
    expect(await post(Buffer.from('{"a":2}'), 'sha256=def')).toEqual({ status: 503 });
    expect(received[0]).toMatchObject({
      body: '{"a":1}',
      headers: { 'x-hub-signature-256': 'sha256=abc', 'content-type': 'application/json' },
    });
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

it('without a URL, goes through the app’s own webhook path: signature checked, stored, inbox kicked', async () => {
  ctx = await createTestContext({ env: { SANDBOX_STATUS_ECHO: '1' } });
  await ctx.services.inbox.stop();
  let kicks = 0;
  const post = target(() => (kicks += 1));
  expect(await post(Buffer.from('{"object":"x"}'), 'sha256=00')).toMatchObject({ status: 401 });
  const raw = Buffer.from('{"object":"whatsapp_business_account","entry":[]}');
  expect(await post(raw, sign(ctx.config.whatsapp.appSecrets[0]!, raw))).toMatchObject({
    status: 200,
  });
  expect(kicks).toBe(1);
  expect((await ctx.store.inboxBacklog()).pending).toBe(1);
});
