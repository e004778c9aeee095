import type { z } from 'zod';
import { outboundMessageSchema, validateOutbound } from '../../../src/whatsapp/message-schema';
import type { OutboundMessage } from '../../../src/whatsapp/types';

// Compile-time check: whatever the schema accepts is an OutboundMessage as types.ts defines it.
const asOutbound = (m: z.infer<typeof outboundMessageSchema>): OutboundMessage => m;

const base = { messaging_product: 'whatsapp', recipient_type: 'individual', to: '16505551234' };
const text = { ...base, type: 'text', text: { body: 'hi' } };
const tpl = (components: unknown) => ({
  ...base,
  type: 'template',
  template: { name: 'promo', language: { code: 'en', policy: 'deterministic' }, components },
});
const param = (t: string, name?: string) => ({
  type: 'text',
  text: t,
  ...(name ? { parameter_name: name } : {}),
});

describe('validateOutbound', () => {
  it('accepts a minimal text body', () => {
    expect(validateOutbound(text)).toEqual({ ok: true });
    expect(asOutbound(outboundMessageSchema.parse(text)).type).toBe('text');
  });

  it.each([null, 'text', 42, [text]])('refuses a body that is not an object (%p)', (body) => {
    expect(validateOutbound(body)).toEqual({ ok: false, errors: ['body: must be a JSON object'] });
  });

  it.each([
    [
      'an unknown top-level key',
      { ...text, biz_opaque_callback_date: 'typo' },
      'body: unknown field(s) "biz_opaque_callback_date"',
    ],
    [
      'an unknown nested key',
      { ...text, text: { body: 'hi', preview: true } },
      'text: unknown field(s) "preview"',
    ],
    [
      'a type we do not send',
      { ...text, type: 'image' },
      'type: must be one of "text", "interactive", "template" (the types stopline sends)',
    ],
    [
      'a group recipient',
      { ...text, recipient_type: 'group' },
      'recipient_type: Invalid input: expected "individual"',
    ],
    [
      'a missing recipient_type',
      { ...text, recipient_type: undefined },
      'recipient_type: is required',
    ],
    [
      'another messaging_product',
      { ...text, messaging_product: 'sms' },
      'messaging_product: Invalid input: expected "whatsapp"',
    ],
    [
      'a recipient with a space',
      { ...text, to: '1650 5551234' },
      'to: must be a phone number in international format (digits, e.g. 5511987654321) or a BSUID (e.g. US.13491208655302741918)',
    ],
    [
      'opaque data over 512 characters',
      { ...text, biz_opaque_callback_data: 'x'.repeat(513) },
      'biz_opaque_callback_data: must be at most 512 characters (got 513)',
    ],
    [
      'an empty context id',
      { ...text, context: { message_id: '' } },
      'context.message_id: must not be empty',
    ],
  ])('refuses %s, naming it', (_name, body, error) => {
    expect(validateOutbound(body)).toEqual({ ok: false, errors: [error] });
  });

  it('accepts a recipient with + and a BSUID', () => {
    expect(validateOutbound({ ...text, to: '+16505551234' }).ok).toBe(true);
    expect(validateOutbound({ ...text, to: 'US.13491208655302741918' }).ok).toBe(true);
  });

  it('lists every problem at once', () => {
    const result = validateOutbound({ ...base, to: '', type: 'text', text: { body: '' } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toHaveLength(2);
  });

  describe('templates', () => {
    it('accepts body and quick-reply components', () => {
      const body = tpl([
        { type: 'body', parameters: [param('Ana')] },
        {
          type: 'button',
          sub_type: 'quick_reply',
          index: '0',
          parameters: [{ type: 'payload', payload: 'optout:1' }],
        },
      ]);
      expect(validateOutbound(body)).toEqual({ ok: true });
    });

    it('accepts a url button with its text suffix (the preference link)', () => {
      const body = tpl([
        {
          type: 'button',
          sub_type: 'url',
          index: '2',
          parameters: [{ type: 'text', text: 'v1.abc.def.ghi' }],
        },
      ]);
      expect(validateOutbound(body)).toEqual({ ok: true });
    });

    it.each([
      [
        'mixed positional and named params',
        [{ type: 'body', parameters: [param('a', 'x'), param('b')] }],
        /either positional or named/,
      ],
      [
        'two body components',
        [
          { type: 'body', parameters: [param('a')] },
          { type: 'body', parameters: [param('b')] },
        ],
        /at most one body component/,
      ],
      [
        'an empty body component',
        [{ type: 'body', parameters: [] }],
        /leave out the body component/,
      ],
      ['an empty component list', [], /leave out components/],
      [
        'a quick reply with two payloads',
        [
          {
            type: 'button',
            sub_type: 'quick_reply',
            index: '1',
            parameters: [
              { type: 'payload', payload: 'a' },
              { type: 'payload', payload: 'b' },
            ],
          },
        ],
        /exactly one payload/,
      ],
      [
        'a url button with a payload instead of its text suffix',
        [
          {
            type: 'button',
            sub_type: 'url',
            index: '0',
            parameters: [{ type: 'payload', payload: 'x' }],
          },
        ],
        /parameters\[0\]/,
      ],
      ['a tab in a param', [{ type: 'body', parameters: [param('a\tb')] }], /newline or tab/],
    ])('refuses %s', (_name, components, message) => {
      const result = validateOutbound(tpl(components));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors.join('\n')).toMatch(message);
    });

    it('accepts exactly 4 consecutive spaces in a param', () => {
      expect(validateOutbound(tpl([{ type: 'body', parameters: [param('a    b')] }])).ok).toBe(
        true,
      );
    });
  });
});
