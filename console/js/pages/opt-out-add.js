/** The seed's "add a customer" form: media type, contact, category, validity, remarks. */
import { api } from '../api.js';
import { errorBox, field, fill, h, select, toast } from '../dom.js';
import { fmtDate, zonedToIso } from '../format.js';
import { CHANNELS } from '../labels.js';

export function addForm(categories, done) {
  const validity = select(
    'validity',
    [
      ['default', 'Default for the scope'],
      ['days', 'A number of days'],
      ['until', 'Until a date'],
    ],
    'default',
  );
  const days = h('input', {
    name: 'validDays',
    type: 'number',
    min: 1,
    step: 1,
    inputmode: 'numeric',
  });
  const until = h('input', { name: 'validUntil', type: 'date' });
  const daysField = field('Days', days);
  const untilField = field('Valid until (end of that day)', until);
  const syncValidity = () => {
    daysField.hidden = validity.value !== 'days';
    untilField.hidden = validity.value !== 'until';
  };
  validity.addEventListener('change', syncValidity);
  syncValidity();
  const status = h('div', { 'aria-live': 'polite' });

  const form = h(
    'form',
    {
      'aria-labelledby': 'add-title',
      onsubmit: async (event) => {
        event.preventDefault();
        const v = Object.fromEntries(new FormData(form));
        const body = {
          channel: v.channel,
          contact: v.contact,
          categoryId: v.categoryId || null,
          remarks: v.remarks ? v.remarks : null,
        };
        if (v.validity === 'days') body.validDays = Number(v.validDays);
        if (v.validity === 'until') body.validUntil = zonedToIso(`${v.validUntil}T23:59`);
        try {
          const optOut = await api('/admin/opt-outs', { method: 'POST', json: body });
          const outcome = optOut.$response.headers.get('x-opt-out-outcome') ?? 'saved';
          fill(
            status,
            h(
              'p',
              { class: 'ok' },
              `${outcome[0].toUpperCase()}${outcome.slice(1)}: ${optOut.contact}, ${optOut.expiresAt ? `until ${fmtDate(optOut.expiresAt)}` : 'until revoked'}.`,
            ),
          );
          toast(`Opt-out ${outcome}: ${optOut.contact}`);
          form.reset();
          syncValidity();
          done();
        } catch (err) {
          fill(status, errorBox(err));
        }
      },
    },
    field('Media type', select('channel', CHANNELS, 'whatsapp')),
    field(
      'Contact',
      h('input', {
        name: 'contact',
        required: true,
        autocomplete: 'off',
        placeholder: '+55 11 98765-4321',
      }),
      'A phone number (any format), a WhatsApp id, or an email address.',
    ),
    field(
      'Marketing category',
      select('categoryId', [['', 'All marketing'], ...categories.map((c) => [c.id, c.name])], ''),
    ),
    field('Validity', validity),
    daysField,
    untilField,
    field('Remarks', h('textarea', { name: 'remarks', rows: 2, maxlength: 500 })),
    status,
    h('button', { type: 'submit' }, 'Add to the list'),
  );
  return form;
}
