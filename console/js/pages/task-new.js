/**
 * Creating a task in the seed's two steps: (1) name, type, media type, category and template;
 * (2) sending policy and follow-up. Recipients, the dry run and publishing follow on its page.
 */
import { allCategories, api } from '../api.js';
import { errorBox, field, fill, h, select } from '../dom.js';
import { timeZone, zonedToIso } from '../format.js';

const DAYS = [
  [1, 'Mon'],
  [2, 'Tue'],
  [3, 'Wed'],
  [4, 'Thu'],
  [5, 'Fri'],
  [6, 'Sat'],
  [7, 'Sun'],
];

export async function renderTaskNew(main, { navigate }) {
  const categories = await allCategories();
  const draft = {};
  const stepOne = () => {
    const form = h(
      'form',
      {
        class: 'card form-narrow',
        onsubmit: (e) => {
          e.preventDefault();
          Object.assign(draft, Object.fromEntries(new FormData(form)));
          stepTwo();
        },
      },
      steps(1),
      h('h2', null, 'Step 1 of 2: the task'),
      field(
        'Task name',
        h('input', { name: 'name', required: true, maxlength: 200, value: draft.name ?? '' }),
      ),
      field('Task type', select('type', [['marketing', 'Marketing']], 'marketing')),
      field('Media type', select('channel', [['whatsapp', 'WhatsApp']], 'whatsapp')),
      field(
        'Marketing category',
        select(
          'categoryId',
          [['', 'None (all marketing)'], ...categories.map((c) => [c.id, c.name])],
          draft.categoryId ?? '',
        ),
        'A customer who stops after this task stops this category.',
      ),
      field(
        'Template name',
        h('input', {
          name: 'templateName',
          required: true,
          pattern: '[a-z0-9_]+',
          value: draft.templateName ?? '',
          autocomplete: 'off',
        }),
        'The approved WhatsApp template: lower-case letters, digits and _.',
      ),
      field(
        'Template language',
        h('input', {
          name: 'templateLanguage',
          required: true,
          value: draft.templateLanguage ?? 'en',
          autocomplete: 'off',
        }),
        'A template language code such as en or pt_BR.',
      ),
      field(
        'Opt-out button index',
        h('input', {
          name: 'optOutButtonIndex',
          type: 'number',
          min: 0,
          max: 9,
          value: draft.optOutButtonIndex ?? '',
        }),
        'The quick-reply button that unsubscribes (0–9); leave empty if none.',
      ),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'submit' }, 'Next: policy and follow-up'),
        h('a', { class: 'button secondary', href: '#/tasks' }, 'Cancel'),
      ),
    );
    fill(main, h('h1', null, 'New task'), form);
    form.querySelector('input')?.focus();
  };

  const stepTwo = () => {
    const status = h('div', { 'aria-live': 'polite' });
    const form = h(
      'form',
      {
        class: 'card form-narrow',
        onsubmit: async (e) => {
          e.preventDefault();
          const v = Object.fromEntries(new FormData(form));
          const days = new FormData(form).getAll('days').map(Number);
          const body = {
            name: draft.name,
            type: 'marketing',
            channel: 'whatsapp',
            categoryId: draft.categoryId || null,
            template: {
              name: draft.templateName,
              language: draft.templateLanguage,
              optOutButtonIndex:
                draft.optOutButtonIndex === '' ? null : Number(draft.optOutButtonIndex),
            },
            startAt: v.startAt ? zonedToIso(v.startAt) : null,
            endAt: v.endAt ? zonedToIso(v.endAt) : null,
            policy: {
              window:
                v.windowStart && v.windowEnd
                  ? { start: v.windowStart, end: v.windowEnd, days }
                  : null,
              messagesPerSecond: v.messagesPerSecond ? Number(v.messagesPerSecond) : null,
            },
            followUp: {
              assignees: (v.assignees ?? '')
                .split(/[,\n]/)
                .map((x) => x.trim())
                .filter(Boolean),
            },
          };
          try {
            const task = await api('/admin/tasks', { method: 'POST', json: body });
            navigate(`tasks/${task.id}`);
          } catch (err) {
            fill(status, errorBox(err));
          }
        },
      },
      steps(2),
      h('h2', null, 'Step 2 of 2: policy and follow-up'),
      h('p', { class: 'small muted' }, `Times are in ${timeZone()}.`),
      h(
        'div',
        { class: 'two-col' },
        field(
          'Start at',
          h('input', { name: 'startAt', type: 'datetime-local' }),
          'Empty: as soon as it is published.',
        ),
        field('End at', h('input', { name: 'endAt', type: 'datetime-local' }), 'Empty: no end.'),
      ),
      h(
        'div',
        { class: 'two-col' },
        field('Sending window opens', h('input', { name: 'windowStart', type: 'time' })),
        field('Sending window closes', h('input', { name: 'windowEnd', type: 'time' })),
      ),
      h(
        'fieldset',
        { class: 'checks' },
        h('legend', null, 'Sending days (none ticked: every day)'),
        DAYS.map(([n, label]) =>
          h('label', null, h('input', { type: 'checkbox', name: 'days', value: n }), label),
        ),
      ),
      field(
        'Messages per second',
        h('input', { name: 'messagesPerSecond', type: 'number', min: 1, max: 1000 }),
        'Empty: the number’s rate from the settings.',
      ),
      field(
        'Follow-up assignees',
        h('textarea', { name: 'assignees', rows: 2 }),
        'Who follows up replies: emails or names, separated by commas.',
      ),
      status,
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'submit' }, 'Create the task'),
        h('button', { type: 'button', class: 'secondary', onclick: stepOne }, 'Back'),
      ),
    );
    fill(main, h('h1', null, 'New task'), form);
    form.querySelector('input')?.focus();
  };
  stepOne();
}

function steps(current) {
  return h(
    'ol',
    { class: 'steps' },
    ['The task', 'Policy and follow-up', 'Recipients and publish'].map((label, i) =>
      h('li', { 'aria-current': i + 1 === current ? 'step' : null }, `${i + 1}. ${label}`),
    ),
  );
}
