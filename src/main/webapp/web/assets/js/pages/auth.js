// Log in and sign up (travelers). The session is a cookie the page never reads (api.js).
import { logIn, signUp } from '../api.js';
import { h, render, errorBox, field } from '../ui.js';
import { navigate } from '../main.js';

export default async function auth({ match, params }) {
  const signup = match[1] === 'signup';
  const next = safeNext(params.get('next'));
  const name = h('input', { type: 'text', name: 'displayName', id: 'displayName', autocomplete: 'name', required: true, maxlength: '100' });
  const email = h('input', { type: 'email', name: 'email', id: 'email', autocomplete: 'email', required: true, maxlength: '254' });
  const password = h('input', { type: 'password', name: 'password', id: 'password', required: true,
    autocomplete: signup ? 'new-password' : 'current-password', minlength: signup ? '10' : undefined });
  const error = h('div');
  const submit = h('button', { type: 'submit', class: 'primary' }, signup ? 'Create account' : 'Log in');
  const form = h('form', { class: 'panel narrow', id: signup ? 'signup-form' : 'login-form', onsubmit: async (e) => {
    e.preventDefault();
    submit.disabled = true;
    error.replaceChildren();
    try {
      if (signup) await signUp(name.value.trim(), email.value.trim(), password.value);
      else await logIn(email.value.trim(), password.value);
      navigate(next, { replace: true });
    } catch (err) {
      error.replaceChildren(errorBox(err));
      submit.disabled = false;
    }
  } },
  signup ? field('Your name', name) : null,
  field('Email', email),
  field('Password', password, signup ? '10 characters or more, not your email, and not easy to guess' : undefined),
  error, submit);
  const other = `?next=${encodeURIComponent(next)}`;
  render(signup ? 'Sign up' : 'Log in',
    h('h1', {}, signup ? 'Create your traveler account' : 'Log in'),
    form,
    h('p', { class: 'center' }, signup
      ? ['Already have an account? ', h('a', { href: `/login${other}`, 'data-link': true }, 'Log in')]
      : ['New to TripAvail? ', h('a', { href: `/signup${other}`, 'data-link': true, id: 'to-signup' }, 'Create an account')]));
}

// only our own paths: an open redirect would let a link send a fresh login elsewhere
function safeNext(next) {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
