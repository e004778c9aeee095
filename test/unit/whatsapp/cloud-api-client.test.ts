import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import type { Request, Response } from 'express';
import { createCloudApiClient } from '../../../src/whatsapp/cloud-api-client';
import { AmbiguousSendError, CloudApiError } from '../../../src/whatsapp/errors';
import { templateMessage, textMessage } from '../../../src/whatsapp/messages';
import type { OutboundMessage } from '../../../src/whatsapp/types';

/** A real HTTP server on 127.0.0.1 standing in for graph.facebook.com; each test sets `answer`. */
let server: Server;
let baseUrl: string;
let answer: (req: Request, res: Response) => void;
const seen: { path: string; auth: string | undefined; body: unknown }[] = [];

beforeAll(async () => {
  const app = express();
  app.use(express.json());
  app.post('/*splat', (req, res) => {
    seen.push({ path: req.path, auth: req.get('authorization'), body: req.body });
    answer(req, res);
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen.length = 0;
});

const sender = { phoneNumberId: '106540352242922', accessToken: 'EAAG-token' };
const message = textMessage('+16505551234', 'Done: no more promotions.');
const client = () => createCloudApiClient({ baseUrl, apiVersion: 'v23.0', timeoutMs: 2000 });
const graphError =
  (status: number, code: number, details: string) => (_req: Request, res: Response) => {
    res.status(status).json({
      error: {
        message: `(#${code}) Meta says no`,
        type: 'OAuthException',
        code,
        error_data: { messaging_product: 'whatsapp', details },
        fbtrace_id: 'A1b2C3d4E5',
      },
    });
  };

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected the send to fail');
}

describe('createCloudApiClient', () => {
  it('posts the body to /{version}/{phone-number-id}/messages with the bearer token', async () => {
    answer = (_req, res) => {
      res.json({
        messaging_product: 'whatsapp',
        contacts: [{ input: '16505551234', wa_id: '16505551234' }],
        messages: [
          {
            id: 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA',
            message_status: 'accepted',
          },
        ],
      });
    };
    const ok = await client().send(sender, message);
    expect(ok).toEqual({
      messageId: 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA',
      waId: '16505551234',
      input: '16505551234',
    });
    expect(seen).toEqual([
      { path: '/v23.0/106540352242922/messages', auth: 'Bearer EAAG-token', body: message },
    ]);
  });

  it('reports the wa_id Meta resolved, which may differ from the input (Brazil ninth digit)', async () => {
    answer = (_req, res) => {
      res.json({
        messaging_product: 'whatsapp',
        contacts: [{ input: '5511987654321', wa_id: '551187654321' }],
        messages: [{ id: 'wamid.BR', message_status: 'accepted' }],
      });
    };
    const ok = await client().send(sender, textMessage('+5511987654321', 'Oi'));
    expect(ok).toEqual({ messageId: 'wamid.BR', waId: '551187654321', input: '5511987654321' });
  });

  it('answers waId null when Meta returns no wa_id (BSUID send), and sends no token when there is none', async () => {
    answer = (_req, res) => {
      res.json({
        messaging_product: 'whatsapp',
        contacts: [{ input: 'US.1349' }],
        messages: [{ id: 'wamid.U' }],
      });
    };
    const ok = await client().send(
      { phoneNumberId: 'P1', accessToken: null },
      textMessage('US.1349', 'Hi'),
    );
    expect(ok).toEqual({ messageId: 'wamid.U', waId: null, input: 'US.1349' });
    expect(seen[0]?.auth).toBeUndefined();
  });

  it.each([
    [400, 131056, 'retry_recipient'],
    [400, 130429, 'retry_number'],
    [401, 190, 'pause_task'],
    [404, 132001, 'pause_task'],
    [400, 131047, 'fail_recipient'],
    [500, 131000, 'retry_number'],
    [400, 135000, 'unknown'],
  ])('maps HTTP %i with Graph error %i to CloudApiError (%s)', async (status, code, action) => {
    answer = graphError(status, code, 'details from Meta');
    const err = await failure(client().send(sender, message));
    expect(err).toBeInstanceOf(CloudApiError);
    expect(err).toMatchObject({
      code,
      httpStatus: status,
      action,
      title: `(#${code}) Meta says no`,
      details: 'details from Meta',
      fbtraceId: 'A1b2C3d4E5',
    });
  });

  it('treats a code-less 429 as a rate limit', async () => {
    answer = (_req, res) => {
      res.status(429).send('Too Many Requests');
    };
    const err = await failure(client().send(sender, message));
    expect(err).toBeInstanceOf(CloudApiError);
    expect(err).toMatchObject({ code: null, httpStatus: 429, action: 'retry_number' });
  });

  it.each([
    [
      '502 with an HTML page',
      (_q: Request, r: Response) => void r.status(502).type('html').send('<h1>Bad gateway</h1>'),
    ],
    [
      '500 JSON without a code',
      (_q: Request, r: Response) => void r.status(500).json({ error: { message: 'oops' } }),
    ],
    ['503 with an unrecognised code', graphError(503, 987654, 'x')],
    [
      '200 without a message id',
      (_q: Request, r: Response) => void r.json({ messaging_product: 'whatsapp', messages: [] }),
    ],
  ])('throws AmbiguousSendError for %s', async (_name, handler) => {
    answer = handler;
    const err = await failure(client().send(sender, message));
    expect(err).toBeInstanceOf(AmbiguousSendError);
    expect((err as Error).message).toMatch(/may have been sent/);
  });

  it('throws AmbiguousSendError when the server drops the connection (socket hang up)', async () => {
    answer = (req) => {
      req.socket.destroy();
    };
    const err = await failure(client().send(sender, message));
    expect(err).toBeInstanceOf(AmbiguousSendError);
    expect(seen).toHaveLength(1);
  });

  it('throws AmbiguousSendError on a timeout after the request left', async () => {
    answer = () => undefined; // never answers
    const fast = createCloudApiClient({ baseUrl, apiVersion: 'v23.0', timeoutMs: 50 });
    const err = await failure(fast.send(sender, message));
    expect(err).toBeInstanceOf(AmbiguousSendError);
    expect((err as Error).message).toMatch(/ECONNABORTED|ETIMEDOUT/);
    expect(seen).toHaveLength(1);
  });

  it('throws a retryable CloudApiError when the connection is refused (nothing was sent)', async () => {
    const closed = express().listen(0, '127.0.0.1');
    await new Promise((resolve) => closed.once('listening', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = createCloudApiClient({
      baseUrl: `http://127.0.0.1:${port}`,
      apiVersion: 'v23.0',
      timeoutMs: 2000,
    });
    const err = await failure(refused.send(sender, message));
    expect(err).toBeInstanceOf(CloudApiError);
    expect(err).toMatchObject({ code: null, httpStatus: null, action: 'retry_number' });
    expect((err as Error).message).toMatch(/ECONNREFUSED/);
  });

  it('refuses to send an invalid body of ours (a bug) and names the problem', async () => {
    answer = (_req, res) => void res.json({});
    const bad = { ...message, text: { body: '' } } as OutboundMessage;
    const err = await failure(client().send(sender, bad));
    expect(err).not.toBeInstanceOf(CloudApiError);
    expect((err as Error).message).toBe(
      'stopline built an invalid WhatsApp message (a bug; nothing was sent): text.body: must not be empty',
    );
    expect(seen).toHaveLength(0);
  });

  it('sends without checking when validate is false', async () => {
    answer = graphError(400, 100, 'Invalid parameter');
    const loose = createCloudApiClient({
      baseUrl,
      apiVersion: 'v23.0',
      timeoutMs: 2000,
      validate: false,
    });
    const bad = { ...message, text: { body: '' } } as OutboundMessage;
    await expect(loose.send(sender, bad)).rejects.toMatchObject({ code: 100 });
    expect(seen).toHaveLength(1);
  });

  it('sends templates as built', async () => {
    answer = (_req, res) =>
      void res.json({
        messages: [{ id: 'wamid.T' }],
        contacts: [{ input: '5511987654321', wa_id: '5511987654321' }],
      });
    const tpl = templateMessage('+5511987654321', {
      name: 'promo',
      language: 'pt_BR',
      bodyParams: ['Ana'],
    });
    await client().send(sender, tpl);
    expect(seen[0]?.body).toEqual(tpl);
  });

  it.each([
    [{ baseUrl: 'graph.facebook.com' }, /baseUrl "graph.facebook.com" must be an http\(s\) URL/],
    [{ apiVersion: '23' }, /apiVersion "23" must look like v23.0/],
    [{ timeoutMs: 0 }, /timeoutMs must be a positive integer/],
  ])('refuses bad options at creation: %p', (over, message) => {
    expect(() =>
      createCloudApiClient({
        baseUrl: 'https://graph.facebook.com',
        apiVersion: 'v23.0',
        timeoutMs: 1000,
        ...over,
      }),
    ).toThrow(message);
  });
});
