/**
 * One contact: every identifier, whether marketing reaches it now (overall and per category),
 * every opt-out with its evidence and audit trail, and each task message it got or was kept
 * from, with the reason. "Why was (or wasn't) this customer messaged?" on one screen.
 */
import { allCategories, api, qs } from '../api.js';
import { badge, errorBox, field, fill, h, select } from '../dom.js';
import { fmtDate } from '../format.js';
import {
  CHANNELS,
  channelLabel,
  optOutState,
  scopeName,
  sourceLabel,
  stateBadge,
} from '../labels.js';
import { revokeButton } from './opt-outs.js';

export async function renderContact(main, { params, query, navigate }) {
  const contact = params[0];
  const channel = query.get('channel') ?? 'whatsapp';
  const lookup = h(
    'form',
    {
      role: 'search',
      class: 'inline-form',
      'aria-label': 'Look up a contact',
      onsubmit: (event) => {
        event.preventDefault();
        const v = Object.fromEntries(new FormData(event.target));
        if (v.contact)
          navigate(`contacts/${encodeURIComponent(v.contact)}`, { channel: v.channel });
      },
    },
    field('Contact', h('input', { name: 'contact', type: 'search', value: contact })),
    field('Channel', select('channel', CHANNELS, channel)),
    h('button', { type: 'submit' }, 'Look up'),
  );
  fill(main, h('h1', null, `Contact ${contact}`), lookup, h('p', { class: 'muted' }, 'Loading…'));

  let report;
  let categories;
  try {
    [report, categories] = await Promise.all([
      api(`/admin/contacts/${encodeURIComponent(contact)}${qs({ channel })}`),
      allCategories(),
    ]);
  } catch (err) {
    fill(main, h('h1', null, `Contact ${contact}`), lookup, errorBox(err));
    return;
  }
  const reload = () => renderContact(main, { params, query, navigate });
  const byId = new Map(report.optOuts.map((o) => [o.id, o]));

  fill(
    main,
    h('h1', null, `Contact ${report.contact}`),
    lookup,
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'who' },
      h('h2', { id: 'who' }, 'Who this is'),
      h(
        'p',
        null,
        `${channelLabel(report.channel)} · identifiers: `,
        report.identifiers.map((i, n) => [n ? ', ' : '', h('code', null, i)]),
      ),
      report.conversation
        ? h(
            'p',
            { class: 'small' },
            `Last message from the customer ${fmtDate(report.conversation.lastInboundAt)}; language ${report.conversation.language ?? 'not detected'}`,
            report.conversation.pending
              ? '; a question is waiting for the customer’s answer.'
              : '.',
          )
        : h('p', { class: 'small muted' }, 'No conversation with this contact yet.'),
    ),
    verdict(report, categories),
    optOutsSection(report, categories, reload),
    messagesSection(report, byId, categories),
  );
}

/** Whether marketing reaches the contact now: all marketing, and each category. */
function verdict(report, categories) {
  const active = report.optOuts.filter((o) => o.active);
  const all = active.find((o) => o.categoryId === null);
  const rows = categories.map((c) => {
    const by = all ?? active.find((o) => o.categoryId === c.id);
    return h(
      'tr',
      null,
      h('th', { scope: 'row' }, c.name),
      h('td', null, by ? badge('Suppressed', 'bad') : badge('Gets marketing', 'ok')),
      h('td', { class: 'small' }, by ? reason(by, categories) : ''),
    );
  });
  const headline = all
    ? `Suppressed for all marketing: ${reason(all, categories)}.`
    : active.length
      ? `Suppressed for ${active.map((o) => scopeName(o.categoryId, categories)).join(', ')}; other marketing reaches this contact.`
      : 'Not suppressed: marketing tasks reach this contact.';
  return h(
    'section',
    {
      class: `card verdict ${all ? 'verdict-bad' : active.length ? 'verdict-warn' : 'verdict-ok'}`,
      'aria-labelledby': 'now',
    },
    h('h2', { id: 'now' }, 'Right now'),
    h('p', { class: 'headline' }, headline),
    categories.length
      ? h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            null,
            h('caption', { class: 'sr-only' }, 'Per category'),
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                h('th', { scope: 'col' }, 'Category'),
                h('th', { scope: 'col' }, 'Status'),
                h('th', { scope: 'col' }, 'Because'),
              ),
            ),
            h('tbody', null, rows),
          ),
        )
      : null,
  );
}

function reason(o, categories) {
  const until = o.expiresAt ? `until ${fmtDate(o.expiresAt)}` : 'until revoked';
  const said = o.evidence?.text ? ` (“${o.evidence.text}”)` : '';
  return `${scopeName(o.categoryId, categories)} opt-out by ${o.origin}, ${sourceLabel(o.source)}${said}, since ${fmtDate(o.startsAt)}, ${until}`;
}

function optOutsSection(report, categories, reload) {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'optouts' },
    h('h2', { id: 'optouts' }, `Opt-outs (${report.optOuts.length})`),
    report.optOuts.length === 0
      ? h('p', { class: 'empty' }, 'This contact has never opted out.')
      : h(
          'ol',
          { class: 'optout-list' },
          report.optOuts.map((o) =>
            h(
              'li',
              { class: 'optout' },
              h(
                'div',
                { class: 'optout-head' },
                h('strong', null, scopeName(o.categoryId, categories)),
                ' ',
                stateBadge(o),
                ' ',
                h(
                  'span',
                  { class: 'muted small' },
                  `${o.contact} · ${o.origin} · ${sourceLabel(o.source)}`,
                ),
                optOutState(o) === 'revoked' ? null : revokeButton(o, reload),
              ),
              h(
                'p',
                { class: 'small' },
                `Valid ${fmtDate(o.startsAt)} → ${o.expiresAt ? fmtDate(o.expiresAt) : 'until revoked'}`,
                o.remarks ? ` · Remarks: ${o.remarks}` : '',
              ),
              evidence(o.evidence),
              h(
                'details',
                null,
                h('summary', null, `Audit trail (${o.events.length})`),
                h(
                  'ul',
                  { class: 'events' },
                  o.events.map((e) =>
                    h(
                      'li',
                      null,
                      h('time', { datetime: e.at }, fmtDate(e.at)),
                      ` ${e.type} by ${e.actor}`,
                      e.expiresAt
                        ? `, valid until ${fmtDate(e.expiresAt)}`
                        : e.type === 'revoked'
                          ? ''
                          : ', until revoked',
                      e.evidence?.detail ? ` — “${e.evidence.detail}”` : '',
                      e.evidence?.text ? ` — “${e.evidence.text}”` : '',
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
  );
}

function evidence(ev) {
  if (!ev) return null;
  const parts = [];
  if (ev.text) parts.push(h('q', null, ev.text));
  if (ev.payload) parts.push(` button payload ${ev.payload}`);
  if (ev.language) parts.push(` · language ${ev.language}`);
  if (ev.intent) parts.push(` · read as ${ev.intent}${ev.certainty ? ` (${ev.certainty})` : ''}`);
  if (ev.taskId) parts.push(' · after task ', h('a', { href: `#/tasks/${ev.taskId}` }, ev.taskId));
  if (ev.detail && !ev.text) parts.push(` ${ev.detail}`);
  return h('p', { class: 'evidence small' }, 'Evidence: ', parts);
}

function messagesSection(report, byId, categories) {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'messages' },
    h('h2', { id: 'messages' }, `Task messages (${report.messages.length})`),
    report.messages.length === 0
      ? h('p', { class: 'empty' }, 'No task has had this contact as a recipient.')
      : h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            null,
            h('caption', { class: 'sr-only' }, 'Task messages, newest task first'),
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                ['Task', 'Outcome', 'Why', 'Sent', 'Reply'].map((t) =>
                  h('th', { scope: 'col' }, t),
                ),
              ),
            ),
            h(
              'tbody',
              null,
              report.messages.map(({ task, recipient: r }) =>
                h(
                  'tr',
                  null,
                  h(
                    'td',
                    null,
                    h('a', { href: `#/tasks/${task.id}` }, task.name),
                    h(
                      'div',
                      { class: 'muted small' },
                      `${scopeName(task.categoryId, categories)} · ${task.status}`,
                    ),
                  ),
                  h('td', null, badge(r.status, r.status)),
                  h('td', { class: 'small' }, why(r, byId, categories)),
                  h(
                    'td',
                    { class: 'small' },
                    r.sentAt ? fmtDate(r.sentAt) : '—',
                    r.readAt
                      ? h('div', null, `read ${fmtDate(r.readAt)}`)
                      : r.deliveredAt
                        ? h('div', null, `delivered ${fmtDate(r.deliveredAt)}`)
                        : null,
                  ),
                  h(
                    'td',
                    { class: 'small' },
                    r.lastReply ? h('q', null, r.lastReply) : '',
                    r.optedOutAt ? h('div', null, `opted out ${fmtDate(r.optedOutAt)}`) : null,
                  ),
                ),
              ),
            ),
          ),
        ),
  );
}

function why(r, byId, categories) {
  if (r.status === 'suppressed') {
    const o = r.suppressedBy ? byId.get(r.suppressedBy) : null;
    if (o) return `Not sent: ${reason(o, categories)}.`;
    return `Not sent: suppressed${r.errorTitle ? ` (${r.errorTitle})` : ''}.`;
  }
  if (r.status === 'failed') return `Meta refused it: ${r.errorCode ?? ''} ${r.errorTitle ?? ''}`;
  if (r.status === 'unknown')
    return 'The send may or may not have left (a timeout); never re-sent.';
  if (r.status === 'pending')
    return 'Waiting for the task to send (checked against the list right before).';
  if (['sent', 'delivered', 'read'].includes(r.status))
    return 'Sent: no active opt-out covered it when its batch was checked.';
  return r.status;
}
