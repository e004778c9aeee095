/**
 * CSV import of opt-outs: small files answer at once; large ones run in the background and their
 * progress is polled. Invalid rows are listed by line with the reason; the others are kept.
 */
import { api } from '../api.js';
import { errorBox, field, fill, h } from '../dom.js';
import { fmtNumber } from '../format.js';

const POLL_MS = 1000;

export function importPanel(done) {
  const file = h('input', { type: 'file', name: 'file', accept: '.csv,text/csv', required: true });
  const result = h('div', { 'aria-live': 'polite' });
  const form = h(
    'form',
    {
      'aria-labelledby': 'import-title',
      onsubmit: async (event) => {
        event.preventDefault();
        const chosen = file.files?.[0];
        if (!chosen) return;
        fill(result, h('p', { class: 'muted' }, `Uploading ${chosen.name}…`));
        try {
          const answer = await api('/admin/opt-outs/import', {
            method: 'POST',
            body: chosen,
            type: 'text/csv',
          });
          const summary = answer.importId ? await follow(answer.importId, result) : answer;
          fill(result, summaryView(summary));
          done();
        } catch (err) {
          fill(result, errorBox(err));
        }
      },
    },
    h(
      'p',
      { class: 'small' },
      'A header row with ',
      h('code', null, 'contact'),
      ' and optionally ',
      h('code', null, 'channel, category, categoryId, validDays, validUntil, remarks'),
      '. Bad rows are reported; the rest are imported.',
    ),
    field('CSV file', file),
    h('button', { type: 'submit' }, 'Import'),
    result,
  );
  return form;
}

/** Polls a background import until it ends, showing the rows processed so far. */
async function follow(importId, out) {
  const progress = h('progress', { max: 1, 'aria-label': 'Import progress' });
  const text = h('p', null, 'Importing…');
  fill(out, text, progress);
  for (;;) {
    const job = await api(`/admin/imports/${importId}`);
    if (job.status === 'completed') return job.summary;
    if (job.status === 'failed') throw new Error(`The import failed: ${job.error}`);
    text.textContent = `Importing… ${fmtNumber(job.processed)} rows so far`;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export function summaryView(summary) {
  const counts = ['created', 'extended', 'renewed', 'unchanged', 'accepted', 'duplicates']
    .filter((k) => typeof summary[k] === 'number')
    .map((k) => `${k} ${fmtNumber(summary[k])}`);
  const invalid = summary.invalid ?? [];
  const invalidCount = summary.invalidCount ?? invalid.length;
  return h(
    'div',
    { class: 'import-summary' },
    h(
      'p',
      { class: 'ok' },
      `Imported: ${counts.join(', ')}. Invalid rows: ${fmtNumber(invalidCount)}.`,
    ),
    invalid.length === 0
      ? null
      : h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'invalid-rows' },
            h('caption', null, 'Rows not imported'),
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                h('th', { scope: 'col' }, 'Line'),
                h('th', { scope: 'col' }, 'Contact'),
                h('th', { scope: 'col' }, 'Why'),
              ),
            ),
            h(
              'tbody',
              null,
              invalid.map((row) =>
                h(
                  'tr',
                  null,
                  h('td', null, String(row.line)),
                  h('td', null, row.contact),
                  h('td', null, row.error),
                ),
              ),
            ),
          ),
        ),
  );
}
