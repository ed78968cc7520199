// One booking through its life: the quote's persisted price snapshot, the hold with a live
// countdown, payment with the test gateway's cards (an asynchronous payment is polled until it
// settles), the confirmation, and cancellation with the policy's refund.
import { api, get, idempotencyKey } from '../api.js';
import { h, render, money, showDate, showTime, policyText, refundToday, errorBox, notice, plural, kindPath } from '../ui.js';
import { requireSignIn, stillCurrent } from '../main.js';

const CARDS = [
  ['pm_card_ok', 'Test card that pays'],
  ['pm_card_declined', 'Test card that is declined'],
  ['pm_card_async', 'Test card that asks the bank (pending, settles by itself)'],
];
const TITLES = {
  QUOTE: 'Your quote', HOLD: 'Your rooms are held', PAYMENT: 'Payment in progress', CONFIRMED: 'Booking confirmed',
  COMPLETED: 'Trip completed', CANCELLED: 'Booking cancelled', EXPIRED_HOLD: 'Hold expired',
};

let timer = null;

export default async function booking({ match, token }) {
  if (!requireSignIn()) return;
  clearInterval(timer);
  const id = match[1];
  let b = await get(`/v1/bookings/${encodeURIComponent(id)}`);
  const p = await get(`/v1/${b.packageType === 'HOTEL' ? 'hotel' : 'tour'}-packages/${b.packageId}`).catch(() => null);
  const message = h('div', { id: 'message' });

  const show = (next, note) => {
    if (!stillCurrent(token)) return;
    b = next;
    clearInterval(timer);
    const title = b.packageType === 'HOTEL' && b.status === 'HOLD' ? TITLES.HOLD
      : b.status === 'HOLD' ? 'Your seats are held' : TITLES[b.status];
    message.replaceChildren(...(note ? [note] : []));
    render(title,
      h('h1', {}, title),
      h('p', { class: 'status-line' }, h('span', { class: `badge s-${b.status.toLowerCase()}`, id: 'status' }, b.status.replace('_', ' ')),
        ` Reference ${b.id.slice(0, 8).toUpperCase()}`),
      h('div', { class: 'detail-grid' },
        h('div', {}, summary(b, p), snapshot(b)),
        // messages sit beside the buttons that cause them: on a phone the top of the page is out of view
        h('aside', { class: 'panel' }, message, actions(b, p, show, message))));
    if (b.status === 'PAYMENT') poll(b, show, token);
  };
  show(b);
}

function summary(b, p) {
  const hotel = b.packageType === 'HOTEL';
  return h('section', { 'aria-labelledby': 'trip-h' }, h('h2', { id: 'trip-h' }, 'Your trip'),
    h('dl', { class: 'facts' },
      h('dt', {}, hotel ? 'Hotel' : 'Tour'),
      h('dd', {}, p ? h('a', { href: `/${kindPath(b.packageType)}/${b.packageId}`, 'data-link': true }, p.title) : 'Package no longer listed'),
      ...(hotel
        ? [h('dt', {}, 'Dates'), h('dd', {}, `${showDate(b.checkIn)} → ${showDate(b.checkOut)} (${plural(b.nights, 'night', 'nights')})`),
          h('dt', {}, 'Rooms'), h('dd', {}, String(b.units))]
        : [h('dt', {}, 'Departure'), h('dd', {}, showDate(b.departureDate))]),
      h('dt', {}, 'Guests'), h('dd', {}, String(b.guests)),
      h('dt', {}, 'Cancellation'), h('dd', {}, p ? policyText(p.cancellationPolicy, hotel ? 'check-in' : 'departure') : '—')));
}

function snapshot(b) {
  const s = b.priceSnapshot;
  const row = (label, minor, cls) => h('tr', { class: cls }, h('th', { scope: 'row' }, label), h('td', {}, money(minor, s.currency)));
  return h('section', { 'aria-labelledby': 'price-h' }, h('h2', { id: 'price-h' }, 'Price'),
    h('table', { class: 'prices', id: 'price-snapshot' },
      h('caption', { class: 'sr-only' }, `Price in ${s.currency}, fixed when quoted`),
      h('tbody', {},
        // the lines are the whole breakdown: the stay or tour, then taxes and fees with their rates
        s.lines.map(l => row(l.label, l.amountMinor)),
        row(`Total (${s.currency})`, s.totalMinor, 'total'))),
    b.status === 'QUOTE' ? h('p', { class: 'muted', id: 'quote-expiry' }, `This price is kept until ${showTime(b.quoteExpiresAt)}.`) : null,
    b.refundMinor > 0 ? h('p', { id: 'refund' }, h('strong', {}, `Refunded ${money(b.refundMinor, s.currency)}`)) : null);
}

function actions(b, p, show, message) {
  const fail = (e) => {
    message.replaceChildren(errorBox(e));
    message.scrollIntoView({ block: 'nearest' });
  };
  const busy = (button, work) => async () => {
    button.disabled = true;
    message.replaceChildren();
    try { await work(); } catch (e) { fail(e); button.disabled = false; }
  };
  switch (b.status) {
    case 'QUOTE': {
      const hold = h('button', { type: 'button', class: 'primary', id: 'hold' }, 'Hold for 15 minutes');
      hold.addEventListener('click', busy(hold, async () => {
        const { data } = await api('POST', `/v1/bookings/${b.id}/hold`, { headers: { 'Idempotency-Key': idempotencyKey() } });
        show(data);
      }));
      return [h('h2', {}, 'Next: hold it'), h('p', {}, 'Holding reserves the inventory while you pay.'), hold, cancelBlock(b, p, show, fail)];
    }
    case 'HOLD':
      return [countdown(b), payForm(b, show, fail), cancelBlock(b, p, show, fail)];
    case 'PAYMENT':
      return [h('h2', {}, 'Waiting for the bank'), h('p', { role: 'status', id: 'pending' }, 'Your payment is being confirmed. This page updates by itself.'), h('div', { class: 'spinner', 'aria-hidden': 'true' })];
    case 'CONFIRMED':
      return [h('h2', {}, 'You are booked'), h('p', { id: 'confirmation' }, `Paid ${money(b.priceSnapshot.totalMinor, b.priceSnapshot.currency)}. A confirmation email is on its way.`),
        h('p', {}, h('a', { href: '/bookings', 'data-link': true }, 'See all my bookings')), cancelBlock(b, p, show, fail)];
    case 'CANCELLED':
      return [h('h2', {}, 'Cancelled'), h('p', { id: 'cancelled' }, b.refundMinor > 0 ? `We refund ${money(b.refundMinor, b.priceSnapshot.currency)} to your card.` : 'No refund was due.'),
        h('p', {}, h('a', { href: '/search', 'data-link': true }, 'Find another trip'))];
    default:
      return [h('p', {}, 'Nothing more to do here.'), h('p', {}, h('a', { href: '/search', 'data-link': true }, 'Find another trip'))];
  }
}

function countdown(b) {
  const out = h('strong', { id: 'countdown' });
  const box = h('div', { class: 'countdown' }, h('h2', {}, 'Time left to pay'), h('p', { role: 'timer', 'aria-live': 'off' }, out));
  const tick = () => {
    const left = Math.max(0, Math.floor((Date.parse(b.holdExpiresAt) - Date.now()) / 1000));
    out.textContent = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
    if (left === 0) { clearInterval(timer); out.textContent = 'Expired'; }
  };
  tick();
  timer = setInterval(tick, 1000);
  box.append(h('p', { class: 'muted' }, `Held until ${showTime(b.holdExpiresAt)}.`));
  return box;
}

function payForm(b, show, fail) {
  const radios = CARDS.map(([value, label], i) => h('div', { class: 'radio' },
    h('input', { type: 'radio', name: 'card', id: `card-${value}`, value, checked: i === 0 }),
    h('label', { for: `card-${value}` }, label, h('code', {}, ` ${value}`))));
  const pay = h('button', { type: 'submit', class: 'primary', id: 'pay' }, `Pay ${money(b.priceSnapshot.totalMinor, b.priceSnapshot.currency)}`);
  const form = h('form', { id: 'pay-form' }, h('fieldset', {}, h('legend', {}, 'Payment method'), radios), pay);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    pay.disabled = true;
    const card = form.querySelector('input[name=card]:checked').value;
    try {
      const { data } = await api('POST', `/v1/bookings/${b.id}/confirm`, {
        body: { paymentMethod: card }, headers: { 'Idempotency-Key': idempotencyKey() } });
      show(data);
    } catch (err) {
      fail(err);
      pay.disabled = false;
    }
  });
  return form;
}

function poll(b, show, token) {
  const started = Date.now();
  const step = async () => {
    if (!stillCurrent(token)) return;
    try {
      const next = await get(`/v1/bookings/${b.id}`);
      if (next.status !== 'PAYMENT') { show(next, notice(next.status === 'CONFIRMED' ? 'The bank confirmed your payment.' : 'The payment did not go through.', next.status === 'CONFIRMED' ? 'ok' : 'error')); return; }
    } catch { /* keep trying: the page says it is waiting */ }
    if (Date.now() - started < 120000) setTimeout(step, 1000);
  };
  setTimeout(step, 1000);
}

/** Cancel, after showing what the policy gives back today (the server's refund is what counts). */
export function cancelBlock(b, p, show, fail) {
  const start = b.checkIn || b.departureDate;
  const paid = b.status === 'CONFIRMED';
  const estimate = paid && p ? refundToday(p.cancellationPolicy, b.priceSnapshot.totalMinor, start) : 0;
  const explain = paid
    ? (p ? `${policyText(p.cancellationPolicy, b.checkIn ? 'check-in' : 'departure')} Cancelling today refunds ${money(estimate, b.priceSnapshot.currency)}.` : 'The refund follows the package’s cancellation policy.')
    : 'Nothing has been paid, so nothing is charged.';
  const confirm = h('button', { type: 'button', class: 'danger confirm-cancel' }, 'Yes, cancel');
  const keep = h('button', { type: 'button', class: 'secondary' }, 'Keep it');
  const dialog = h('div', { class: 'confirm', hidden: true, role: 'group', 'aria-labelledby': `cx-${b.id}` },
    h('p', { id: `cx-${b.id}`, class: 'refund-preview' }, explain), confirm, ' ', keep);
  const open = h('button', { type: 'button', class: 'secondary cancel', 'aria-expanded': 'false' }, 'Cancel booking');
  open.addEventListener('click', () => { dialog.hidden = false; open.setAttribute('aria-expanded', 'true'); confirm.focus(); });
  keep.addEventListener('click', () => { dialog.hidden = true; open.setAttribute('aria-expanded', 'false'); open.focus(); });
  confirm.addEventListener('click', async () => {
    confirm.disabled = true;
    try {
      const { data } = await api('POST', `/v1/bookings/${b.id}/cancel`, {
        body: { reason: 'cancelled by the traveler on the web' }, headers: { 'Idempotency-Key': idempotencyKey() } });
      show(data);
    } catch (e) {
      fail(e);
      confirm.disabled = false;
    }
  });
  return h('div', { class: 'cancel-block' }, open, dialog);
}
