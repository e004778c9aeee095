/**
 * One task: its settings, the actions its status allows, recipients import, the dry run, live
 * progress (polled every second while it can still change, no reload), a chart of sends over
 * time with the opt-outs that followed, and the recipients with their outcome.
 */
import { allCategories, api, qs } from '../api.js';
import { errorBox, field, fill, h, select, toast } from '../dom.js';
import { fmtDate, fmtNumber, fmtTime } from '../format.js';
import { contactHref, RECIPIENT_STATUSES, scopeName, taskBadge } from '../labels.js';
import { barChart } from '../chart.js';
import { summaryView } from './opt-out-import.js';

const POLL_MS = 1000;
const FINAL = ['completed', 'cancelled', 'failed'];
const ACTIONS = {
  publish: ['draft'],
  pause: ['scheduled', 'running'],
  resume: ['paused'],
  cancel: ['draft', 'scheduled', 'running', 'paused'],
};
/** The chart reads at most this many recipients (newest first); a larger task shows a sample. */
const CHART_ROWS = 5000;
const CHART_EVERY_MS = 10_000;

export async function renderTask(main, { params, query, navigate }) {
  const id = params[0];
  const categories = await allCategories();
  let task = await api(`/admin/tasks/${id}`);
  const head = h('div', { class: 'page-head' });
  const progress = h('section', { class: 'card', 'aria-labelledby': 'progress-title' });
  const chart = h('section', { class: 'card', 'aria-labelledby': 'chart-title' });
  const recipients = h('section', { class: 'card', 'aria-labelledby': 'recipients-title' });
  const preview = h('div', { 'aria-live': 'polite' });
  const tools = h(
    'div',
    { class: 'two-col' },
    importCard(id, () => refresh()),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'preview-title' },
      h('h2', { id: 'preview-title' }, 'Dry run'),
      h(
        'p',
        { class: 'small' },
        'Who would be sent to, and who would be suppressed and why, if the pending recipients were sent now.',
      ),
      h(
        'button',
        { type: 'button', class: 'secondary', onclick: () => runPreview(id, preview) },
        'Preview',
      ),
      preview,
    ),
  );

  fill(main, head, details(task, categories), progress, tools, chart, recipients);

  function renderHead() {
    fill(
      head,
      h('h1', null, task.name, ' ', taskBadge(task.status)),
      h(
        'div',
        { class: 'actions' },
        Object.entries(ACTIONS)
          .filter(([, from]) => from.includes(task.status))
          .map(([action]) =>
            h(
              'button',
              {
                type: 'button',
                class: action === 'cancel' ? 'danger' : action === 'publish' ? '' : 'secondary',
                onclick: () => act(action),
              },
              action[0].toUpperCase() + action.slice(1),
            ),
          ),
      ),
    );
  }

  async function act(action) {
    if (
      action === 'cancel' &&
      !window.confirm('Cancel this task? Recipients not yet sent will not be sent.')
    )
      return;
    try {
      task = {
        ...(await api(`/admin/tasks/${id}/${action}`, { method: 'POST' })),
        stats: task.stats,
      };
      toast(`Task ${task.status}.`);
      await refresh();
    } catch (err) {
      toast(err.message);
    }
  }

  async function refresh() {
    task = await api(`/admin/tasks/${id}`);
    renderHead();
    renderProgress(progress, task);
  }

  renderHead();
  renderProgress(progress, task);
  await Promise.all([renderChart(chart, id), renderRecipients(recipients, id, query, navigate)]);

  // Live progress: poll while the task can still change; stop when the user leaves the page.
  // The chart reads up to 5,000 recipients, so while sending it is redrawn every 10 s at most,
  // and once more at the end.
  let stopped = false;
  let busy = false;
  let lastStats = JSON.stringify(task.stats);
  let chartStale = false;
  let chartAt = Date.now();
  const timer = setInterval(async () => {
    if (stopped || busy || document.hidden) return;
    busy = true;
    try {
      await refresh();
      const final = FINAL.includes(task.status);
      const now = JSON.stringify(task.stats);
      const changed = now !== lastStats;
      lastStats = now;
      chartStale ||= changed;
      const drawChart = chartStale && (final || Date.now() - chartAt >= CHART_EVERY_MS);
      if (drawChart) {
        chartStale = false;
        chartAt = Date.now();
      }
      await Promise.all([
        drawChart ? renderChart(chart, id) : null,
        changed ? renderRecipients(recipients, id, query, navigate) : null,
      ]);
      if (final && !chartStale) clearInterval(timer);
    } catch {
      // A failed poll is retried on the next tick; the page keeps what it showed.
    } finally {
      busy = false;
    }
  }, POLL_MS);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}

function details(task, categories) {
  const w = task.policy.window;
  return h(
    'section',
    { class: 'card', 'aria-label': 'Task settings' },
    h(
      'dl',
      { class: 'grid' },
      item('Category', scopeName(task.categoryId, categories)),
      item(
        'Template',
        `${task.template.name} (${task.template.language})${task.template.optOutButtonIndex !== null ? `, opt-out button ${task.template.optOutButtonIndex}` : ''}`,
      ),
      item(
        'Start / end',
        `${task.startAt ? fmtDate(task.startAt) : 'when published'} → ${task.endAt ? fmtDate(task.endAt) : 'no end'}`,
      ),
      item(
        'Sending window',
        w
          ? `${w.start}–${w.end}${w.days.length ? `, days ${w.days.join(',')}` : ', every day'}`
          : 'any time',
      ),
      item(
        'Rate',
        task.policy.messagesPerSecond ? `${task.policy.messagesPerSecond}/s` : 'the number’s rate',
      ),
      item('Follow-up', task.followUp.assignees.join(', ') || '—'),
      item('Created', fmtDate(task.createdAt)),
    ),
  );
}
const item = (k, v) => h('div', null, h('dt', { class: 'small muted' }, k), h('dd', null, v));

function renderProgress(el, task) {
  const st = task.stats ?? {};
  const total = st.total ?? 0;
  const done = total - (st.pending ?? 0) - (st.sending ?? 0);
  fill(
    el,
    h('h2', { id: 'progress-title' }, 'Progress'),
    task.reason ? h('p', { class: 'error' }, `Reason: ${task.reason}`) : null,
    h(
      'p',
      null,
      `${fmtNumber(done)} of ${fmtNumber(total)} recipients handled`,
      h('span', { class: 'muted small' }, ` · updated ${fmtTime(new Date().toISOString())}`),
    ),
    h('progress', { max: Math.max(1, total), value: done, 'aria-label': 'Recipients handled' }),
    h(
      'ul',
      { class: 'stats', 'data-testid': 'stats' },
      [...RECIPIENT_STATUSES, 'optedOutAfter'].map((k) =>
        h(
          'li',
          { class: 'stat', 'data-stat': k },
          h('span', { class: 'n' }, fmtNumber(st[k] ?? 0)),
          h('span', { class: 'k' }, k === 'optedOutAfter' ? 'opted out after' : k),
        ),
      ),
    ),
    waitingLine(st.deferred),
  );
}

/** Pending recipients that wait, and why: their own window, the frequency cap, Meta's 131049. */
function waitingLine(deferred) {
  const parts = Object.entries(deferred ?? {}).filter(([, n]) => n > 0);
  if (parts.length === 0) return null;
  return h(
    'p',
    { class: 'muted', 'data-testid': 'deferred' },
    `Waiting: ${parts.map(([why, n]) => `${fmtNumber(n)} ${why.replace(/_/g, ' ')}`).join(', ')}`,
  );
}

function importCard(id, done) {
  const file = h('input', { type: 'file', accept: '.csv,text/csv' });
  const paste = h('textarea', { rows: 4, placeholder: 'contact,1\n+5511987654321,Ana' });
  const out = h('div', { 'aria-live': 'polite' });
  return h(
    'form',
    {
      class: 'card',
      'aria-labelledby': 'import-recipients',
      onsubmit: async (e) => {
        e.preventDefault();
        const body = file.files?.[0] ?? (paste.value.trim() ? `${paste.value.trim()}\n` : null);
        if (!body) {
          fill(out, errorBox('Choose a CSV file or paste CSV text.'));
          return;
        }
        fill(out, h('p', { class: 'muted' }, 'Importing…'));
        try {
          let summary = await api(`/admin/tasks/${id}/recipients`, {
            method: 'POST',
            body,
            type: 'text/csv',
          });
          while (summary.importId) {
            await new Promise((r) => setTimeout(r, POLL_MS));
            const job = await api(`/admin/imports/${summary.importId}`);
            fill(out, h('p', null, `Importing… ${fmtNumber(job.processed)} rows so far`));
            if (job.status === 'failed') throw new Error(job.error);
            if (job.status === 'completed') summary = job.summary;
          }
          fill(out, summaryView(summary));
          paste.value = '';
          done();
        } catch (err) {
          fill(out, errorBox(err));
        }
      },
    },
    h('h2', { id: 'import-recipients' }, 'Import recipients'),
    h(
      'p',
      { class: 'small' },
      'CSV with a ',
      h('code', null, 'contact'),
      ' column; other columns are template parameters (1, 2… or names).',
    ),
    field('CSV file', file),
    field('Or paste CSV', paste),
    h('button', { type: 'submit' }, 'Import recipients'),
    out,
  );
}

async function runPreview(id, out) {
  fill(out, h('p', { class: 'muted' }, 'Checking…'));
  try {
    const p = await api(`/admin/tasks/${id}/preview`);
    const sup = p.suppressed;
    fill(
      out,
      h(
        'p',
        { class: 'headline' },
        `Would send ${fmtNumber(p.wouldSend)}; suppressed ${fmtNumber(sup.total)} of ${fmtNumber(p.scanned)} pending${p.truncated ? ' (a sample)' : ''}.`,
      ),
      h(
        'ul',
        { class: 'small' },
        h(
          'li',
          null,
          `By scope: this category ${sup.byScope.category}, all marketing ${sup.byScope.allMarketing}`,
        ),
        h(
          'li',
          null,
          `By source: ${
            Object.entries(sup.bySource)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ') || 'none'
          }`,
        ),
        h(
          'li',
          null,
          `By origin: ${
            Object.entries(sup.byOrigin)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ') || 'none'
          }`,
        ),
        h(
          'li',
          null,
          `Parameters: ${p.params.expected}; ${p.params.notFitting} not fitting`,
          p.params.examples.map((x) => h('div', null, `${x.contact}: ${x.problem}`)),
        ),
        h(
          'li',
          null,
          `Window (${p.window.timeZone}): ${p.window.openNow ? 'open now' : `closed, opens ${fmtDate(p.window.nextOpensAt)}`}`,
        ),
      ),
      p.example
        ? h(
            'details',
            null,
            h('summary', null, `Example message to ${p.example.contact}`),
            h('pre', null, JSON.stringify(p.example.body, null, 2)),
          )
        : null,
      p.exampleError ? h('p', { class: 'error' }, p.exampleError) : null,
    );
  } catch (err) {
    fill(out, errorBox(err));
  }
}

/** Sends per time bucket and the opt-outs that followed, from the recipients' own timestamps. */
async function renderChart(el, id) {
  const rows = [];
  let cursor = null;
  do {
    const page = await api(`/admin/tasks/${id}/recipients${qs({ limit: 500, cursor })}`);
    rows.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && rows.length < CHART_ROWS);
  const sent = rows.filter((r) => r.sentAt).map((r) => Date.parse(r.sentAt));
  const opted = rows.filter((r) => r.optedOutAt).map((r) => Date.parse(r.optedOutAt));
  const title = h('h2', { id: 'chart-title' }, 'Sends over time and the opt-outs that followed');
  if (sent.length === 0) {
    fill(el, title, h('p', { class: 'empty' }, 'Nothing sent yet.'));
    return;
  }
  const start = Math.min(...sent);
  const end = Math.max(...sent, ...opted);
  const span = Math.max(1, end - start);
  const sizes = [1000, 10_000, 60_000, 600_000, 3_600_000, 86_400_000];
  const size = sizes.find((s) => span / s <= 40) ?? 86_400_000;
  const first = Math.floor(start / size) * size;
  const n = Math.floor((end - first) / size) + 1;
  const count = (times) => {
    const v = new Array(n).fill(0);
    for (const t of times) v[Math.floor((t - first) / size)] += 1;
    return v;
  };
  const labels = Array.from({ length: n }, (_, i) =>
    size >= 86_400_000
      ? fmtDate(new Date(first + i * size).toISOString()).split(',')[0]
      : fmtTime(new Date(first + i * size).toISOString()),
  );
  fill(
    el,
    title,
    rows.length >= CHART_ROWS
      ? h('p', { class: 'small muted' }, `From the newest ${fmtNumber(rows.length)} recipients.`)
      : null,
    barChart({
      title: 'Messages sent and opt-outs after them, per period',
      labels,
      series: [
        { name: 'sent', values: count(sent) },
        { name: 'opted out after', values: count(opted) },
      ],
    }),
  );
}

async function renderRecipients(el, id, query, navigate) {
  const status = query.get('status') ?? '';
  const cursors = (query.get('cursors') ?? '').split(',').filter(Boolean);
  const page = await api(
    `/admin/tasks/${id}/recipients${qs({ status, limit: 50, cursor: cursors[cursors.length - 1] })}`,
  );
  const move = (c) =>
    navigate(`tasks/${id}`, { ...(status ? { status } : {}), cursors: c.join(',') });
  fill(
    el,
    h('h2', { id: 'recipients-title' }, 'Recipients'),
    h(
      'form',
      {
        class: 'inline-form',
        onsubmit: (e) => {
          e.preventDefault();
          const v = new FormData(e.target).get('status');
          navigate(`tasks/${id}`, v ? { status: v } : undefined);
        },
      },
      field(
        'Status',
        select('status', [['', 'Any'], ...RECIPIENT_STATUSES.map((s) => [s, s])], status),
      ),
      h('button', { type: 'submit', class: 'secondary' }, 'Filter'),
    ),
    page.items.length === 0
      ? h('p', { class: 'empty' }, 'No recipients here yet.')
      : h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            null,
            h('caption', { class: 'sr-only' }, 'Recipients'),
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                ['Contact', 'Status', 'Sent', 'Delivered / read', 'Detail'].map((t) =>
                  h('th', { scope: 'col' }, t),
                ),
              ),
            ),
            h(
              'tbody',
              null,
              page.items.map((r) =>
                h(
                  'tr',
                  null,
                  h('td', null, h('a', { href: contactHref(r.contact) }, r.contact)),
                  h('td', null, h('span', { class: `badge badge-${r.status}` }, r.status)),
                  h('td', null, fmtDate(r.sentAt)),
                  h(
                    'td',
                    null,
                    r.readAt
                      ? `read ${fmtDate(r.readAt)}`
                      : r.deliveredAt
                        ? `delivered ${fmtDate(r.deliveredAt)}`
                        : '—',
                  ),
                  h(
                    'td',
                    { class: 'small' },
                    r.status === 'suppressed'
                      ? h('a', { href: contactHref(r.contact) }, 'why?')
                      : r.errorTitle
                        ? `${r.errorCode ?? ''} ${r.errorTitle}`
                        : r.lastReply
                          ? h('q', null, r.lastReply)
                          : '',
                  ),
                ),
              ),
            ),
          ),
        ),
    h(
      'nav',
      { class: 'pager', 'aria-label': 'Recipient pages' },
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
}
