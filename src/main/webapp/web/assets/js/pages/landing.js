// Landing: the search box, featured hotels and tours (newest first), and the destinations they cover.
import { get } from '../api.js';
import { h, render, packageCard, errorBox, field } from '../ui.js';
import { navigate } from '../main.js';

export default async function landing() {
  const q = h('input', { type: 'search', name: 'q', id: 'q', required: true, minlength: '2', placeholder: 'Lisbon, wine tour, breakfast…', autocomplete: 'off' });
  const kind = h('select', { name: 'kind', id: 'kind' },
    h('option', { value: '' }, 'Hotels and tours'), h('option', { value: 'hotel' }, 'Hotels'), h('option', { value: 'tour' }, 'Tours'));
  const form = h('form', { class: 'searchbox', role: 'search', onsubmit: (e) => {
    e.preventDefault();
    const params = new URLSearchParams({ q: q.value.trim() });
    if (kind.value) params.set('kind', kind.value);
    navigate(`/search?${params}`);
  } }, field('Where to, or what?', q), field('Looking for', kind), h('button', { type: 'submit', class: 'primary' }, 'Search'));

  const hotels = h('ul', { class: 'cards', id: 'featured-hotels' }, h('li', { class: 'muted' }, 'Loading hotels…'));
  const tours = h('ul', { class: 'cards', id: 'featured-tours' }, h('li', { class: 'muted' }, 'Loading tours…'));
  const places = h('ul', { class: 'chips', id: 'destinations' });
  render('Hotels and tours',
    h('section', { class: 'hero' },
      h('h1', {}, 'Stays and tours, booked in minutes'),
      h('p', { class: 'lead' }, 'Live availability, clear prices, and cancellation terms in plain words.'),
      form),
    h('section', { 'aria-labelledby': 'dest-h' }, h('h2', { id: 'dest-h' }, 'Destinations'), places),
    h('section', { 'aria-labelledby': 'hotels-h' },
      h('div', { class: 'section-head' }, h('h2', { id: 'hotels-h' }, 'Featured hotels'), h('a', { href: '/search?kind=hotel', 'data-link': true }, 'All hotels')),
      hotels),
    h('section', { 'aria-labelledby': 'tours-h' },
      h('div', { class: 'section-head' }, h('h2', { id: 'tours-h' }, 'Featured tours'), h('a', { href: '/search?kind=tour', 'data-link': true }, 'All tours')),
      tours));

  const [hotelPage, tourPage] = await Promise.allSettled([
    get('/v1/hotel-packages?limit=6&sort=newest'), get('/v1/tour-packages?limit=6&sort=newest')]);
  fill(hotels, hotelPage, 'hotel');
  fill(tours, tourPage, 'tour');
  const cities = new Map();
  if (hotelPage.status === 'fulfilled') hotelPage.value.data.forEach(p => cities.set(`hotel:${p.property.city}`, ['hotel', 'city', p.property.city]));
  if (tourPage.status === 'fulfilled') tourPage.value.data.forEach(p => cities.set(`tour:${p.destination}`, ['tour', 'destination', p.destination]));
  places.replaceChildren(...[...cities.values()].map(([k, param, name]) =>
    h('li', {}, h('a', { class: 'chip', href: `/search?kind=${k}&${param}=${encodeURIComponent(name)}`, 'data-link': true },
      `${name} · ${k === 'hotel' ? 'stays' : 'tours'}`))));
}

function fill(list, result, kind) {
  if (result.status === 'rejected') {
    list.replaceChildren(h('li', {}, errorBox(result.reason)));
  } else if (result.value.data.length === 0) {
    list.replaceChildren(h('li', { class: 'muted' }, 'Nothing published yet.'));
  } else {
    list.replaceChildren(...result.value.data.map(p => packageCard(p, kind)));
  }
}
