/**
 * The sandbox (when the service sends to its local Graph API stand-in): write as a customer and
 * read the conversation, the messages the service sent and the customer's own.
 */
import { api, qs } from '../api.js';
import { errorBox, field, fill, h } from '../dom.js';
import { fmtTime } from '../format.js';

const POLL_MS = 1500;
const inbound = new Map();

export async function renderSandbox(main) {
  const contact = h('input', {
    name: 'from',
    required: true,
    value: sessionStorage.getItem('stopline.sandboxFrom') ?? '',
    placeholder: '5511987654321',
    inputmode: 'tel',
  });
  const text = h('input', {
    name: 'text',
    required: true,
    autocomplete: 'off',
    placeholder: 'STOP',
  });
  const status = h('div', { 'aria-live': 'polite' });
  const chat = h('ol', { class: 'chat', 'aria-label': 'Conversation' });

  async function refresh() {
    const from = contact.value.replace(/^\+/, '');
    if (!from) {
      fill(chat, h('li', { class: 'empty' }, 'Type a customer number to see its conversation.'));
      return;
    }
    const { messages } = await api(`/sandbox/messages${qs({ to: from })}`);
    const mine = inbound.get(from) ?? [];
    const items = [
      ...messages.map((m) => ({ at: m.at, dir: 'out', text: describe(m) })),
      ...mine.map((m) => ({ at: m.at, dir: 'in', text: m.text })),
    ].sort((a, b) => String(a.at).localeCompare(String(b.at)));
    fill(
      chat,
      items.length === 0
        ? h('li', { class: 'empty' }, 'No messages yet.')
        : items.map((m) =>
            h(
              'li',
              { class: `bubble ${m.dir}` },
              h(
                'span',
                { class: 'meta' },
                `${m.dir === 'in' ? 'Customer' : 'Business'} · ${fmtTime(m.at)}`,
              ),
              m.text,
            ),
          ),
    );
  }

  const form = h(
    'form',
    {
      class: 'card',
      onsubmit: async (e) => {
        e.preventDefault();
        const from = contact.value.replace(/^\+/, '');
        sessionStorage.setItem('stopline.sandboxFrom', from);
        try {
          const res = await api('/sandbox/inbound', {
            method: 'POST',
            json: { from, text: text.value },
          });
          // The server's clock, not the browser's, so the conversation reads in order.
          const seconds = Number(
            res.webhook?.entry?.[0]?.changes?.[0]?.value?.messages?.[0]?.timestamp,
          );
          const at = Number.isFinite(seconds)
            ? new Date(seconds * 1000).toISOString()
            : new Date().toISOString();
          inbound.set(from, [...(inbound.get(from) ?? []), { at, text: text.value }]);
          text.value = '';
          fill(status);
          await refresh();
        } catch (err) {
          fill(status, errorBox(err));
        }
      },
    },
    h('h2', null, 'Write as a customer'),
    field('Customer number', contact, 'Digits as WhatsApp sends them (wa_id), e.g. 5511987654321.'),
    field('Message', text),
    status,
    h('button', { type: 'submit' }, 'Send to the business'),
  );

  fill(
    main,
    h('h1', null, 'Sandbox'),
    h(
      'p',
      { class: 'muted' },
      'No real WhatsApp here: the service answers a local stand-in for the Graph API.',
    ),
    h(
      'div',
      { class: 'two-col' },
      form,
      h(
        'section',
        { class: 'card', 'aria-label': 'Conversation' },
        h('h2', null, 'Conversation'),
        chat,
      ),
    ),
  );
  contact.addEventListener('change', () => refresh());
  try {
    await refresh();
  } catch (err) {
    fill(chat, h('li', null, errorBox(err)));
    return undefined;
  }
  const timer = setInterval(() => refresh().catch(() => {}), POLL_MS);
  return () => clearInterval(timer);
}

/** A sent message as text: the body of a text, the buttons of an interactive, a template's name. */
function describe(m) {
  const body = m.body;
  if (body.type === 'text') return body.text?.body ?? '';
  if (body.type === 'interactive') {
    const i = body.interactive ?? {};
    const buttons = (i.action?.buttons ?? []).map((b) => `[${b.reply?.title}]`).join(' ');
    return `${i.body?.text ?? ''} ${buttons}`.trim();
  }
  if (body.type === 'template')
    return `Template “${body.template?.name}” (${body.template?.language?.code ?? ''})`;
  return JSON.stringify(body);
}
