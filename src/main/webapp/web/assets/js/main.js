// The router: one HTML shell, a module per page, history navigation without reloads (so the
// in-memory access token survives), focus moved to the new page's heading after each navigation.
import { restoreSession, currentUser, onSessionChange, logOut } from './api.js';
import { h, render, errorBox } from './ui.js';

const routes = [
  [/^\/$/, () => import('./pages/landing.js')],
  [/^\/search$/, () => import('./pages/search.js')],
  [/^\/(hotels|tours)\/([\w-]+)$/, () => import('./pages/detail.js')],
  [/^\/bookings$/, () => import('./pages/bookings.js')],
  [/^\/bookings\/([\w-]+)$/, () => import('./pages/booking.js')],
  [/^\/(login|signup)$/, () => import('./pages/auth.js')],
];

let generation = 0;

export function navigate(url, { replace = false } = {}) {
  if (replace) history.replaceState({}, '', url);
  else history.pushState({}, '', url);
  return show(true);
}

/** Pages ask for a signed-in traveler; the log-in page brings them back. */
export function requireSignIn() {
  if (currentUser()) return true;
  navigate(`/login?next=${encodeURIComponent(location.pathname + location.search)}`, { replace: true });
  return false;
}

/** Whether the page that started rendering is still the current one (the user may have moved on). */
export const stillCurrent = (token) => token === generation;

async function show(moveFocus) {
  const token = ++generation;
  const path = location.pathname;
  const route = routes.find(([pattern]) => pattern.test(path));
  try {
    if (!route) {
      render('Not found', h('h1', {}, 'Page not found'),
        h('p', {}, 'There is nothing at this address. ', h('a', { href: '/', 'data-link': true }, 'Go to the start page')));
    } else {
      const page = await route[1]();
      await page.default({ match: path.match(route[0]), params: new URLSearchParams(location.search), token });
    }
  } catch (e) {
    if (stillCurrent(token)) render('Error', h('h1', {}, 'Something went wrong'), errorBox(e));
  }
  if (moveFocus && stillCurrent(token)) {
    const heading = document.querySelector('#main h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
    window.scrollTo(0, 0);
  }
}

function renderAccount(user) {
  const slot = document.getElementById('account');
  if (!user) {
    slot.replaceChildren(h('a', { href: '/login', 'data-link': true }, 'Log in'));
    return;
  }
  slot.replaceChildren(h('button', {
    type: 'button', class: 'linkish', id: 'logout',
    onclick: async () => { await logOut().catch(() => {}); navigate('/'); },
  }, `Log out (${user.displayName})`));
}

document.addEventListener('click', (event) => {
  const a = event.target.closest('a[data-link]');
  if (!a || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  navigate(a.getAttribute('href'));
});
window.addEventListener('popstate', () => show(true));
onSessionChange(renderAccount);

restoreSession().finally(() => {
  renderAccount(currentUser());
  show(false);
});
