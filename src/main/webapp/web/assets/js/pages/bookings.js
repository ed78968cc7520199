// My bookings: newest first, cursor paging, and cancel with the policy's refund on each row.
import { get, query } from '../api.js';
import { h, render, money, showDate, errorBox, kindPath } from '../ui.js';
import { requireSignIn } from '../main.js';
import { cancelBlock } from './booking.js';

const CANCELLABLE = new Set(['QUOTE', 'HOLD', 'CONFIRMED']);

export default async function bookings() {
  if (!requireSignIn()) return;
  const list = h('ul', { class: 'booking-list', id: 'my-bookings' });
  const status = h('p', { class: 'muted' }, 'Loading…');
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Show more');
  render('My bookings', h('h1', {}, 'My bookings'), status, list, more);
  const packages = new Map();
  let cursor = null;
  const load = async () => {
    more.disabled = true;
    try {
      const page = await get(`/v1/bookings${query({ limit: 10, cursor })}`);
      const ids = [...new Set(page.data.map(b => `${b.packageType}:${b.packageId}`))].filter(k => !packages.has(k));
      await Promise.all(ids.map(async (k) => {
        const [type, id] = k.split(':');
        packages.set(k, await get(`/v1/${type === 'HOTEL' ? 'hotel' : 'tour'}-packages/${id}`).catch(() => null));
      }));
      list.append(...page.data.map(b => row(b, packages.get(`${b.packageType}:${b.packageId}`))));
      cursor = page.nextCursor;
      more.hidden = !cursor;
      status.textContent = list.children.length ? '' : 'No bookings yet.';
      if (!list.children.length) status.append(' ', h('a', { href: '/search', 'data-link': true }, 'Find a trip'));
    } catch (e) {
      status.replaceChildren(errorBox(e));
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', load);
  await load();
}

function row(b, p) {
  const li = h('li', { class: 'booking', 'data-booking': b.id });
  const fill = (x) => {
    const s = x.priceSnapshot;
    const when = x.checkIn ? `${showDate(x.checkIn)} → ${showDate(x.checkOut)}` : showDate(x.departureDate);
    li.replaceChildren(
      h('div', { class: 'booking-main' },
        h('h2', {}, h('a', { href: `/bookings/${x.id}`, 'data-link': true }, p ? p.title : `${x.packageType} package`)),
        h('p', {}, when, ` · ${x.guests} guests · `, money(s.totalMinor, s.currency)),
        h('p', {}, h('span', { class: `badge s-${x.status.toLowerCase()}` }, x.status.replace('_', ' ')),
          x.status === 'CANCELLED' ? h('span', { class: 'refund' }, ` Refund ${money(x.refundMinor, s.currency)}`) : null),
        p ? h('p', {}, h('a', { href: `/${kindPath(x.packageType)}/${x.packageId}`, 'data-link': true, 'aria-label': `Package page of ${p.title}` }, 'Package page')) : null),
      CANCELLABLE.has(x.status) ? cancelBlock(x, p, fill, (e) => li.append(errorBox(e))) : null);
  };
  fill(b);
  return li;
}
