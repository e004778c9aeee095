import { api, session } from '../api.js';
import { errorBox, field, fill, h } from '../dom.js';

/**
 * Sign in with a tenant API key (or the platform token, which acts as the default tenant). The key
 * is checked against the API, then kept in sessionStorage only: closing the tab forgets it.
 */
export function renderSignIn(main, { navigate }) {
  const key = h('input', {
    type: 'password',
    name: 'key',
    autocomplete: 'off',
    required: true,
    spellcheck: 'false',
  });
  const status = h('div', { 'aria-live': 'polite' });
  const form = h(
    'form',
    {
      class: 'card narrow',
      onsubmit: async (event) => {
        event.preventDefault();
        fill(status, h('p', { class: 'muted' }, 'Checking the key…'));
        const token = key.value.trim();
        try {
          const who = await api('/admin/session', { key: token });
          const settings = await api('/admin/settings', { key: token });
          session.signIn(token, settings, who);
          // The platform token may act for any tenant: it picks one first.
          navigate(who.platform ? 'tenants' : 'dashboard');
        } catch (err) {
          fill(status, errorBox(err));
          key.focus();
        }
      },
    },
    h('h1', null, 'Sign in'),
    h(
      'p',
      null,
      'Use your tenant API key (or the platform token, then pick a tenant). It stays in this browser tab only and is forgotten when you sign out or close the tab.',
    ),
    field('API key', key, 'The key shown once when the tenant was created or its key rotated.'),
    status,
    h('button', { type: 'submit' }, 'Sign in'),
  );
  fill(main, form);
  key.focus();
}
