/** The dashboard: opt-outs per day by source, top categories, tasks in flight, inbox lag. */
import { api } from '../api.js';
import { fill, h } from '../dom.js';
import { fmtNumber, plural } from '../format.js';
import { barChart } from '../chart.js';
import { SOURCES, sourceLabel, taskBadge } from '../labels.js';

export async function renderDashboard(main) {
  const d = await api('/admin/dashboard?days=14');
  const sources = SOURCES.map(([s]) => s).filter((s) =>
    d.optOutsPerDay.some((x) => x.source === s),
  );
  const series = sources.map((source) => ({
    name: sourceLabel(source),
    values: d.days.map(
      (day) => d.optOutsPerDay.find((x) => x.day === day && x.source === source)?.count ?? 0,
    ),
  }));
  const total = d.optOutsPerDay.reduce((sum, x) => sum + x.count, 0);
  fill(
    main,
    h('h1', null, 'Dashboard'),
    h(
      'ul',
      { class: 'stats' },
      stat(fmtNumber(total), `opt-outs in ${d.days.length} days`),
      stat(fmtNumber(d.tasks.filter((t) => t.status === 'running').length), 'tasks running'),
      stat(fmtNumber(d.inbox.pending), 'webhooks waiting'),
      stat(`${d.inbox.lagSeconds.toFixed(1)} s`, 'inbox lag'),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'per-day' },
      h('h2', { id: 'per-day' }, 'Opt-outs per day, by source'),
      d.truncated
        ? h(
            'p',
            { class: 'small muted' },
            `From the newest ${fmtNumber(d.scanned)} opt-outs of the period.`,
          )
        : null,
      total === 0
        ? h('p', { class: 'empty' }, 'No opt-out in this period.')
        : barChart({
            title: 'Opt-outs per day by source',
            labels: d.days.map((x) => x.slice(5)),
            series,
          }),
    ),
    h(
      'div',
      { class: 'two-col' },
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'top-cat' },
        h('h2', { id: 'top-cat' }, 'Top categories opted out of'),
        d.topCategories.length === 0
          ? h('p', { class: 'empty' }, 'None in this period.')
          : h(
              'table',
              null,
              h(
                'thead',
                null,
                h(
                  'tr',
                  null,
                  h('th', { scope: 'col' }, 'Scope'),
                  h('th', { scope: 'col', class: 'num' }, 'Opt-outs'),
                ),
              ),
              h(
                'tbody',
                null,
                d.topCategories.map((c) =>
                  h(
                    'tr',
                    null,
                    h('td', null, c.name),
                    h('td', { class: 'num' }, fmtNumber(c.count)),
                  ),
                ),
              ),
            ),
      ),
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'in-flight' },
        h('h2', { id: 'in-flight' }, 'Tasks in flight'),
        d.tasks.length === 0
          ? h('p', { class: 'empty' }, 'No task is scheduled, running or paused.')
          : h(
              'table',
              null,
              h(
                'thead',
                null,
                h(
                  'tr',
                  null,
                  ['Task', 'Status', 'Handled', 'Suppressed'].map((t) =>
                    h('th', { scope: 'col' }, t),
                  ),
                ),
              ),
              h(
                'tbody',
                null,
                d.tasks.map((t) =>
                  h(
                    'tr',
                    null,
                    h('td', null, h('a', { href: `#/tasks/${t.id}` }, t.name)),
                    h('td', null, taskBadge(t.status)),
                    h(
                      'td',
                      null,
                      `${fmtNumber(t.stats.total - t.stats.pending - t.stats.sending)} of ${plural(t.stats.total, 'recipient')}`,
                    ),
                    h('td', null, fmtNumber(t.stats.suppressed)),
                  ),
                ),
              ),
            ),
      ),
    ),
  );
}

const stat = (n, k) =>
  h('li', { class: 'stat' }, h('span', { class: 'n' }, n), h('span', { class: 'k' }, k));
