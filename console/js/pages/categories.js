/** Marketing categories: list, create, edit, delete (refused while opt-outs or tasks use one). */
import { allCategories, api } from '../api.js';
import { errorBox, field, fill, h, toast } from '../dom.js';
import { fmtDate } from '../format.js';

function categoryForm(category, onSaved, onCancel) {
  const status = h('div', { 'aria-live': 'polite' });
  const untilRevoked = h('input', {
    type: 'checkbox',
    name: 'untilRevoked',
    checked: category ? category.unsubscribeDays === null : false,
  });
  const days = h('input', {
    type: 'number',
    name: 'unsubscribeDays',
    min: 1,
    value: category?.unsubscribeDays ?? 30,
  });
  const sync = () => {
    days.disabled = untilRevoked.checked;
  };
  untilRevoked.addEventListener('change', sync);
  sync();
  const form = h(
    'form',
    {
      class: 'card',
      onsubmit: async (e) => {
        e.preventDefault();
        const v = Object.fromEntries(new FormData(form));
        const body = {
          name: v.name,
          unsubscribeDays: untilRevoked.checked ? null : Number(v.unsubscribeDays),
          description: v.description || null,
          keywords: (v.keywords ?? '')
            .split(',')
            .map((k) => k.trim())
            .filter(Boolean),
        };
        try {
          if (category)
            await api(`/admin/categories/${category.id}`, { method: 'PATCH', json: body });
          else await api('/admin/categories', { method: 'POST', json: body });
          toast(`Category “${body.name}” saved.`);
          onSaved();
        } catch (err) {
          fill(status, errorBox(err));
        }
      },
    },
    h('h2', null, category ? `Edit “${category.name}”` : 'New category'),
    field(
      'Name',
      h('input', { name: 'name', required: true, maxlength: 100, value: category?.name ?? '' }),
    ),
    field('Opt-out lasts (days)', days, 'How long a customer’s stop of this category lasts.'),
    h('div', { class: 'checks' }, h('label', null, untilRevoked, 'Until revoked')),
    field('Description', h('input', { name: 'description', value: category?.description ?? '' })),
    field(
      'Keywords',
      h('input', { name: 'keywords', value: (category?.keywords ?? []).join(', ') }),
      'Words customers use for it, separated by commas (e.g. offers, deals).',
    ),
    status,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit' }, 'Save'),
      onCancel
        ? h('button', { type: 'button', class: 'secondary', onclick: onCancel }, 'Cancel')
        : null,
    ),
  );
  return form;
}

export async function renderCategories(main) {
  const list = h('section', { class: 'card', 'aria-labelledby': 'cat-title' });
  const editor = h('div');
  const reload = async () => {
    fill(editor, categoryForm(null, reload));
    const categories = await allCategories();
    fill(
      list,
      h('h2', { id: 'cat-title' }, 'Categories'),
      categories.length === 0
        ? h('p', { class: 'empty' }, 'No category yet: opt-outs then cover all marketing.')
        : h(
            'div',
            { class: 'table-wrap' },
            h(
              'table',
              null,
              h(
                'thead',
                null,
                h(
                  'tr',
                  null,
                  ['Name', 'Opt-out lasts', 'Keywords', 'Description', 'Created', ''].map((t) =>
                    h('th', { scope: 'col' }, t),
                  ),
                ),
              ),
              h(
                'tbody',
                null,
                categories.map((c) =>
                  h(
                    'tr',
                    null,
                    h('td', null, c.name),
                    h(
                      'td',
                      null,
                      c.unsubscribeDays === null ? 'until revoked' : `${c.unsubscribeDays} days`,
                    ),
                    h('td', null, c.keywords.join(', ')),
                    h('td', null, c.description ?? ''),
                    h('td', null, fmtDate(c.createdAt)),
                    h(
                      'td',
                      null,
                      h(
                        'div',
                        { class: 'actions' },
                        h(
                          'button',
                          {
                            type: 'button',
                            class: 'secondary small',
                            onclick: () => {
                              fill(editor, categoryForm(c, reload, reload));
                              editor.querySelector('input')?.focus();
                            },
                          },
                          'Edit',
                          h('span', { class: 'sr-only' }, ` ${c.name}`),
                        ),
                        h(
                          'button',
                          {
                            type: 'button',
                            class: 'danger small',
                            onclick: async () => {
                              if (!window.confirm(`Delete the category “${c.name}”?`)) return;
                              try {
                                await api(`/admin/categories/${c.id}`, { method: 'DELETE' });
                                toast('Deleted.');
                                reload();
                              } catch (err) {
                                toast(err.message);
                              }
                            },
                          },
                          'Delete',
                          h('span', { class: 'sr-only' }, ` ${c.name}`),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
    );
  };
  fill(main, h('h1', null, 'Marketing categories'), h('div', { class: 'two-col' }, list, editor));
  await reload();
}
