/** Tasks: the list with status, filtered and paged. */
import { allCategories, api, qs } from '../api.js';
import { errorBox, field, fill, h, select } from '../dom.js';
import { fmtDate } from '../format.js';
import { scopeName, taskBadge } from '../labels.js';

const STATUSES = ['draft', 'scheduled', 'running', 'paused', 'completed', 'cancelled', 'failed'];

export async function renderTasks(main, { query, navigate }) {
  const status = query.get('status') ?? '';
  const cursors = (query.get('cursors') ?? '').split(',').filter(Boolean);
  const categories = await allCategories();
  const filter = h(
    'form',
    {
      class: 'inline-form',
      'aria-label': 'Filter tasks',
      onsubmit: (e) => {
        e.preventDefault();
        const v = new FormData(e.target).get('status');
        navigate('tasks', v ? { status: v } : undefined);
      },
    },
    field('Status', select('status', [['', 'Any'], ...STATUSES.map((x) => [x, x])], status)),
    h('button', { type: 'submit', class: 'secondary' }, 'Filter'),
  );
  const list = h('section', { class: 'card', 'aria-label': 'Tasks' });
  fill(
    main,
    h(
      'div',
      { class: 'page-head' },
      h('h1', null, 'Marketing tasks'),
      h('a', { class: 'button', href: '#/tasks/new' }, 'New task'),
    ),
    filter,
    list,
  );
  try {
    const page = await api(
      `/admin/tasks${qs({ status, limit: 50, cursor: cursors[cursors.length - 1] })}`,
    );
    const move = (c) => navigate('tasks', { ...(status ? { status } : {}), cursors: c.join(',') });
    fill(
      list,
      page.items.length === 0
        ? h('p', { class: 'empty' }, 'No task yet. Create one with “New task”.')
        : h(
            'div',
            { class: 'table-wrap' },
            h(
              'table',
              null,
              h('caption', { class: 'sr-only' }, 'Tasks, newest first'),
              h(
                'thead',
                null,
                h(
                  'tr',
                  null,
                  [
                    'Name',
                    'Status',
                    'Category',
                    'Template',
                    'Created',
                    'Published',
                    'Completed',
                  ].map((t) => h('th', { scope: 'col' }, t)),
                ),
              ),
              h(
                'tbody',
                null,
                page.items.map((t) =>
                  h(
                    'tr',
                    null,
                    h('td', null, h('a', { href: `#/tasks/${t.id}` }, t.name)),
                    h(
                      'td',
                      null,
                      taskBadge(t.status),
                      t.reason ? h('div', { class: 'small muted' }, t.reason) : null,
                    ),
                    h('td', null, scopeName(t.categoryId, categories)),
                    h('td', null, h('code', null, t.template.name), ` ${t.template.language}`),
                    h('td', null, fmtDate(t.createdAt)),
                    h('td', null, fmtDate(t.publishedAt)),
                    h('td', null, fmtDate(t.completedAt)),
                  ),
                ),
              ),
            ),
          ),
      h(
        'nav',
        { class: 'pager', 'aria-label': 'Pages' },
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            disabled: cursors.length === 0,
            onclick: () => move(cursors.slice(0, -1)),
          },
          '← Previous',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            disabled: !page.nextCursor,
            onclick: () => move([...cursors, page.nextCursor]),
          },
          'Next →',
        ),
      ),
    );
  } catch (err) {
    fill(list, errorBox(err));
  }
}
