package com.tripavail.booking;

import com.tripavail.audit.AuditService;
import com.tripavail.catalog.PublicCatalog;
import com.tripavail.ledger.Accounts;
import com.tripavail.ledger.JournalKind;
import com.tripavail.ledger.LedgerService;
import com.tripavail.notification.NotificationKind;
import com.tripavail.payment.Payment;
import com.tripavail.payment.PaymentGateway.GatewayResult;
import com.tripavail.payment.PaymentService;
import com.tripavail.payment.PaymentStatus;
import com.tripavail.platform.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The two transactional halves around a gateway call: opening a payment (HOLD to PAYMENT) and
 * applying the gateway's answer, from the confirm request, a webhook or the reconciliation job
 * alike. Applying is idempotent: a payment's final status is applied once.
 */
@ApplicationScoped
public class PaymentSettlement {
    public enum Outcome {
        CONFIRMED,
        PENDING,
        DECLINED,
        REFUNDED_LATE,
        /** the package stopped being sellable while the charge was in flight: cancelled, refunded in full */
        REFUNDED_UNAVAILABLE,
        ALREADY_APPLIED
    }

    public record Opened(UUID bookingId, UUID paymentId, Money amount, String method) {}

    /** {@code payment} is the charge's status after applying: what an already-applied answer meant. */
    public record Settled(Outcome outcome, Booking booking, PaymentStatus payment) {
        Settled(Outcome outcome, Booking booking) {
            this(outcome, booking, null);
        }
    }

    @Inject
    BookingRepository bookings;

    @Inject
    SettlementReports settlements;

    @Inject
    PaymentService payments;

    @Inject
    HoldInventory inventory;

    @Inject
    LedgerService ledger;

    @Inject
    BookingNotices notices;

    @Inject
    AuditService audit;

    @Inject
    BookingSettings settings;

    @Inject
    PublicCatalog catalog;

    @Inject
    BookingMetrics metrics;

    Clock clock = Clock.systemUTC();

    /**
     * HOLD to PAYMENT with a pending charge row; a hold past its expiry is refused even before the job ran.
     * A confirm retried with the key of an attempt that already opened a charge (its answer was lost:
     * a crash, a timeout) resumes that charge instead: the gateway knows it by the payment's id, so
     * asking again never charges twice, and the retry gets the attempt's real outcome.
     */
    @Transactional
    public Opened open(BookingService.Caller caller, UUID id, String method, String attemptKey) {
        Booking b = BookingService.own(bookings.lock(id), caller);
        Optional<Payment> earlier = payments.chargeForAttempt(b.id(), attemptKey);
        if (earlier.isPresent()) {
            Payment p = earlier.get();
            return new Opened(b.publicId(), p.publicId(), p.amount(), p.method());
        }
        Instant now = clock.instant();
        bookings.persist(b.startPayment(now.plus(settings.paymentWindow()), now, caller.actor()));
        BookingService.requireSellable(catalog, b);
        Payment p = payments.openCharge(b.id(), attemptKey, b.total(), method);
        return new Opened(b.publicId(), p.publicId(), b.total(), method);
    }

    /**
     * Applies the gateway's word on one charge (confirm request, webhook or reconciliation alike).
     * The gateway's final state wins whatever order it arrives in (docs/payments.md has the table):
     * a capture confirms the booking when the booking can still use it, and is otherwise refunded
     * at once with a journal and an audit record, so no captured charge is ever left behind.
     */
    @Transactional
    public Settled settle(UUID paymentId, GatewayResult result, String actor) {
        return settle(paymentId, result, actor, s -> {});
    }

    /** As above, then {@code inTransaction} with the outcome before the commit (the request's answer, stored with it). */
    @Transactional
    public Settled settle(UUID paymentId, GatewayResult result, String actor, Consumer<Settled> inTransaction) {
        Settled settled = apply(paymentId, result, actor);
        inTransaction.accept(settled);
        return settled;
    }

    private Settled apply(UUID paymentId, GatewayResult result, String actor) {
        Booking b = bookings.lock(payments.byPublicId(paymentId).bookingId());
        Payment p = payments.lock(paymentId);
        // read before this charge's new status is flushed: one live charge per booking (unique index)
        boolean superseded = payments.otherLiveCharge(b.id(), paymentId).isPresent();
        PaymentStatus before = p.status();
        payments.record(p, result);
        if (p.status() == before) {
            if (before == PaymentStatus.PENDING) {
                payments.asked(p);
            }
            return new Settled(before == PaymentStatus.PENDING ? Outcome.PENDING : Outcome.ALREADY_APPLIED, b, before);
        }
        Instant now = clock.instant();
        if (p.status() == PaymentStatus.SUCCEEDED) {
            return captured(b, p, superseded, now, actor);
        }
        if (p.status() == PaymentStatus.FAILED) {
            metrics.paymentFailed();
        } else {
            metrics.paymentDeclined();
        }
        if (b.status() == BookingStatus.PAYMENT && !superseded) {
            bookings.persist(b.paymentDeclined(
                    now,
                    actor,
                    "payment " + p.status().name().toLowerCase() + (p.failure() == null ? "" : ": " + p.failure())));
        }
        return new Settled(Outcome.DECLINED, b);
    }

    /** A capture settles the booking if the booking can still use it; otherwise it is refunded in full. */
    private Settled captured(Booking b, Payment p, boolean superseded, Instant now, String actor) {
        if (!superseded && b.status() == BookingStatus.PAYMENT) {
            return confirmIfSellable(b, p, now, actor);
        }
        if (!superseded && b.status() == BookingStatus.HOLD && !b.isHoldExpired(now)) {
            // declined first, captured after all (a retried attempt, or events out of order)
            bookings.persist(b.startPayment(now.plus(settings.paymentWindow()), now, actor));
            return confirmIfSellable(b, p, now, actor);
        }
        String why = superseded || b.status() == BookingStatus.CONFIRMED || b.status() == BookingStatus.COMPLETED
                ? "a second capture for a booking already paid or paying"
                : "the booking is " + b.status() + (b.status() == BookingStatus.HOLD ? " past its expiry" : "");
        return refundLate(b, p, now, actor, why);
    }

    private Settled confirmIfSellable(Booking b, Payment p, Instant now, String actor) {
        return catalog.isSellable(b.packageType().name(), b.packagePublicId())
                ? confirm(b, now, actor)
                : refundUnavailable(b, p, now, actor);
    }

    private Settled confirm(Booking b, Instant now, String actor) {
        long commission = settings.pricing().commissionOf(b.subtotal()).minor();
        bookings.persist(b.confirm(commission, now, actor));
        inventory.sell(b);
        ledger.post(
                b.id(),
                JournalKind.CHARGE,
                b.currency(),
                "booking " + b.publicId() + " paid",
                Accounts.charge(b.providerId(), split(b)));
        notices.tell(NotificationKind.BOOKING_CONFIRMED, b);
        return new Settled(Outcome.CONFIRMED, b);
    }

    /** Money the booking cannot use (expired, cancelled, superseded, a second capture): never confirmed, refunded in full. */
    private Settled refundLate(Booking b, Payment charge, Instant now, String actor, String why) {
        refundInFull(
                b,
                charge,
                actor,
                "payment.refunded_late",
                "payment " + charge.publicId() + " captured but unusable (" + why + "); refunded",
                "payment captured but unusable: " + why);
        return new Settled(Outcome.REFUNDED_LATE, b);
    }

    /**
     * Money arrived while the package stopped being sellable (unpublished, archived, provider or
     * property suspended): the booking is cancelled, its rooms or seats released and the payment
     * returned in full; the provider's payable is never credited.
     */
    private Settled refundUnavailable(Booking b, Payment charge, Instant now, String actor) {
        bookings.persist(b.withdraw(now, actor, "package no longer available; payment refunded in full"));
        settlements.report(b, now);
        inventory.release(b);
        refundInFull(
                b,
                charge,
                actor,
                "payment.refunded_unavailable",
                "payment " + charge.publicId() + " refunded: the package was no longer sellable",
                "the package was no longer sellable");
        notices.tell(NotificationKind.BOOKING_CANCELLED, b);
        return new Settled(Outcome.REFUNDED_UNAVAILABLE, b);
    }

    /** Received and returned: the gateway refund and a journal through gateway clearing, audited. */
    private void refundInFull(Booking b, Payment charge, String actor, String action, String journal, String why) {
        payments.markRefunded(charge); // before the refund row is flushed: the charge is never live twice
        payments.refund(charge, charge.amountMinor(), "late:" + charge.publicId());
        ledger.postAgain(
                b.id(), JournalKind.LATE_REFUND, charge.currency(), journal, Accounts.lateRefund(charge.amountMinor()));
        audit.record(
                actor,
                action,
                "booking",
                b.publicId().toString(),
                why,
                Map.of("paymentId", charge.publicId().toString(), "amountMinor", Long.toString(charge.amountMinor())));
    }

    /** What the paid total owes: taxes, the platform's fee and commission, the provider's share. */
    static Accounts.Split split(Booking b) {
        return new Accounts.Split(
                b.subtotalMinor() - b.commissionMinor(), b.feesMinor() + b.commissionMinor(), b.taxesMinor());
    }
}
