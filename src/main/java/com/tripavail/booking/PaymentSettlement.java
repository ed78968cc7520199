package com.tripavail.booking;

import com.tripavail.audit.AuditService;
import com.tripavail.catalog.PublicCatalog;
import com.tripavail.ledger.Accounts;
import com.tripavail.ledger.LedgerService;
import com.tripavail.notification.NotificationOutbox;
import com.tripavail.payment.Payment;
import com.tripavail.payment.PaymentGateway.GatewayResult;
import com.tripavail.payment.PaymentService;
import com.tripavail.payment.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

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

    public record Opened(UUID bookingId, UUID paymentId, long amountMinor, String currency, String method) {}

    public record Settled(Outcome outcome, Booking booking) {}

    @Inject
    BookingRepository bookings;

    @Inject
    PaymentService payments;

    @Inject
    HoldInventory inventory;

    @Inject
    LedgerService ledger;

    @Inject
    NotificationOutbox outbox;

    @Inject
    AuditService audit;

    @Inject
    BookingSettings settings;

    @Inject
    PublicCatalog catalog;

    @Inject
    BookingMetrics metrics;

    Clock clock = Clock.systemUTC();

    /** HOLD to PAYMENT with a pending charge row; a hold past its expiry is refused even before the job ran. */
    @Transactional
    public Opened open(BookingService.Caller caller, UUID id, String method, String attemptKey) {
        Booking b = BookingService.own(bookings.lock(id), caller);
        Instant now = clock.instant();
        bookings.persist(b.startPayment(now.plus(settings.paymentWindow()), now, caller.actor()));
        BookingService.requireSellable(catalog, b);
        Payment p = payments.openCharge(b.id(), attemptKey, b.totalMinor(), b.currency(), method);
        return new Opened(b.publicId(), p.publicId(), b.totalMinor(), b.currency(), method);
    }

    @Transactional
    public Settled settle(UUID paymentId, GatewayResult result, String actor) {
        Booking b = bookings.lock(payments.byPublicId(paymentId).bookingId());
        Payment p = payments.lock(paymentId);
        PaymentStatus before = p.status();
        payments.record(p, result);
        if (before != PaymentStatus.PENDING || p.status() == PaymentStatus.PENDING) {
            return new Settled(before == PaymentStatus.PENDING ? Outcome.PENDING : Outcome.ALREADY_APPLIED, b);
        }
        Instant now = clock.instant();
        if (p.status() == PaymentStatus.SUCCEEDED) {
            if (b.status() != BookingStatus.PAYMENT) {
                return refundLate(b, p, now, actor);
            }
            return catalog.isSellable(b.packageType().name(), b.packagePublicId())
                    ? confirm(b, now, actor)
                    : refundUnavailable(b, p, now, actor);
        }
        if (p.status() == PaymentStatus.FAILED) {
            metrics.paymentFailed();
        } else {
            metrics.paymentDeclined();
        }
        if (b.status() == BookingStatus.PAYMENT) {
            bookings.persist(b.paymentDeclined(
                    now,
                    actor,
                    "payment " + p.status().name().toLowerCase() + (p.failure() == null ? "" : ": " + p.failure())));
        }
        return new Settled(Outcome.DECLINED, b);
    }

    private Settled confirm(Booking b, Instant now, String actor) {
        long commission = settings.pricing().commissionOf(b.subtotalMinor());
        bookings.persist(b.confirm(commission, now, actor));
        inventory.sell(b);
        ledger.post(
                b.id(),
                "CHARGE",
                b.currency(),
                "booking " + b.publicId() + " paid",
                Accounts.charge(b.providerId(), split(b)));
        outbox.enqueue("BOOKING_CONFIRMED", b.travelerId(), "booking", b.publicId(), null);
        return new Settled(Outcome.CONFIRMED, b);
    }

    /** Money arrived for a booking that expired or was cancelled meanwhile: never confirmed, refunded in full. */
    private Settled refundLate(Booking b, Payment charge, Instant now, String actor) {
        refundInFull(
                b, charge, actor, "payment.refunded_late", "payment succeeded after the booking became " + b.status());
        return new Settled(Outcome.REFUNDED_LATE, b);
    }

    /**
     * Money arrived while the package stopped being sellable (unpublished, archived, provider or
     * property suspended): the booking is cancelled, its rooms or seats released and the payment
     * returned in full; the provider's payable is never credited.
     */
    private Settled refundUnavailable(Booking b, Payment charge, Instant now, String actor) {
        bookings.persist(b.withdraw(now, actor, "package no longer available; payment refunded in full"));
        inventory.release(b);
        refundInFull(b, charge, actor, "payment.refunded_unavailable", "the package was no longer sellable");
        outbox.enqueue("BOOKING_CANCELLED", b.travelerId(), "booking", b.publicId(), null);
        return new Settled(Outcome.REFUNDED_UNAVAILABLE, b);
    }

    /** Received and returned: the gateway refund and a journal through gateway clearing, audited. */
    private void refundInFull(Booking b, Payment charge, String actor, String action, String why) {
        payments.refund(charge, charge.amountMinor(), "late:" + charge.publicId());
        payments.markRefunded(charge);
        ledger.post(
                b.id(),
                "LATE_REFUND",
                charge.currency(),
                "payment " + charge.publicId() + " refunded: " + why,
                Accounts.lateRefund(charge.amountMinor()));
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
