// Small DOM and formatting helpers shared by the pages. Elements are built with h(), never from
// HTML strings, so API text is always text (no injection) and no inline handlers exist (CSP).

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

const fractionDigits = (currency) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;

export function money(amountMinor, currency) {
  const digits = fractionDigits(currency);
  return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amountMinor / 10 ** digits);
}

/** A price typed in major units ("129.50") as minor units, for the price filters. */
export function toMinor(major, currency = 'EUR') {
  if (major === '' || major === null || major === undefined) return '';
  return Math.round(Number(major) * 10 ** fractionDigits(currency));
}

const dateFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
export const showDate = (iso) => dateFormat.format(new Date(`${iso}T00:00:00Z`));
export const showTime = (instant) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));

/** Local calendar date as YYYY-MM-DD, n days from today. */
export function isoDay(plusDays = 0, from = new Date()) {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + plusDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function daysBetween(fromIso, toIso) {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86400000);
}

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
export { plural };

/** The cancellation policy as a traveler reads it. */
export function policyText(policy, startWord = 'the start') {
  if (!policy) return 'No cancellation terms given.';
  switch (policy.kind) {
    case 'FREE':
      return `Free cancellation until ${plural(policy.freeUntilDaysBefore, 'day', 'days')} before ${startWord}: full refund. After that, no refund.`;
    case 'PARTIAL':
      return `Cancel until ${plural(policy.freeUntilDaysBefore, 'day', 'days')} before ${startWord} and get ${policy.refundPercent}% back. After that, no refund.`;
    default:
      return 'Non-refundable: cancelling gives no refund.';
  }
}

/** What cancelling today would give back under the policy (the server's answer is final). */
export function refundToday(policy, paidMinor, startIso) {
  if (!policy || policy.kind === 'NON_REFUNDABLE') return 0;
  const daysBefore = daysBetween(isoDay(0), startIso);
  if (daysBefore < policy.freeUntilDaysBefore) return 0;
  return policy.kind === 'FREE' ? paidMinor : Math.floor(paidMinor * policy.refundPercent / 100);
}

export function errorBox(error) {
  return h('div', { class: 'alert error', role: 'alert' }, error.message || String(error));
}

export function notice(text, kind = 'info') {
  return h('div', { class: `alert ${kind}`, role: 'status' }, text);
}

export function field(label, input, hint) {
  const id = input.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  input.id = id;
  const parts = [h('label', { for: id }, label), input];
  if (hint) {
    const hintId = `${id}-hint`;
    input.setAttribute('aria-describedby', hintId);
    parts.push(h('small', { id: hintId, class: 'hint' }, hint));
  }
  return h('div', { class: 'field' }, parts);
}

/** Replaces the page content and title. */
export function render(title, ...nodes) {
  document.getElementById('main').replaceChildren(...nodes.flat());
  document.title = `${title} — TripAvail`;
}

export const kindPath = (kind) => (String(kind).toLowerCase() === 'hotel' ? 'hotels' : 'tours');

/** One package as a card, from a listing item or a search hit. */
export function packageCard(p, kind) {
  const hotel = String(kind).toLowerCase() === 'hotel';
  const price = hotel ? p.price : (p.pricePerPerson || p.price);
  const place = hotel ? (p.property ? p.property.city : p.city) : p.destination;
  const unit = hotel ? 'per room and night' : 'per person';
  const image = p.images && p.images[0];
  return h('li', { class: 'card' },
    image ? h('img', { src: image, alt: '', loading: 'lazy', class: 'card-img' })
      : h('div', { class: `card-img ph ${hotel ? 'ph-hotel' : 'ph-tour'}`, 'aria-hidden': 'true' }),
    h('div', { class: 'card-body' },
      h('p', { class: 'eyebrow' }, `${hotel ? 'Hotel' : 'Tour'} · ${place || ''}`),
      h('h3', {}, h('a', { href: `/${kindPath(kind)}/${p.id}`, 'data-link': true }, p.title)),
      h('p', { class: 'desc' }, p.description || ''),
      h('p', { class: 'price' }, h('strong', {}, money(price.amountMinor, price.currency)), ` ${unit}`)));
}
