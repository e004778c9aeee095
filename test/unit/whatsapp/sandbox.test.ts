import axios from 'axios';
import { ManualClock } from '../../../src/clock';
import { createCloudApiClient } from '../../../src/whatsapp/cloud-api-client';
import { AmbiguousSendError, CloudApiError } from '../../../src/whatsapp/errors';
import { templateMessage, textMessage } from '../../../src/whatsapp/messages';
import { createSandbox } from '../../../src/whatsapp/sandbox';
import type { OutboundMessage } from '../../../src/whatsapp/types';

function setup(opts: { validate?: boolean } = {}) {
  const clock = new ManualClock('2026-03-01T12:00:00Z');
  let n = 0;
  const sandbox = createSandbox({ clock, appSecret: 's3cret', idGen: () => `SBX${++n}` });
  const client = createCloudApiClient({
    baseUrl: 'https://graph.facebook.com',
    apiVersion: 'v23.0',
    timeoutMs: 5000,
    http: axios.create({ adapter: sandbox.adapter }),
    validate: opts.validate ?? true,
  });
  return { clock, sandbox, client };
}

const A = { phoneNumberId: 'PHONE_A', accessToken: null };
const B = { phoneNumberId: 'PHONE_B', accessToken: 'token-b' };

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected the send to fail');
}

describe('sandbox adapter (through the real client)', () => {
  it('accepts a message, answers a wamid and records it', async () => {
    const { sandbox, client, clock } = setup();
    const body = textMessage('+16505551234', 'Hello ✅');
    await expect(client.send(A, body)).resolves.toEqual({
      messageId: 'wamid.SBX1',
      waId: '16505551234',
      input: '16505551234',
    });
    expect(sandbox.messages()).toEqual([
      {
        id: 'wamid.SBX1',
        to: '16505551234',
        waId: '16505551234',
        type: 'text',
        body,
        at: clock.now(),
        phoneNumberId: 'PHONE_A',
      },
    ]);
  });

  it('filters recorded messages by recipient (with or without +) and by number', async () => {
    const { sandbox, client } = setup();
    await client.send(A, textMessage('16505551234', 'one'));
    await client.send(B, textMessage('5511987654321', 'two'));
    await client.send(
      B,
      templateMessage('16505551234', { name: 'promo', language: 'en', bodyParams: null }),
    );
    expect(sandbox.messages({ to: '+16505551234' }).map((m) => m.type)).toEqual([
      'text',
      'template',
    ]);
    expect(sandbox.messages({ phoneNumberId: 'PHONE_B' })).toHaveLength(2);
    expect(sandbox.messages({ to: '16505551234', phoneNumberId: 'PHONE_B' })).toHaveLength(1);
  });

  it('refuses an invalid body like Meta (HTTP 400, code 100) with the reasons', async () => {
    const { sandbox, client } = setup({ validate: false });
    const bad = {
      ...textMessage('16505551234', 'x'),
      recipient_type: undefined,
    } as unknown as OutboundMessage;
    const err = await failure(client.send(A, bad));
    expect(err).toBeInstanceOf(CloudApiError);
    expect(err).toMatchObject({
      code: 100,
      httpStatus: 400,
      action: 'pause_task',
      details: 'recipient_type: is required',
    });
    expect(sandbox.messages()).toEqual([]);
  });

  it('fails the next send with a Meta error code, then recovers', async () => {
    const { sandbox, client } = setup();
    sandbox.failNext({ code: 131056 });
    const err = await failure(client.send(A, textMessage('16505551234', 'x')));
    expect(err).toMatchObject({ code: 131056, httpStatus: 400, action: 'retry_recipient' });
    expect((err as CloudApiError).title).toMatch(/pair rate limit hit/);
    await expect(client.send(A, textMessage('16505551234', 'x'))).resolves.toMatchObject({
      messageId: 'wamid.SBX1',
    });
    expect(sandbox.messages()).toHaveLength(1);
  });

  it.each([
    [190, 401, 'pause_task'],
    [4, 429, 'retry_number'],
    [132001, 404, 'pause_task'],
    [131000, 500, 'retry_number'],
  ])('answers code %i with the HTTP status Meta uses (%i)', async (code, status, action) => {
    const { sandbox, client } = setup();
    sandbox.failNext({ code });
    await expect(client.send(A, textMessage('16505551234', 'x'))).rejects.toMatchObject({
      code,
      httpStatus: status,
      action,
    });
  });

  it('applies count and a recipient filter', async () => {
    const { sandbox, client } = setup();
    sandbox.failNext({ code: 130429, count: 2, to: '+5511987654321' });
    await expect(client.send(A, textMessage('16505551234', 'x'))).resolves.toBeDefined();
    await expect(client.send(A, textMessage('5511987654321', 'x'))).rejects.toMatchObject({
      code: 130429,
    });
    await expect(client.send(B, textMessage('5511987654321', 'x'))).rejects.toMatchObject({
      code: 130429,
    });
    await expect(client.send(A, textMessage('5511987654321', 'x'))).resolves.toBeDefined();
  });

  it('scopes a rule to one number', async () => {
    const { sandbox, client } = setup();
    sandbox.failNext({ code: 131048, phoneNumberId: 'PHONE_B' });
    await expect(client.send(A, textMessage('16505551234', 'x'))).resolves.toBeDefined();
    await expect(client.send(B, textMessage('16505551234', 'x'))).rejects.toMatchObject({
      code: 131048,
    });
  });

  it('makes a code-less 5xx ambiguous and records nothing', async () => {
    const { sandbox, client } = setup();
    sandbox.failNext({ httpStatus: 503 });
    const err = await failure(client.send(A, textMessage('16505551234', 'x')));
    expect(err).toBeInstanceOf(AmbiguousSendError);
    expect(sandbox.messages()).toEqual([]);
  });

  it('simulates a timeout after the request left: recorded, but the caller hears nothing', async () => {
    const { sandbox, client } = setup();
    sandbox.failNext({ timeout: true });
    const err = await failure(client.send(A, textMessage('16505551234', 'x')));
    expect(err).toBeInstanceOf(AmbiguousSendError);
    expect((err as Error).message).toMatch(/ECONNABORTED/);
    expect(sandbox.messages()).toHaveLength(1);
  });

  it('answers the wa_id set for a number (Brazil ninth digit) or none', async () => {
    const { sandbox, client } = setup();
    sandbox.setWaId('+5511987654321', '551187654321');
    sandbox.setWaId('5215512345678', null);
    await expect(client.send(A, textMessage('+5511987654321', 'x'))).resolves.toMatchObject({
      waId: '551187654321',
    });
    await expect(client.send(A, textMessage('5215512345678', 'x'))).resolves.toMatchObject({
      waId: null,
    });
    await expect(
      client.send(A, textMessage('US.13491208655302741918', 'x')),
    ).resolves.toMatchObject({ waId: null });
    expect(sandbox.messages().map((m) => m.waId)).toEqual(['551187654321', null, null]);
  });

  it('clears messages and pending failures, of one number or all', async () => {
    const { sandbox, client } = setup();
    await client.send(A, textMessage('16505551234', 'x'));
    await client.send(B, textMessage('16505551234', 'x'));
    sandbox.failNext({ code: 131056, phoneNumberId: 'PHONE_A' });
    expect(sandbox.clear({ phoneNumberId: 'PHONE_A' })).toBe(1);
    expect(sandbox.messages().map((m) => m.phoneNumberId)).toEqual(['PHONE_B']);
    await expect(client.send(A, textMessage('16505551234', 'x'))).resolves.toBeDefined();
    expect(sandbox.clear()).toBe(2);
    expect(sandbox.messages()).toEqual([]);
  });

  it('behaves like axios for callers that keep the default validateStatus', async () => {
    const { sandbox } = setup();
    sandbox.failNext({ code: 131026 });
    const http = axios.create({ adapter: sandbox.adapter });
    const err = await failure(
      http.post(
        'https://graph.facebook.com/v23.0/PHONE_A/messages',
        textMessage('16505551234', 'x'),
      ),
    );
    expect(axios.isAxiosError(err)).toBe(true);
    expect(axios.isAxiosError(err) && err.response?.status).toBe(400);
    expect(axios.isAxiosError(err) && err.response?.data).toMatchObject({
      error: { code: 131026, type: 'OAuthException' },
    });
  });

  it('refuses other endpoints with a Graph error', async () => {
    const { sandbox } = setup();
    const http = axios.create({ adapter: sandbox.adapter, validateStatus: () => true });
    const res = await http.get('https://graph.facebook.com/v23.0/PHONE_A/messages');
    expect(res.status).toBe(400);
    expect(res.data.error.code).toBe(100);
  });

  it('refuses failure rules that would do nothing', () => {
    const { sandbox } = setup();
    expect(() => sandbox.failNext({})).toThrow(/needs code, httpStatus or timeout/);
    expect(() => sandbox.failNext({ code: 1, count: 0 })).toThrow(
      /count must be a positive integer/,
    );
    expect(() => sandbox.failNext({ httpStatus: 200 })).toThrow(/httpStatus must be 400-599/);
  });
});
