/**
 * The tenant's settings: unsubscribe days, time zone, language, keyword scope, extra keywords,
 * never-opt-out phrases, brand and reply texts per language (the built-in text shown as the
 * placeholder).
 */
import { api, session } from '../api.js';
import { errorBox, field, fill, h, select, toast } from '../dom.js';
import { setTimeZone } from '../format.js';

export async function renderSettings(main) {
  const [settings, replies] = await Promise.all([
    api('/admin/settings'),
    api('/admin/reply-texts'),
  ]);
  const status = h('div', { 'aria-live': 'polite' });
  const untilRevoked = h('input', {
    type: 'checkbox',
    name: 'untilRevoked',
    checked: settings.unsubscribeDays === null,
  });
  const days = h('input', {
    type: 'number',
    name: 'unsubscribeDays',
    min: 1,
    value: settings.unsubscribeDays ?? 30,
  });
  untilRevoked.addEventListener('change', () => {
    days.disabled = untilRevoked.checked;
  });
  days.disabled = untilRevoked.checked;
  const zones =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zoneList = h(
    'datalist',
    { id: 'zones' },
    zones.map((z) => h('option', { value: z })),
  );
  const replyLanguage = select(
    'replyLanguage',
    replies.languages.map((l) => [l, l]),
    settings.language,
  );
  const replyFields = h('div');
  const edited = structuredClone(settings.replyTexts ?? {});
  const showReplies = () => {
    const lang = replyLanguage.value;
    fill(
      replyFields,
      replies.keys.map((key) => {
        const area = h('textarea', {
          rows: 2,
          'data-key': key,
          placeholder: replies.defaults[lang]?.[key] ?? '',
          value: edited[lang]?.[key] ?? '',
        });
        area.addEventListener('input', () => {
          edited[lang] = { ...(edited[lang] ?? {}) };
          if (area.value.trim()) edited[lang][key] = area.value;
          else delete edited[lang][key];
        });
        return field(key, area);
      }),
    );
  };
  replyLanguage.addEventListener('change', showReplies);
  showReplies();

  const form = h(
    'form',
    {
      class: 'card form-narrow',
      onsubmit: async (e) => {
        e.preventDefault();
        const v = Object.fromEntries(new FormData(form));
        const list = (s) =>
          s
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean);
        const replyTexts = Object.fromEntries(
          Object.entries(edited).filter(([, texts]) => Object.keys(texts).length),
        );
        const body = {
          unsubscribeDays: untilRevoked.checked ? null : Number(v.unsubscribeDays),
          timeZone: v.timeZone,
          defaultRegion: v.defaultRegion ? v.defaultRegion : null,
          language: v.language,
          messagesPerSecond: Number(v.messagesPerSecond),
          keywordScope: v.keywordScope,
          keywords: {
            optOut: list(v.optOut),
            optIn: list(v.optIn),
            neverOptOut: list(v.neverOptOut),
          },
          brandName: v.brandName ? v.brandName : null,
          replyTexts,
        };
        try {
          const saved = await api('/admin/settings', { method: 'PUT', json: body });
          session.saveSettings(saved);
          setTimeZone(saved.timeZone);
          toast('Settings saved.');
          // Same hash: re-run the route so the header and this page show the saved values.
          window.dispatchEvent(new HashChangeEvent('hashchange'));
        } catch (err) {
          fill(status, errorBox(err));
        }
      },
    },
    h('h2', null, 'Opt-outs'),
    field(
      'Marketing unsubscription duration (days)',
      days,
      'How long an opt-out of all marketing lasts when nothing else is said.',
    ),
    h(
      'div',
      { class: 'checks' },
      h('label', null, untilRevoked, 'Until revoked (for markets where an opt-out is permanent)'),
    ),
    field(
      'Keyword scope',
      select(
        'keywordScope',
        [
          ['task_category', 'A STOP after a task covers its category'],
          ['all', 'Every STOP covers all marketing'],
        ],
        settings.keywordScope,
      ),
    ),
    field(
      'Extra opt-out words',
      h('input', { name: 'optOut', value: settings.keywords.optOut.join(', ') }),
      'Separated by commas; matched like STOP.',
    ),
    field(
      'Extra opt-in words',
      h('input', { name: 'optIn', value: settings.keywords.optIn.join(', ') }),
      'Separated by commas; matched like START.',
    ),
    field(
      'Never an opt-out',
      h('input', {
        name: 'neverOptOut',
        value: (settings.keywords.neverOptOut ?? []).join(', '),
      }),
      'Phrases never read as an opt-out wherever they appear, such as a slogan with "stop" in it. Separated by commas.',
    ),
    h('h2', null, 'Locale'),
    field(
      'Time zone',
      h('input', { name: 'timeZone', list: 'zones', value: settings.timeZone, required: true }),
      'Sending windows and every date in this console use it.',
    ),
    zoneList,
    field(
      'Default region',
      h('input', { name: 'defaultRegion', value: settings.defaultRegion ?? '', maxlength: 2 }),
      'Two letters (BR, US) for numbers written without a country code.',
    ),
    field(
      'Reply language',
      select(
        'language',
        replies.languages.map((l) => [l, l]),
        settings.language,
      ),
      'Used when a customer’s language is not recognised.',
    ),
    field(
      'Brand name',
      h('input', { name: 'brandName', value: settings.brandName ?? '' }),
      'Shown in confirmations; empty: the tenant name.',
    ),
    field(
      'Messages per second',
      h('input', {
        name: 'messagesPerSecond',
        type: 'number',
        min: 1,
        max: 1000,
        value: settings.messagesPerSecond,
      }),
    ),
    h(
      'details',
      { class: 'reply-texts' },
      h('summary', null, 'Reply texts, per language'),
      h(
        'p',
        { class: 'small muted' },
        'Leave a text empty to use the built-in one (shown greyed).',
      ),
      field('Language', replyLanguage),
      replyFields,
    ),
    status,
    h('button', { type: 'submit' }, 'Save settings'),
  );
  fill(main, h('h1', null, 'Settings'), form);
}
