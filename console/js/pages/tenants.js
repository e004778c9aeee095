/** The platform token's tenant picker: every tenant, and which one the console acts for. */
import { api, qs, session } from '../api.js';
import { errorBox, fill, h } from '../dom.js';
import { fmtDate } from '../format.js';

export async function renderTenants(main, { navigate }) {
  if (!session.isPlatform()) {
    fill(
      main,
      h('h1', null, 'Tenants'),
      h('p', null, 'Only the platform token lists tenants; a tenant key acts as its own tenant.'),
    );
    return;
  }
  const tenants = [];
  let cursor = null;
  do {
    const page = await api(`/admin/tenants${qs({ limit: 200, cursor })}`);
    tenants.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  const current = session.tenant();
  const status = h('div', { 'aria-live': 'polite' });

  async function actAs(tenant) {
    session.actAs({ id: tenant.id, name: tenant.name });
    try {
      session.saveSettings(await api('/admin/settings'));
      navigate('dashboard');
    } catch (err) {
      session.actAs(null);
      fill(status, errorBox(err));
    }
  }

  fill(
    main,
    h('h1', null, 'Tenants'),
    h('p', null, 'The platform token can act for any tenant. Pick the one to look at.'),
    status,
    h(
      'section',
      { class: 'card', 'aria-label': 'Tenants' },
      h(
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
              ['Name', 'Sending number id', 'Time zone', 'Created', ''].map((t) =>
                h('th', { scope: 'col' }, t),
              ),
            ),
          ),
          h(
            'tbody',
            null,
            tenants.map((t) =>
              h(
                'tr',
                null,
                h('td', null, t.name),
                h('td', null, t.phoneNumberId ?? '—'),
                h('td', null, t.settings?.timeZone ?? ''),
                h('td', null, fmtDate(t.createdAt)),
                h(
                  'td',
                  null,
                  current?.id === t.id
                    ? h('strong', null, 'Acting for this tenant')
                    : h(
                        'button',
                        { type: 'button', class: 'secondary small', onclick: () => actAs(t) },
                        'Act for ',
                        t.name,
                      ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
