package com.tripavail.booking;

import com.tripavail.booking.BookingDtos.BookingView;
import com.tripavail.ledger.Accounts;
import com.tripavail.ledger.JournalKind;
import com.tripavail.ledger.LedgerService;
import com.tripavail.notification.NotificationKind;
import com.tripavail.payment.Payment;
import com.tripavail.payment.PaymentService;
import com.tripavail.payment.PaymentStatus;
import com.tripavail.platform.idempotency.IdempotentOutcome;
import com.tripavail.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Cancel by the traveler or an administrator: held inventory released; a confirmed booking's sold
 * inventory released and refunded per its cancellation policy (days before the start in the
 * property's zone) with a reversing journal.
 */
@ApplicationScoped
public class Cancellation {
    @Inject
    BookingRepository bookings;

    @Inject
    SettlementReports settlements;

    @Inject
    HoldInventory inventory;

    @Inject
    PaymentService payments;

    @Inject
    LedgerService ledger;

    @Inject
    BookingNotices notices;

    @Inject
    IdempotentOutcome outcome;

    Clock clock = Clock.systemUTC();

    @Transactional
    public BookingView cancel(BookingService.Caller caller, UUID id, String reason) {
        Booking b = bookings.lock(id);
        if (!caller.admin()) {
            BookingService.own(b, caller);
        }
        Instant now = clock.instant();
        BookingStatus from = b.status();
        long refund = from == BookingStatus.CONFIRMED
                ? b.policy().refundFor(b.total(), b.daysBeforeStart(now)).minor()
                : 0;
        bookings.persist(b.cancel(refund, now, caller.actor(), reason == null ? "cancelled" : reason));
        settlements.report(b, now);
        if (from == BookingStatus.CONFIRMED) {
            // the gateway first: the nights' row locks, which every hold and confirm of these dates
            // queues behind, are taken last and held only to the commit, never across the refund call
            refund(b, refund);
            inventory.releaseSold(b);
        } else if (from.holdsInventory()) {
            inventory.release(b);
        }
        notices.tell(NotificationKind.BOOKING_CANCELLED, b);
        BookingView view = BookingView.of(b);
        outcome.record(200, view); // with the cancellation: a retry replays it even after Redis lost the key
        return view;
    }

    private void refund(Booking b, long amount) {
        if (amount == 0) {
            return;
        }
        Payment charge = payments.liveCharge(b.id())
                .filter(p -> p.status() == PaymentStatus.SUCCEEDED)
                .orElseThrow(() -> DomainException.conflict("payment_missing", "No settled payment to refund"));
        payments.refund(charge, amount, "cancel");
        ledger.post(
                b.id(),
                JournalKind.REFUND,
                b.currency(),
                "booking " + b.publicId() + " cancelled, refund per policy",
                Accounts.refund(b.providerId(), PaymentSettlement.split(b), amount));
    }
}
