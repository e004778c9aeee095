import { buttonsMessage, templateMessage, textMessage } from '../../../src/whatsapp/messages';
import type { OutboundMessage } from '../../../src/whatsapp/types';

/** Bodies our builders produce, covering every option they have. */
export function builtBodies(): [string, OutboundMessage][] {
  return [
    [
      'plain text',
      textMessage('+5511987654321', 'Done: you will not get promotions from us anymore.'),
    ],
    [
      'text with emoji, preview, quote and opaque data',
      textMessage('16505551234', 'Listo ✅ ya no recibirás promociones. ¿Algo más? 🙏', {
        previewUrl: false,
        replyTo: 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=',
        bizOpaque: 'reply:optout-confirm',
      }),
    ],
    ['text of 4096 characters', textMessage('16505551234', 'x'.repeat(4096))],
    ['text to a BSUID', textMessage('US.13491208655302741918', 'Hi')],
    [
      'two reply buttons with footer',
      buttonsMessage(
        '+5215512345678',
        '¿Quieres dejar de recibir todas las promociones?',
        [
          { id: 'optout:widen:abc', title: 'Todas las promos' },
          { id: 'optout:undo:abc', title: 'Deshacer' },
        ],
        'Puedes cambiarlo cuando quieras',
      ),
    ],
    [
      'three buttons at the limits',
      buttonsMessage(
        '16505551234',
        'b'.repeat(1024),
        [
          { id: 'i'.repeat(256), title: 't'.repeat(20) },
          { id: 'two', title: 'Stop 🛑' },
          { id: 'three', title: 'Keep receiving' },
        ],
        'f'.repeat(60),
      ),
    ],
    ['one button', buttonsMessage('16505551234', 'Ok?', [{ id: 'ok', title: 'OK' }])],
    [
      'template with positional params and opt-out quick reply',
      templateMessage('+5511987654321', {
        name: 'summer_promo_v3',
        language: 'pt_BR',
        bodyParams: ['João', '20%'],
        quickReplyPayloads: [
          { index: 0, payload: 'promo:interested' },
          { index: 1, payload: 'optout:0190a1b2c3d40000aabbccddee' },
        ],
        bizOpaque: 'task:0190a1b2c3d40000aabbccddee',
      }),
    ],
    [
      'template with named params',
      templateMessage('16505551234', {
        name: 'order_promo',
        language: 'en_US',
        bodyParams: { first_name: 'Sheena', discount: '15%' },
      }),
    ],
    [
      'template without params',
      templateMessage('16505551234', { name: 'hello_world', language: 'en', bodyParams: null }),
    ],
    [
      'template with only a quick reply at index 9',
      templateMessage('16505551234', {
        name: 'weekly_deals',
        language: 'es_MX',
        bodyParams: [],
        quickReplyPayloads: [{ index: 9, payload: 'optout:x' }],
      }),
    ],
  ];
}

const base = { messaging_product: 'whatsapp', recipient_type: 'individual', to: '16505551234' };
const button = (id: string, title: string) => ({ type: 'reply', reply: { id, title } });
const interactive = (action: unknown, extra: Record<string, unknown> = {}) => ({
  ...base,
  type: 'interactive',
  interactive: { type: 'button', body: { text: 'Stop?' }, action, ...extra },
});
const template = (tpl: Record<string, unknown>) => ({
  ...base,
  type: 'template',
  template: { name: 'promo', language: { code: 'en_US', policy: 'deterministic' }, ...tpl },
});

/** Bodies both Meta's (repaired) schema and ours must reject. */
export function badBodies(): [string, unknown][] {
  return [
    [
      'no messaging_product',
      { recipient_type: 'individual', to: '1', type: 'text', text: { body: 'x' } },
    ],
    [
      'no recipient_type',
      { messaging_product: 'whatsapp', to: '16505551234', type: 'text', text: { body: 'x' } },
    ],
    [
      'no to',
      {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        type: 'text',
        text: { body: 'x' },
      },
    ],
    ['text without text', { ...base, type: 'text' }],
    ['text body is a number', { ...base, type: 'text', text: { body: 42 } }],
    ['unknown type', { ...base, type: 'carrier_pigeon', carrier_pigeon: {} }],
    [
      'interactive without action',
      { ...base, type: 'interactive', interactive: { type: 'button', body: { text: 'x' } } },
    ],
    ['no buttons', interactive({ buttons: [] })],
    [
      'four buttons',
      interactive({
        buttons: [button('a', 'A'), button('b', 'B'), button('c', 'C'), button('d', 'D')],
      }),
    ],
    ['button title of 21 characters', interactive({ buttons: [button('a', 't'.repeat(21))] })],
    ['button id of 257 characters', interactive({ buttons: [button('i'.repeat(257), 'A')] })],
    ['button without title', interactive({ buttons: [{ type: 'reply', reply: { id: 'a' } }] })],
    [
      'interactive body of 1025 characters',
      {
        ...interactive({ buttons: [button('a', 'A')] }),
        interactive: {
          type: 'button',
          body: { text: 'b'.repeat(1025) },
          action: { buttons: [button('a', 'A')] },
        },
      },
    ],
    [
      'footer of 61 characters',
      interactive({ buttons: [button('a', 'A')] }, { footer: { text: 'f'.repeat(61) } }),
    ],
    ['template without language policy', template({ language: { code: 'en_US' } })],
    ['template without language', { ...base, type: 'template', template: { name: 'promo' } }],
    [
      'template without name',
      {
        ...base,
        type: 'template',
        template: { language: { code: 'en', policy: 'deterministic' } },
      },
    ],
    [
      'template button index as a number',
      template({
        components: [
          {
            type: 'button',
            sub_type: 'quick_reply',
            index: 0,
            parameters: [{ type: 'payload', payload: 'x' }],
          },
        ],
      }),
    ],
    [
      'template button index "10"',
      template({
        components: [
          {
            type: 'button',
            sub_type: 'quick_reply',
            index: '10',
            parameters: [{ type: 'payload', payload: 'x' }],
          },
        ],
      }),
    ],
    [
      'template component of unknown type',
      template({ components: [{ type: 'sidebar', parameters: [] }] }),
    ],
  ];
}
