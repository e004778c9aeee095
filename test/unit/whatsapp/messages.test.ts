import { ValidationError } from '../../../src/errors';
import {
  buttonsMessage,
  recipientAddress,
  type TemplateSpec,
  templateMessage,
  textMessage,
} from '../../../src/whatsapp/messages';

describe('recipientAddress', () => {
  it.each([
    ['+5511987654321', '5511987654321'],
    ['5511987654321', '5511987654321'],
    ['US.13491208655302741918', 'US.13491208655302741918'],
  ])('%s → %s', (input, expected) => {
    expect(recipientAddress(input)).toBe(expected);
  });
});

describe('textMessage', () => {
  it('builds the body Meta documents, with digits for an E.164 recipient', () => {
    expect(textMessage('+16505551234', 'Done.')).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '16505551234',
      type: 'text',
      text: { body: 'Done.' },
    });
  });

  it('adds preview_url, the quoted message and opaque data when asked', () => {
    expect(
      textMessage('16505551234', 'Hi', {
        previewUrl: true,
        replyTo: 'wamid.X',
        bizOpaque: 'ref-1',
      }),
    ).toMatchObject({
      text: { body: 'Hi', preview_url: true },
      context: { message_id: 'wamid.X' },
      biz_opaque_callback_data: 'ref-1',
    });
  });

  it('refuses an empty body and one over 4096 characters', () => {
    expect(() => textMessage('16505551234', '')).toThrow(ValidationError);
    expect(() => textMessage('16505551234', 'x'.repeat(4097))).toThrow(
      /text\.body: must be at most 4096 characters \(got 4097\)/,
    );
  });

  it('refuses a recipient that is neither a number nor a BSUID', () => {
    expect(() => textMessage('+55 11 98765-4321', 'x')).toThrow(/to: must be a phone number/);
  });
});

describe('buttonsMessage', () => {
  const yesNo = [
    { id: 'optout:widen', title: 'All promotions' },
    { id: 'optout:undo', title: 'Undo' },
  ];

  it('builds reply buttons with an optional footer', () => {
    expect(
      buttonsMessage('+5511987654321', 'Stop all promotions?', yesNo, 'Reply anytime'),
    ).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '5511987654321',
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Stop all promotions?' },
        footer: { text: 'Reply anytime' },
        action: {
          buttons: [
            { type: 'reply', reply: { id: 'optout:widen', title: 'All promotions' } },
            { type: 'reply', reply: { id: 'optout:undo', title: 'Undo' } },
          ],
        },
      },
    });
    expect(buttonsMessage('16505551234', 'x', yesNo).interactive).not.toHaveProperty('footer');
  });

  it.each([
    ['no buttons', [], /needs 1 to 3 buttons/],
    [
      'four buttons',
      [1, 2, 3, 4].map((i) => ({ id: `b${i}`, title: `B${i}` })),
      /needs 1 to 3 buttons/,
    ],
    ['an empty title', [{ id: 'a', title: '' }], /buttons\[0\]\.reply\.title: must not be empty/],
    [
      'a 21-character title',
      [{ id: 'a', title: 'x'.repeat(21) }],
      /title: must be at most 20 characters/,
    ],
    [
      'duplicate titles',
      [
        { id: 'a', title: 'Same' },
        { id: 'b', title: 'Same' },
      ],
      /duplicate button title "Same"/,
    ],
    [
      'duplicate ids',
      [
        { id: 'a', title: 'A' },
        { id: 'a', title: 'B' },
      ],
      /duplicate button id "a"/,
    ],
    [
      'a 257-character id',
      [{ id: 'i'.repeat(257), title: 'A' }],
      /id: must be at most 256 characters/,
    ],
    [
      'an id with a trailing space',
      [{ id: 'a ', title: 'A' }],
      /id: must not start or end with a space/,
    ],
  ])('refuses %s', (_name, buttons, message) => {
    expect(() => buttonsMessage('16505551234', 'Body', buttons)).toThrow(message);
  });

  it('counts emoji as one character each in titles (20 max)', () => {
    expect(() =>
      buttonsMessage('16505551234', 'x', [{ id: 'a', title: '🛑'.repeat(20) }]),
    ).not.toThrow();
    expect(() => buttonsMessage('16505551234', 'x', [{ id: 'a', title: '🛑'.repeat(21) }])).toThrow(
      /got 21/,
    );
  });

  it('refuses a body over 1024 and a footer over 60 characters', () => {
    expect(() => buttonsMessage('16505551234', 'b'.repeat(1025), yesNo)).toThrow(/body\.text/);
    expect(() => buttonsMessage('16505551234', 'b', yesNo, 'f'.repeat(61))).toThrow(/footer\.text/);
  });
});

describe('templateMessage', () => {
  it('turns positional params into body parameters and payloads into quick replies', () => {
    const m = templateMessage('+5511987654321', {
      name: 'summer_promo_v3',
      language: 'pt_BR',
      bodyParams: ['João', '20%'],
      quickReplyPayloads: [{ index: 1, payload: 'optout:task-1' }],
      bizOpaque: 'task:task-1',
    });
    expect(m).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '5511987654321',
      type: 'template',
      biz_opaque_callback_data: 'task:task-1',
      template: {
        name: 'summer_promo_v3',
        language: { code: 'pt_BR', policy: 'deterministic' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'João' },
              { type: 'text', text: '20%' },
            ],
          },
          {
            type: 'button',
            sub_type: 'quick_reply',
            index: '1',
            parameters: [{ type: 'payload', payload: 'optout:task-1' }],
          },
        ],
      },
    });
  });

  it('turns named params into parameter_name', () => {
    const m = templateMessage('16505551234', {
      name: 'promo',
      language: 'en_US',
      bodyParams: { first_name: 'Sheena', code: 'SAVE15' },
    });
    expect(m.template.components).toEqual([
      {
        type: 'body',
        parameters: [
          { type: 'text', text: 'Sheena', parameter_name: 'first_name' },
          { type: 'text', text: 'SAVE15', parameter_name: 'code' },
        ],
      },
    ]);
  });

  it.each([null, [], {}])('leaves out components when there are no params (%p)', (bodyParams) => {
    const m = templateMessage('16505551234', { name: 'hello_world', language: 'en', bodyParams });
    expect(m.template).toEqual({
      name: 'hello_world',
      language: { code: 'en', policy: 'deterministic' },
    });
  });

  it.each([
    ['an empty param', { bodyParams: ['ok', ''] }, /parameters\[1\]\.text: must not be empty/],
    ['a param with a newline', { bodyParams: ['line1\nline2'] }, /newline or tab/],
    ['a param with 5 spaces', { bodyParams: ['a     b'] }, /more than 4 consecutive spaces/],
    [
      'a bad named variable',
      { bodyParams: { 'First Name': 'x' } },
      /parameter_name: must be lower-case/,
    ],
    [
      'a quick-reply index of 10',
      { bodyParams: null, quickReplyPayloads: [{ index: 10, payload: 'x' }] },
      /index: must be a button position/,
    ],
    [
      'a duplicate quick-reply index',
      {
        bodyParams: null,
        quickReplyPayloads: [
          { index: 0, payload: 'x' },
          { index: 0, payload: 'y' },
        ],
      },
      /duplicate button index "0"/,
    ],
    ['a bad template name', { name: 'Summer Promo', bodyParams: null }, /template\.name/],
    ['a bad language code', { language: 'portuguese', bodyParams: null }, /language\.code/],
  ])('refuses %s', (_name, over, message) => {
    const spec: TemplateSpec = { name: 'promo', language: 'en', ...over };
    expect(() => templateMessage('16505551234', spec)).toThrow(message);
  });
});
