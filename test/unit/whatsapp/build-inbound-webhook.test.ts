import { ValidationError } from '../../../src/errors';
import { parseWebhook } from '../../../src/whatsapp/parse-webhook';
import { buildInboundWebhook, serializeLikeMeta } from '../../../src/whatsapp/sandbox';
import { sign, verifySignature } from '../../../src/whatsapp/signature';

const at = new Date('2026-03-01T12:00:00Z');
const base = { phoneNumberId: 'PHONE_A', timestamp: at, messageId: 'wamid.IN1' };

describe('buildInboundWebhook', () => {
  it("builds a text message shaped like Meta's", () => {
    expect(
      buildInboundWebhook({ ...base, from: '+5511987654321', text: 'PARE', profileName: 'João' }),
    ).toEqual({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '100000000000001',
          changes: [
            {
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: '15550000001', phone_number_id: 'PHONE_A' },
                contacts: [{ profile: { name: 'João' }, wa_id: '5511987654321' }],
                messages: [
                  {
                    from: '5511987654321',
                    id: 'wamid.IN1',
                    timestamp: '1772366400',
                    type: 'text',
                    text: { body: 'PARE' },
                  },
                ],
              },
              field: 'messages',
            },
          ],
        },
      ],
    });
  });

  it('round-trips every kind through parseWebhook', () => {
    const cases = [
      [
        { text: 'STOP', contextId: 'wamid.OUT' },
        { type: 'text', text: 'STOP', payload: null, contextId: 'wamid.OUT' },
      ],
      [
        { buttonPayload: 'optout:t1', buttonText: 'Stop promotions' },
        { type: 'button', text: 'Stop promotions', payload: 'optout:t1' },
      ],
      [
        { buttonText: 'Stop promotions' },
        { type: 'button', text: 'Stop promotions', payload: 'Stop promotions' },
      ],
      [
        { interactiveId: 'optout:undo', interactiveTitle: 'Undo' },
        { type: 'interactive', text: 'Undo', payload: 'optout:undo' },
      ],
    ] as const;
    for (const [spec, expected] of cases) {
      const { events, skipped } = parseWebhook(
        buildInboundWebhook({ ...base, from: '16505551234', ...spec }),
      );
      expect(skipped).toEqual([]);
      expect(events).toEqual([
        expect.objectContaining({
          kind: 'message',
          phoneNumberId: 'PHONE_A',
          from: '16505551234',
          timestamp: at,
          ...expected,
        }),
      ]);
    }
  });

  it('builds a BSUID-only sender', () => {
    const { events } = parseWebhook(
      buildInboundWebhook({ ...base, userId: 'US.13491208655302741918', text: 'stop' }),
    );
    expect(events[0]).toMatchObject({
      from: null,
      fromUserId: 'US.13491208655302741918',
      contactUserId: 'US.13491208655302741918',
    });
  });

  it.each(['stop', 'resume'] as const)('builds a user_preferences %s', (preference) => {
    const webhook = buildInboundWebhook({
      phoneNumberId: 'PHONE_A',
      timestamp: at,
      from: '16505551234',
      preference,
      wabaId: 'W9',
    });
    expect(webhook.entry[0]?.changes[0]?.field).toBe('user_preferences');
    expect(parseWebhook(webhook).events).toEqual([
      {
        kind: 'preference',
        phoneNumberId: 'PHONE_A',
        wabaId: 'W9',
        waId: '16505551234',
        userId: null,
        category: 'marketing_messages',
        value: preference,
        detail: `User requested to ${preference} marketing messages`,
        timestamp: at,
      },
    ]);
  });

  it.each([
    [{ text: 'a', buttonText: 'b' }, /exactly one of .*got text, button/],
    [{}, /exactly one of .*got none/],
    [{ text: 'a', from: undefined }, /needs the customer/],
    [{ text: 'a', messageId: undefined }, /needs a messageId/],
  ])('refuses an inconsistent spec %p', (over, message) => {
    expect(() => buildInboundWebhook({ ...base, from: '16505551234', ...over })).toThrow(
      ValidationError,
    );
    expect(() => buildInboundWebhook({ ...base, from: '16505551234', ...over })).toThrow(message);
  });
});

describe('serializeLikeMeta', () => {
  const payload = { text: 'Não quero 🙏 más mensajes — ça suffit', at: 'ana@example.com/x' };

  it('escapes every non-ASCII character as lower-case \\uXXXX and nothing else', () => {
    const raw = serializeLikeMeta(payload);
    expect(raw).toBe(
      String.raw`{"text":"N\u00e3o quero \ud83d\ude4f m\u00e1s mensajes \u2014 \u00e7a suffit","at":"ana@example.com/x"}`,
    );
    expect(/^[\x20-\x7e]*$/.test(raw)).toBe(true);
    expect(JSON.parse(raw)).toEqual(payload);
  });

  it('gives bytes whose signature verifies, and differs from the unescaped JSON', () => {
    const raw = Buffer.from(serializeLikeMeta(payload));
    expect(verifySignature(['k'], raw, sign('k', raw))).toBe(true);
    expect(verifySignature(['k'], Buffer.from(JSON.stringify(payload)), sign('k', raw))).toBe(
      false,
    );
  });
});
