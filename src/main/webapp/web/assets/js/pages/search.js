// Discovery: hotels and tours with filters (place, dates, guests, price, sort) and cursor paging;
// with words typed it asks /v1/search, which forgives typos ("lisbn" finds Lisbon).
import { get, query } from '../api.js';
import { h, render, packageCard, errorBox, field, toMinor, plural } from '../ui.js';
import { navigate } from '../main.js';

const FILTERS = ['q', 'kind', 'place', 'from', 'to', 'guests', 'minPrice', 'maxPrice', 'sort'];

export default async function search({ params }) {
  const v = Object.fromEntries(FILTERS.map(k => [k, params.get(k) || '']));
  if (!v.place) v.place = params.get('city') || params.get('destination') || '';
  const inputs = {
    q: h('input', { type: 'search', value: v.q, placeholder: 'Words, places, typos welcome', minlength: '2' }),
    kind: select(v.kind, [['', 'Hotels and tours'], ['hotel', 'Hotels'], ['tour', 'Tours']]),
    place: h('input', { type: 'text', value: v.place, placeholder: 'Lisbon' }),
    from: h('input', { type: 'date', value: v.from }),
    to: h('input', { type: 'date', value: v.to }),
    guests: h('input', { type: 'number', min: '1', max: '100', value: v.guests, inputmode: 'numeric' }),
    minPrice: h('input', { type: 'number', min: '0', step: '1', value: v.minPrice, inputmode: 'decimal' }),
    maxPrice: h('input', { type: 'number', min: '0', step: '1', value: v.maxPrice, inputmode: 'decimal' }),
    sort: select(v.sort, [['', 'Newest'], ['price', 'Price: low to high'], ['-price', 'Price: high to low']]),
  };
  Object.entries(inputs).forEach(([k, el]) => { el.name = k; el.id = `filter-${k}`; });
  const form = h('form', { class: 'filters', 'aria-label': 'Filters', onsubmit: (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const k of FILTERS) if (inputs[k].value.trim()) next.set(k, inputs[k].value.trim());
    navigate(`/search?${next}`);
  } },
  field('Search', inputs.q), field('Show', inputs.kind), field('City or destination', inputs.place),
  field('From', inputs.from), field('To', inputs.to), field('Guests', inputs.guests),
  field('Min price (€)', inputs.minPrice), field('Max price (€)', inputs.maxPrice),
  field('Sort', inputs.sort, v.q ? 'Word searches are ordered by relevance' : undefined),
  h('button', { type: 'submit', class: 'primary' }, 'Apply'));

  const results = h('div', { id: 'results', 'aria-live': 'polite' });
  const heading = v.q ? `Results for “${v.q}”` : v.kind === 'hotel' ? 'Hotels' : v.kind === 'tour' ? 'Tours' : 'Hotels and tours';
  render(heading, h('h1', {}, heading), h('div', { class: 'discover' }, form, results));

  const common = { guests: v.guests, minPrice: toMinor(v.minPrice), maxPrice: toMinor(v.maxPrice), limit: 6 };
  if (v.q) {
    const dates = v.from && v.to ? (v.kind === 'tour' ? { from: v.from, to: v.to } : { checkIn: v.from, checkOut: v.to }) : {};
    results.append(section('Matches', (cursor) => `/v1/search${query({ ...common, ...dates, q: v.q, kind: v.kind, city: v.place, cursor })}`,
      (hit) => packageCard(hit, hit.kind), true));
  } else {
    for (const kind of v.kind ? [v.kind] : ['hotel', 'tour']) {
      const hotel = kind === 'hotel';
      const filters = hotel
        ? { city: v.place, checkIn: v.from, checkOut: v.to }
        : { destination: v.place, from: v.from, to: v.to };
      results.append(section(hotel ? 'Hotels' : 'Tours',
        (cursor) => `/v1/${hotel ? 'hotel' : 'tour'}-packages${query({ ...common, ...filters, sort: v.sort, cursor })}`,
        (p) => packageCard(p, kind), false));
    }
  }
}

function select(value, options) {
  return h('select', {}, options.map(([val, label]) => h('option', { value: val, selected: val === value }, label)));
}

/** One result list with its own cursor: "Show more" appends the next page. */
function section(title, url, card, withFacets) {
  const list = h('ul', { class: 'cards' });
  const status = h('p', { class: 'muted' }, 'Loading…');
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Show more');
  const box = h('section', { class: 'result-section', 'aria-label': title }, h('h2', {}, title), status, list, more);
  let cursor = null;
  let shown = 0;
  const load = async () => {
    more.disabled = true;
    try {
      const page = await get(url(cursor));
      list.append(...page.data.map(card));
      shown += page.data.length;
      cursor = page.nextCursor;
      more.hidden = !cursor;
      const counts = withFacets && page.facets
        ? ` (${plural(page.facets.kind.hotel || 0, 'hotel', 'hotels')}, ${plural(page.facets.kind.tour || 0, 'tour', 'tours')} match)` : '';
      status.textContent = shown ? `${plural(shown, 'result', 'results')} shown${counts}` : 'Nothing matches these filters. Try fewer filters or other words.';
    } catch (e) {
      status.replaceChildren(errorBox(e));
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', load);
  load();
  return box;
}
