/**
 * The opt-out list: search and filters, cursor paging, the add form (the seed's fields), revoke
 * with a reason, CSV import (live progress, invalid rows listed) and CSV export.
 */
import { allCategories, api, qs } from '../api.js';
import { errorBox, field, fill, h, select, toast } from '../dom.js';
import { fmtDate, plural, zonedToIso } from '../format.js';
import {
  CHANNELS,
  contactHref,
  ORIGINS,
  SOURCES,
  channelLabel,
  optOutState,
  scopeName,
  sourceLabel,
  stateBadge,
} from '../labels.js';
import { importPanel } from './opt-out-import.js';
import { addForm } from './opt-out-add.js';

const PAGE = 50;

export async function renderOptOuts(main, { query, navigate }) {
  const filters = Object.fromEntries(query);
  const cursors = (filters.cursors ?? '').split(',').filter(Boolean);
  // The first page is asked for while the categories load: one round trip, not two.
  let firstPage = api(
    `/admin/opt-outs${qs({ ...apiQuery(filters), limit: PAGE, cursor: cursors[cursors.length - 1] })}`,
  );
  firstPage.catch(() => {});
  const categories = await allCategories();

  /** The API's query from the form's values (dates are days in the tenant's zone). */
  function apiQuery(f) {
    return {
      contact: f.contact,
      channel: f.channel,
      categoryId: f.categoryId,
      origin: f.origin,
      source: f.source,
      state: f.state,
      createdFrom: f.from ? zonedToIso(f.from) : undefined,
      createdTo: f.to ? zonedToIso(`${f.to}T23:59`) : undefined,
    };
  }

  const form = h(
    'form',
    {
      role: 'search',
      class: 'filters card',
      'aria-label': 'Search the opt-out list',
      onsubmit: (event) => {
        event.preventDefault();
        const values = Object.fromEntries(new FormData(event.target));
        navigate('opt-outs', Object.fromEntries(Object.entries(values).filter(([, v]) => v)));
      },
    },
    field(
      'Contact',
      h('input', {
        name: 'contact',
        type: 'search',
        value: filters.contact ?? '',
        placeholder: '+55 11 98765-4321, wa_id, email',
      }),
    ),
    field('Channel', select('channel', [['', 'Any'], ...CHANNELS], filters.channel ?? '')),
    field(
      'Category',
      select(
        'categoryId',
        [['', 'Any'], ['all', 'All marketing'], ...categories.map((c) => [c.id, c.name])],
        filters.categoryId ?? '',
      ),
    ),
    field('Origin', select('origin', [['', 'Any'], ...ORIGINS], filters.origin ?? '')),
    field('Source', select('source', [['', 'Any'], ...SOURCES], filters.source ?? '')),
    field(
      'Status',
      select(
        'state',
        [
          ['', 'Any'],
          ['active', 'Active'],
          ['scheduled', 'Starts later'],
          ['expired', 'Expired'],
          ['revoked', 'Revoked'],
        ],
        filters.state ?? '',
      ),
    ),
    field('Created from', h('input', { name: 'from', type: 'date', value: filters.from ?? '' })),
    field('Created to', h('input', { name: 'to', type: 'date', value: filters.to ?? '' })),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit' }, 'Search'),
      h('a', { href: '#/opt-outs', class: 'button secondary' }, 'Clear'),
    ),
  );

  const results = h('section', { 'aria-labelledby': 'results-title', class: 'card' });
  const exportButton = h(
    'button',
    { type: 'button', class: 'secondary', onclick: () => exportCsv(apiQuery(filters)) },
    'Export CSV',
  );

  fill(
    main,
    h(
      'div',
      { class: 'page-head' },
      h('h1', null, 'Opt-out list'),
      h('div', { class: 'actions' }, exportButton),
    ),
    form,
    // Closed until asked for (the seed's "click to add"), so the list stays in view on a phone.
    h(
      'div',
      { class: 'two-col' },
      h(
        'details',
        { class: 'card' },
        h('summary', { id: 'add-title' }, 'Add a customer'),
        addForm(categories, () => load()),
      ),
      h(
        'details',
        { class: 'card' },
        h('summary', { id: 'import-title' }, 'Import a CSV'),
        importPanel(() => load()),
      ),
    ),
    results,
  );

  async function load() {
    // Busy while a page is on its way: screen readers wait, and so can a test.
    results.setAttribute('aria-busy', 'true');
    fill(
      results,
      h('h2', { id: 'results-title' }, 'Opt-outs'),
      h('p', { class: 'muted' }, 'Loading…'),
    );
    const cursor = cursors[cursors.length - 1];
    let page;
    try {
      const pending =
        firstPage ?? api(`/admin/opt-outs${qs({ ...apiQuery(filters), limit: PAGE, cursor })}`);
      firstPage = null;
      page = await pending;
    } catch (err) {
      fill(results, h('h2', { id: 'results-title' }, 'Opt-outs'), errorBox(err));
      results.setAttribute('aria-busy', 'false');
      return;
    }
    const pageNo = cursors.length + 1;
    const moveTo = (list) => navigate('opt-outs', { ...filters, cursors: list.join(',') });
    fill(
      results,
      h(
        'h2',
        { id: 'results-title' },
        'Opt-outs',
        h('span', { class: 'muted small' }, ` page ${pageNo}`),
      ),
      page.items.length === 0
        ? h('p', { class: 'empty' }, 'No opt-out matches these filters.')
        : table(page.items, categories, load),
      h(
        'nav',
        { class: 'pager', 'aria-label': 'Pages' },
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            disabled: cursors.length === 0,
            onclick: () => moveTo(cursors.slice(0, -1)),
          },
          '← Previous',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            disabled: !page.nextCursor,
            onclick: () => moveTo([...cursors, page.nextCursor]),
          },
          'Next →',
        ),
      ),
    );
    results.setAttribute('aria-busy', 'false');
    // For the benchmark (and anyone profiling): when the rows are in the document.
    performance.mark('stopline:opt-outs-rendered');
  }
  await load();
}

function table(items, categories, reload) {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      null,
      h('caption', { class: 'sr-only' }, 'Opt-outs, newest first'),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          [
            'Contact',
            'Channel',
            'Scope',
            'Status',
            'Source',
            'Valid from',
            'Until',
            'Remarks',
            '',
          ].map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      h(
        'tbody',
        null,
        items.map((o) =>
          h(
            'tr',
            null,
            h('td', null, h('a', { href: contactHref(o.contact, o.channel) }, o.contact)),
            h('td', null, channelLabel(o.channel)),
            h('td', null, scopeName(o.categoryId, categories)),
            h('td', null, stateBadge(o)),
            h('td', null, sourceLabel(o.source), h('div', { class: 'muted small' }, o.origin)),
            h('td', null, fmtDate(o.startsAt)),
            h(
              'td',
              null,
              o.revokedAt
                ? `revoked ${fmtDate(o.revokedAt)}`
                : o.expiresAt
                  ? fmtDate(o.expiresAt)
                  : 'until revoked',
            ),
            h('td', { class: 'remarks' }, o.remarks ?? ''),
            h('td', null, optOutState(o) === 'revoked' ? '' : revokeButton(o, reload)),
          ),
        ),
      ),
    ),
  );
}

/** Revoke asks for a reason in a modal dialog; the reason goes to the audit trail. */
export function revokeButton(o, done) {
  return h(
    'button',
    { type: 'button', class: 'danger small', onclick: () => revokeDialog(o, done) },
    'Revoke',
    h('span', { class: 'sr-only' }, ` opt-out of ${o.contact}`),
  );
}

function revokeDialog(o, done) {
  const reason = h('textarea', { name: 'reason', rows: 3, maxlength: 500 });
  const status = h('div', { 'aria-live': 'polite' });
  const dialog = h(
    'dialog',
    { 'aria-labelledby': 'revoke-title' },
    h(
      'form',
      {
        onsubmit: async (event) => {
          event.preventDefault();
          try {
            const text = reason.value.trim();
            await api(`/admin/opt-outs/${o.id}`, {
              method: 'DELETE',
              json: text ? { reason: text } : {},
            });
            dialog.close();
            toast(
              `Revoked: ${o.contact} can get marketing again where no other opt-out covers it.`,
            );
            done();
          } catch (err) {
            fill(status, errorBox(err));
          }
        },
      },
      h('h2', { id: 'revoke-title' }, `Revoke the opt-out of ${o.contact}?`),
      h(
        'p',
        null,
        'The record stays in the audit trail with your reason; marketing may reach this contact again.',
      ),
      field('Reason', reason, 'Optional, kept with the revocation.'),
      status,
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'submit', class: 'danger' }, 'Revoke'),
        h(
          'button',
          { type: 'button', class: 'secondary', onclick: () => dialog.close() },
          'Keep it',
        ),
      ),
    ),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  reason.focus();
}

async function exportCsv(query) {
  try {
    const res = await api(`/admin/opt-outs/export.csv${qs(query)}`, { raw: true });
    const blob = await res.blob();
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: 'opt-outs.csv', class: 'sr-only' }, 'download');
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    toast(
      `Exported ${plural(Math.max(0, (await blob.text()).split('\n').filter(Boolean).length - 1), 'opt-out')}.`,
    );
  } catch (err) {
    toast(`Export failed: ${err.message}`);
  }
}
