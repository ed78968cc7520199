// Package detail: gallery, inclusions, the cancellation policy in plain words, availability for
// the next 60 days, and the quote form (sign-in first; the form's values survive the detour).
import { api, get, currentUser } from '../api.js';
import { h, render, money, showDate, isoDay, policyText, errorBox, field, plural } from '../ui.js';
import { navigate, stillCurrent } from '../main.js';

const DAYS = 60;

export default async function detail({ match, params, token }) {
  const hotel = match[1] === 'hotels';
  const id = match[2];
  render('Loading', h('h1', {}, 'Loading…'));
  const range = hotel ? `checkIn=${isoDay(0)}&checkOut=${isoDay(DAYS)}` : `from=${isoDay(0)}&to=${isoDay(DAYS)}`;
  const p = await get(`/v1/${hotel ? 'hotel' : 'tour'}-packages/${encodeURIComponent(id)}?${range}`);
  if (!stillCurrent(token)) return;
  const price = hotel ? p.price : p.pricePerPerson;
  const place = hotel ? `${p.property.name}, ${p.property.city}` : p.destination;
  const open = new Map(hotel
    ? p.availability.map(n => [n.night, { left: n.available }])
    : p.departures.map(d => [d.date, { left: d.available, id: d.id }]));

  const form = quoteForm(p, hotel, open, params);
  render(p.title,
    h('nav', { 'aria-label': 'Breadcrumb', class: 'crumbs' },
      h('a', { href: `/search?kind=${hotel ? 'hotel' : 'tour'}`, 'data-link': true }, hotel ? 'Hotels' : 'Tours'), ' › ', p.title),
    h('article', { class: 'detail' },
      h('header', {},
        h('p', { class: 'eyebrow' }, `${hotel ? 'Hotel' : 'Tour'} · ${place}`),
        h('h1', {}, p.title),
        h('p', { class: 'price big' }, h('strong', {}, money(price.amountMinor, price.currency)),
          hotel ? ` per room and night · minimum ${plural(p.nights, 'night', 'nights')} · up to ${plural(p.maxGuests, 'guest', 'guests')} per room`
            : ` per person · ${plural(p.durationDays, 'day', 'days')} · groups up to ${p.maxGroupSize}`)),
      gallery(p),
      h('div', { class: 'detail-grid' },
        h('div', {},
          h('section', { 'aria-labelledby': 'about-h' }, h('h2', { id: 'about-h' }, 'About'), h('p', {}, p.description)),
          h('section', { 'aria-labelledby': 'incl-h' }, h('h2', { id: 'incl-h' }, 'Included'),
            h('ul', { class: 'ticks' }, p.inclusions.map(i => h('li', {}, i)))),
          h('section', { 'aria-labelledby': 'policy-h' }, h('h2', { id: 'policy-h' }, 'Cancellation'),
            h('p', { id: 'policy' }, policyText(p.cancellationPolicy, hotel ? 'check-in' : 'departure'))),
          h('section', { 'aria-labelledby': 'cal-h' }, h('h2', { id: 'cal-h' }, `Availability, next ${DAYS} days`),
            calendar(open, hotel, form))),
        h('aside', { class: 'panel', 'aria-labelledby': 'quote-h' }, h('h2', { id: 'quote-h' }, 'Get your price'), form.el))));
}

function gallery(p) {
  if (!p.images || p.images.length === 0) {
    return h('div', { class: `gallery-empty ph ${p.property ? 'ph-hotel' : 'ph-tour'}`, role: 'img', 'aria-label': 'No photos yet' });
  }
  return h('ul', { class: 'gallery', 'aria-label': 'Photos' },
    p.images.map((src, i) => h('li', {}, h('img', { src, alt: `${p.title}, photo ${i + 1} of ${p.images.length}`, loading: i ? 'lazy' : 'eager' }))));
}

function calendar(open, hotel, form) {
  const days = [];
  for (let i = 0; i < DAYS; i++) {
    const day = isoDay(i);
    const slot = open.get(day);
    const label = showDate(day);
    if (slot && slot.left > 0) {
      const what = hotel ? plural(slot.left, 'room', 'rooms') : plural(slot.left, 'seat', 'seats');
      days.push(h('li', {}, h('button', {
        type: 'button', class: 'day open', 'data-date': day, 'aria-label': `${label}: ${what} left, choose`,
        onclick: () => form.pick(day),
      }, h('span', { class: 'd' }, label.replace(/,? \d{4}$/, '')), h('span', { class: 'n' }, `${slot.left} left`))));
    } else {
      days.push(h('li', { class: 'day closed' }, h('span', { class: 'd' }, label.replace(/,? \d{4}$/, '')),
        h('span', { class: 'n' }, slot ? 'Full' : (hotel ? 'Closed' : 'No departure'))));
    }
  }
  return h('ol', { class: 'calendar', 'aria-label': 'Availability by day' }, days);
}

function quoteForm(p, hotel, open, params) {
  const error = h('div');
  const guests = h('input', { type: 'number', name: 'guests', id: 'q-guests', min: '1', required: true,
    max: String(hotel ? p.maxGuests * 50 : p.maxGroupSize), value: params.get('guests') || String(Math.min(2, hotel ? p.maxGuests : p.maxGroupSize)) });
  const firstOpen = [...open.keys()].sort().find(d => open.get(d).left > 0) || '';
  let fields;
  let body;
  let pick;
  if (hotel) {
    const checkIn = h('input', { type: 'date', name: 'checkIn', id: 'q-checkIn', required: true, min: isoDay(0), value: params.get('checkIn') || firstOpen });
    const checkOut = h('input', { type: 'date', name: 'checkOut', id: 'q-checkOut', required: true, value: params.get('checkOut') || (firstOpen && plusDays(firstOpen, p.nights)) });
    const units = h('input', { type: 'number', name: 'units', id: 'q-units', min: '1', max: '50', required: true, value: params.get('units') || '1' });
    fields = [field('Check-in', checkIn), field('Check-out', checkOut, `Minimum stay ${plural(p.nights, 'night', 'nights')}`), field('Rooms', units), field('Guests', guests, `Up to ${p.maxGuests} per room`)];
    body = () => ({ packageType: 'HOTEL', packageId: p.id, checkIn: checkIn.value, checkOut: checkOut.value, units: Number(units.value), guests: Number(guests.value) });
    pick = (day) => { checkIn.value = day; checkOut.value = plusDays(day, p.nights); checkIn.focus(); };
  } else {
    const departure = h('select', { name: 'departureDate', id: 'q-departure', required: true },
      [...open.entries()].filter(([, s]) => s.left > 0).sort(([a], [b]) => a.localeCompare(b))
        .map(([d, s]) => h('option', { value: d, selected: d === params.get('departureDate') }, `${showDate(d)} (${s.left} seats left)`)));
    fields = [field('Departure', departure), field('Guests', guests, `Groups up to ${p.maxGroupSize}`)];
    body = () => ({ packageType: 'TOUR', packageId: p.id, departureDate: departure.value, guests: Number(guests.value) });
    pick = (day) => { departure.value = day; departure.focus(); };
  }
  const submit = h('button', { type: 'submit', class: 'primary', id: 'get-quote' }, currentUser() ? 'Get price' : 'Log in to get your price');
  const el = h('form', { id: 'quote-form', onsubmit: async (e) => {
    e.preventDefault();
    const values = body();
    if (!currentUser()) {
      const keep = new URLSearchParams(Object.entries(values).filter(([k]) => !k.startsWith('package')));
      navigate(`/login?next=${encodeURIComponent(`${location.pathname}?${keep}`)}`);
      return;
    }
    submit.disabled = true;
    error.replaceChildren();
    try {
      const { data } = await api('POST', '/v1/bookings/quote', { body: values });
      navigate(`/bookings/${data.id}`);
    } catch (err) {
      error.replaceChildren(errorBox(err));
      submit.disabled = false;
    }
  } }, fields, error, submit);
  return { el, pick };
}

function plusDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
