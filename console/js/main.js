/**
 * The console's shell: hash routes (#/opt-outs, #/contacts/+5511..., #/tasks/<id>), the
 * navigation, and sign-in. Each page renders into <main> and may return a cleanup function
 * (pages that poll stop when the user leaves them).
 */
import { session } from './api.js';
import { fill, h } from './dom.js';
import { setTimeZone } from './format.js';
import { renderSignIn } from './pages/sign-in.js';
import { renderOptOuts } from './pages/opt-outs.js';
import { renderContact } from './pages/contact.js';
import { renderTasks } from './pages/tasks.js';
import { renderTaskNew } from './pages/task-new.js';
import { renderTask } from './pages/task.js';
import { renderCategories } from './pages/categories.js';
import { renderSettings } from './pages/settings.js';
import { renderDashboard } from './pages/dashboard.js';
import { renderSandbox } from './pages/sandbox.js';
import { renderTenants } from './pages/tenants.js';

const NAV = [
  ['dashboard', 'Dashboard'],
  ['opt-outs', 'Opt-out list'],
  ['tasks', 'Tasks'],
  ['categories', 'Categories'],
  ['settings', 'Settings'],
  ['sandbox', 'Sandbox'],
];

const ROUTES = [
  [/^sign-in$/, renderSignIn],
  [/^(dashboard)?$/, renderDashboard],
  [/^opt-outs$/, renderOptOuts],
  [/^contacts\/(.+)$/, renderContact],
  [/^tasks$/, renderTasks],
  [/^tasks\/new$/, renderTaskNew],
  [/^tasks\/([^/]+)$/, renderTask],
  [/^categories$/, renderCategories],
  [/^settings$/, renderSettings],
  [/^sandbox$/, renderSandbox],
  [/^tenants$/, renderTenants],
];

let cleanup = null;

/** `#/path?query` → { path, query } */
function currentRoute() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, search = ''] = hash.split('?');
  return { path: decodeURIComponent(path ?? ''), query: new URLSearchParams(search) };
}

export function navigate(path, query) {
  const search = query ? new URLSearchParams(query).toString() : '';
  location.hash = `#/${path}${search ? `?${search}` : ''}`;
}

function renderNav(path) {
  const nav = document.getElementById('nav');
  const account = document.getElementById('account');
  if (!session.key()) {
    fill(nav);
    fill(account);
    return;
  }
  const section = path.split('/')[0] || 'dashboard';
  const current = section === 'contacts' ? 'opt-outs' : section;
  const items = session.isPlatform() ? [...NAV, ['tenants', 'Tenants']] : NAV;
  fill(
    nav,
    h(
      'ul',
      null,
      items.map(([route, label]) =>
        h(
          'li',
          null,
          h('a', { href: `#/${route}`, 'aria-current': route === current ? 'page' : null }, label),
        ),
      ),
    ),
  );
  const settings = session.settings();
  fill(
    account,
    h(
      'span',
      { class: 'muted' },
      session.isPlatform() ? `Platform, acting for ${session.tenantName()}` : session.tenantName(),
    ),
    h('span', { class: 'muted' }, settings ? `Times in ${settings.timeZone}` : ''),
    h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        onclick: () => {
          session.signOut();
          navigate('sign-in');
        },
      },
      'Sign out',
    ),
  );
}

async function route() {
  if (cleanup) {
    cleanup();
    cleanup = null;
  }
  const { path, query } = currentRoute();
  // Which address the page on screen was drawn for (set once it is drawn), so a reader (or a
  // test) can tell the new page from the one the address just left.
  const main = document.getElementById('main');
  delete main.dataset.route;
  if (!session.key() && path !== 'sign-in') {
    navigate('sign-in');
    return;
  }
  setTimeZone(session.settings()?.timeZone);
  renderNav(path);
  const match = ROUTES.map(([re, render]) => [re.exec(path), render]).find(([m]) => m);
  if (!match) {
    fill(
      main,
      h('h1', null, 'Not found'),
      h('p', null, 'No page here. ', h('a', { href: '#/dashboard' }, 'Go to the dashboard.')),
    );
    return;
  }
  const [m, render] = match;
  // Each visit renders into an element of its own: a page that finishes loading after the user
  // has moved on (a slow dashboard, a list reloading after an add) writes into a detached
  // element, never over the page now shown.
  const view = h('div');
  fill(main, view);
  main.removeAttribute('aria-busy');
  try {
    const result = await render(view, { params: m.slice(1), query, navigate });
    if (typeof result === 'function') {
      if (view.isConnected) cleanup = result;
      else result();
    }
  } catch (err) {
    if (!view.isConnected) return;
    fill(
      view,
      h('h1', null, 'Something went wrong'),
      h('p', { class: 'error', role: 'alert' }, err.message),
    );
  }
  if (!view.isConnected) return;
  main.dataset.route = location.hash;
  const heading = main.querySelector('h1');
  if (heading) document.title = `${heading.textContent} · stopline console`;
  // Focus moves to the page for keyboard and screen-reader users, as after a page load.
  if (document.activeElement === document.body || document.activeElement?.closest('nav'))
    main.focus();
}

window.addEventListener('hashchange', route);
route();
