import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseWebhook } from '../../../src/whatsapp/parse-webhook';
import type {
  DeliveryStatus,
  InboundMessage,
  PreferenceChange,
  WebhookEvent,
} from '../../../src/whatsapp/webhook-events';

const FIXTURES = path.join(__dirname, '../../fixtures/webhooks');
const load = (name: string): unknown => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8'));

function only<K extends WebhookEvent['kind']>(name: string, kind: K) {
  const { events, skipped } = parseWebhook(load(name));
  expect(skipped).toEqual([]);
  expect(events).toHaveLength(1);
  expect(events[0]?.kind).toBe(kind);
  return events[0] as Extract<WebhookEvent, { kind: K }>;
}

describe('parseWebhook: inbound messages', () => {
  it('reads a text message with its contact and routing ids', () => {
    const m = only('text-plain.json', 'message');
    expect(m).toMatchObject<Partial<InboundMessage>>({
      phoneNumberId: '106540352242922',
      wabaId: '102290129340398',
      messageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=',
      from: '16505551234',
      fromUserId: null,
      profileName: 'Sheena Nelson',
      contactWaId: '16505551234',
      contactUserId: null,
      type: 'text',
      text: 'please stop sending me promotions',
      payload: null,
      contextId: null,
    });
    expect(m.timestamp.toISOString()).toBe('2025-06-08T20:59:43.000Z');
    expect(m.raw).toMatchObject({ type: 'text' });
  });

  it('decodes Meta-escaped emoji and accents', () => {
    const m = only('text-emoji-accents.json', 'message');
    expect(m.text).toBe('Não quero mais promoções 🙏🏽 obrigado');
    expect(m.profileName).toBe('João Conceição');
  });

  it('keeps the context id of a reply and accepts a numeric timestamp', () => {
    const m = only('text-reply-with-context.json', 'message');
    expect(m.contextId).toBe('wamid.HBgNNTIxNTUxMjM0NTY3OBUCABEYEjQyQkM4NTZERDcwRjA1QUU0NgA=');
    expect(m.from).toBe('5215512345678');
    expect(m.timestamp).toEqual(new Date(1768471500 * 1000));
  });

  it("reads Meta's Stop promotions button (payload is the label)", () => {
    const m = only('button-stop-promotions.json', 'message');
    expect(m).toMatchObject({
      type: 'button',
      text: 'Stop promotions',
      payload: 'Stop promotions',
    });
    expect(m.contextId).toMatch(/^wamid\./);
  });

  it('reads a template quick reply with our payload and a localized label', () => {
    const m = only('button-template-quick-reply.json', 'message');
    expect(m).toMatchObject({
      text: 'Parar promoções',
      payload: 'optout:0190a1b2c3d40000aabbccddee',
    });
  });

  it('reads interactive button_reply and list_reply as title + id', () => {
    expect(only('interactive-button-reply.json', 'message')).toMatchObject({
      type: 'interactive',
      text: 'Yes, unsubscribe',
      payload: 'optout_confirm_yes',
    });
    expect(only('interactive-list-reply.json', 'message')).toMatchObject({
      type: 'interactive',
      text: 'All promotions',
      payload: 'pref_all_marketing',
    });
  });

  it('reads a BSUID-only sender (no from, no wa_id)', () => {
    const m = only('message-bsuid-only.json', 'message');
    expect(m).toMatchObject({
      from: null,
      fromUserId: 'US.13491208655302741918',
      contactWaId: null,
      contactUserId: 'US.13491208655302741918',
      profileName: 'Ana',
      text: 'unsubscribe',
    });
  });

  it('keeps an unsupported message with text null', () => {
    const m = only('message-unsupported.json', 'message');
    expect(m).toMatchObject({ type: 'unsupported', text: null, payload: null });
  });

  it('reads media caption, location (no text) and reaction emoji', () => {
    const { events, skipped } = parseWebhook(load('message-media-location-reaction.json'));
    expect(skipped).toEqual([]);
    expect(events.map((e) => [(e as InboundMessage).type, (e as InboundMessage).text])).toEqual([
      ['image', 'is this offer still valid?'],
      ['location', null],
      ['reaction', '👎'],
    ]);
  });
});

describe('parseWebhook: statuses', () => {
  it.each([
    ['status-sent.json', 'sent'],
    ['status-delivered.json', 'delivered'],
    ['status-read.json', 'read'],
  ])('reads %s', (file, status) => {
    const s = only(file, 'status');
    expect(s).toMatchObject<Partial<DeliveryStatus>>({
      status,
      phoneNumberId: '106540352242922',
      messageId: 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA',
      recipientId: '16505551234',
      recipientUserId: null,
      errors: [],
    });
  });

  it('keeps biz_opaque_callback_data', () => {
    expect(only('status-sent.json', 'status').bizOpaque).toBe('task:0190a1b2c3d40000aabbccddee');
    expect(only('status-read.json', 'status').bizOpaque).toBeNull();
  });

  it('reads a failed status with 131050 (Meta marketing stop)', () => {
    const s = only('status-failed-131050.json', 'status');
    expect(s.status).toBe('failed');
    expect(s.recipientId).toBe('5511987654321');
    expect(s.errors).toHaveLength(1);
    expect(s.errors[0]).toMatchObject({ code: 131050 });
    expect(s.errors[0]?.title).toMatch(/chosen to stop receiving marketing messages/);
    expect(s.errors[0]?.details).toMatch(/Unable to deliver/);
  });

  it('reads a failed status with 131049 (ecosystem engagement)', () => {
    const s = only('status-failed-131049.json', 'status');
    expect(s.errors.map((e) => e.code)).toEqual([131049]);
    expect(s.timestamp).toEqual(new Date(1751142901 * 1000));
  });
});

describe('parseWebhook: user_preferences', () => {
  it.each([
    ['user-preferences-stop.json', 'stop', 'User requested to stop marketing messages'],
    ['user-preferences-resume.json', 'resume', 'User requested to resume marketing messages'],
    ['user-preferences-signup.json', 'signup', 'User signed up for marketing messages'],
  ])('reads %s', (file, value, detail) => {
    const p = only(file, 'preference');
    expect(p).toMatchObject<Partial<PreferenceChange>>({
      category: 'marketing_messages',
      value,
      detail,
      phoneNumberId: '106540352242922',
    });
    expect(p.waId).toMatch(/^\d+$/);
  });

  it('reads the BSUID of a preference and its integer timestamp', () => {
    const p = only('user-preferences-signup.json', 'preference');
    expect(p.userId).toBe('BR.18446744073709551615');
    expect(p.timestamp).toEqual(new Date(1768471900 * 1000));
  });

  it('falls back to the only contact when the preference names nobody', () => {
    const body = load('user-preferences-stop.json') as {
      entry: { changes: { value: { user_preferences: Record<string, unknown>[] } }[] }[];
    };
    delete body.entry[0]!.changes[0]!.value.user_preferences[0]!.wa_id;
    const { events } = parseWebhook(body);
    expect(events[0]).toMatchObject({ kind: 'preference', waId: '16505551234' });
  });
});

describe('parseWebhook: batching, errors and unknown fields', () => {
  it('walks every entry and every change', () => {
    const { events, skipped } = parseWebhook(load('multi-entry-multi-change.json'));
    expect(
      events.map((e) => [e.kind, 'phoneNumberId' in e ? e.phoneNumberId : null, e.wabaId]),
    ).toEqual([
      ['status', '106540352242922', '102290129340398'],
      ['status', '106540352242922', '102290129340398'],
      ['message', '106540352242923', '102290129340398'],
      ['status', '106540352242923', '102290129340398'],
      ['preference', '106540352242924', '102290129340399'],
      // account_update names the account only (entry[].id): a quality signal.
      ['signal', null, '102290129340399'],
    ]);
    expect(skipped).toEqual([]);
  });

  it('turns value.errors into an error event', () => {
    const e = only('value-errors.json', 'error');
    expect(e.errors).toEqual([
      {
        code: 131000,
        title: 'Something went wrong',
        details: 'Message failed to send because of an unknown error.',
      },
    ]);
  });

  it('skips an unknown field with the reason', () => {
    const { events, skipped } = parseWebhook(load('unknown-field-business-capability.json'));
    expect(events).toEqual([]);
    expect(skipped).toEqual([
      { path: 'entry[0].changes[0]', reason: 'unknown field "business_capability_update"' },
    ]);
  });
});

describe('parseWebhook: defects are skipped, never thrown', () => {
  const envelope = (value: unknown, field = 'messages') => ({
    object: 'whatsapp_business_account',
    entry: [{ id: 'W', changes: [{ field, value }] }],
  });
  const meta = { phone_number_id: 'P', display_phone_number: '1555' };
  const msg = (over: Record<string, unknown>) =>
    envelope({
      metadata: meta,
      messages: [
        {
          from: '1',
          id: 'wamid.1',
          timestamp: '1768471200',
          type: 'text',
          text: { body: 'hi' },
          ...over,
        },
      ],
    });

  it.each([
    ['missing', undefined, /invalid timestamp \(missing\)/],
    ['not a number', 'yesterday', /invalid timestamp \("yesterday"\)/],
    ['negative', -5, /invalid timestamp/],
    ['fractional', 1.5, /invalid timestamp/],
    ['too long', '1'.repeat(30), /invalid timestamp/],
  ])('skips a message whose timestamp is %s', (_n, timestamp, reason) => {
    const { events, skipped } = parseWebhook(msg({ timestamp }));
    expect(events).toEqual([]);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]?.path).toBe('entry[0].changes[0].value.messages[0]');
    expect(skipped[0]?.reason).toMatch(reason);
  });

  it.each([
    ['zero', '0'],
    ['negative', '-5'],
    ['not a number', 'abc'],
    ['missing', undefined],
    ['too long', '1'.repeat(30)],
  ])('keeps a message whose timestamp is %s at the receive time, and says so', (_n, timestamp) => {
    const receivedAt = new Date('2026-01-15T10:00:00Z');
    const { events, skipped, repaired } = parseWebhook(msg({ timestamp }), { receivedAt });
    expect(skipped).toEqual([]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'message', timestamp: receivedAt });
    expect(repaired).toEqual([
      {
        path: 'entry[0].changes[0].value.messages[0]',
        reason: expect.stringMatching(/is unusable; the time it was received is used$/),
      },
    ]);
  });

  it('reads a timestamp in milliseconds as seconds', () => {
    const { events, repaired } = parseWebhook(msg({ timestamp: '1796607572000' }), {
      receivedAt: new Date('2026-01-15T10:00:00Z'),
    });
    expect(events[0]).toMatchObject({ timestamp: new Date(1796607572 * 1000) });
    expect(repaired[0]?.reason).toMatch(/in milliseconds; read as seconds/);
  });

  it('skips a message without id, type or sender', () => {
    expect(parseWebhook(msg({ id: undefined })).skipped[0]?.reason).toBe('message has no id');
    expect(parseWebhook(msg({ type: 7 })).skipped[0]?.reason).toMatch(/no type/);
    expect(parseWebhook(msg({ from: undefined })).skipped[0]?.reason).toMatch(/no sender/);
  });

  it('keeps the good items next to a bad one', () => {
    const body = envelope({
      metadata: meta,
      statuses: [
        { id: 'wamid.a', status: 'sent', timestamp: '1768471200' },
        { id: 'wamid.b', timestamp: '1768471200' },
        'junk',
      ],
    });
    const { events, skipped } = parseWebhook(body);
    expect(events.map((e) => (e as DeliveryStatus).messageId)).toEqual(['wamid.a']);
    expect(skipped.map((s) => s.path)).toEqual([
      'entry[0].changes[0].value.statuses[1]',
      'entry[0].changes[0].value.statuses[2]',
    ]);
  });

  it('skips a change without phone_number_id (cannot route it)', () => {
    const { skipped } = parseWebhook(envelope({ messages: [] }));
    expect(skipped[0]?.reason).toMatch(/phone_number_id is missing/);
  });

  it.each([
    ['null', null, 'body is not a JSON object'],
    ['an array', [], 'body is not a JSON object'],
    ['a string', 'hello', 'body is not a JSON object'],
    [
      'another object type',
      { object: 'page', entry: [] },
      'object is "page", expected "whatsapp_business_account"',
    ],
    ['no entry', { object: 'whatsapp_business_account' }, 'entry is missing or not an array'],
  ])('reports a body that is %s', (_n, body, reason) => {
    expect(parseWebhook(body)).toEqual({
      events: [],
      skipped: [expect.objectContaining({ reason })],
      repaired: [],
    });
  });

  it('ignores unknown fields on known objects', () => {
    const { events } = parseWebhook(msg({ brand_new_field: { nested: true } }));
    expect(events).toHaveLength(1);
  });

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseWebhook(value);
        return Array.isArray(result.events) && Array.isArray(result.skipped);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on fixtures with any sub-value replaced by random JSON', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
    const paths = (v: unknown, prefix: (string | number)[] = []): (string | number)[][] => {
      if (typeof v !== 'object' || v === null) return [prefix];
      const keys = Array.isArray(v) ? v.map((_x, i) => i) : Object.keys(v);
      return [
        prefix,
        ...keys.flatMap((k) => paths((v as Record<string, unknown>)[k], [...prefix, k])),
      ];
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...files),
        fc.nat(),
        fc.jsonValue(),
        (file, pick, replacement) => {
          const body = load(file) as Record<string, unknown>;
          const all = paths(body).filter((p) => p.length > 0);
          const target = all[pick % all.length]!;
          let parent: Record<string | number, unknown> = body;
          for (const key of target.slice(0, -1))
            parent = parent[key] as Record<string | number, unknown>;
          parent[target[target.length - 1]!] = replacement;
          const result = parseWebhook(body);
          return result.events.length + result.skipped.length >= 0;
        },
      ),
      { numRuns: 1000 },
    );
  });
});
