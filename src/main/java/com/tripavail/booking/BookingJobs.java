package com.tripavail.booking;

import com.tripavail.payment.Payment;
import com.tripavail.payment.PaymentGateway.GatewayResult;
import com.tripavail.payment.PaymentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The work of the background jobs, in small transactions. Each claim locks its rows with
 * {@code FOR UPDATE SKIP LOCKED}, so two servers running the same job never handle a booking twice
 * and a crashed run leaves nothing half done.
 */
@ApplicationScoped
public class BookingJobs {
    public static final int CHUNK = 50;
    static final String RECONCILE_ACTOR = "system:reconciliation";
    static final String COMPLETION_ACTOR = "system:completion";

    @Inject
    BookingRepository bookings;

    @Inject
    HoldExpirer expirer;

    @Inject
    PaymentService payments;

    @Inject
    PaymentSettlement settlement;

    Clock clock = Clock.systemUTC();

    /** Expires one chunk of holds past their expiry; returns how many (0 when done). */
    @Transactional
    public int expireHolds() {
        Instant now = clock.instant();
        List<Booking> claimed = bookings.claimExpiredHolds(now, CHUNK);
        claimed.forEach(b -> expirer.expire(b, now, HoldExpirer.JOB_ACTOR));
        return claimed.size();
    }

    /** Completes one chunk of confirmed bookings whose end date (UTC, the latest zone to pass it) has passed. */
    @Transactional
    public int complete() {
        Instant now = clock.instant();
        List<Booking> claimed = bookings.claimEnded(now, CHUNK);
        claimed.forEach(b -> bookings.persist(b.complete(now, COMPLETION_ACTOR)));
        return claimed.size();
    }

    /** Pending charges of bookings past their payment window; read without locks, settled one by one. */
    @Transactional
    public List<UUID> overduePayments() {
        Instant now = clock.instant();
        return bookings.claimOverduePayments(now, CHUNK).stream()
                .map(b -> payments.liveCharge(b.id()).map(Payment::publicId).orElse(null))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** Asks the gateway (outside any transaction) and applies its answer; a still-pending payment loses its hold. */
    public void reconcile(UUID paymentId) {
        Payment p = payments.byPublicId(paymentId);
        GatewayResult answer = p.gatewayRef() == null
                ? new GatewayResult(GatewayResult.Outcome.FAILED, null, "never reached the gateway")
                : payments.retrieve(p.gatewayRef());
        PaymentSettlement.Settled settled = settlement.settle(paymentId, answer, RECONCILE_ACTOR);
        if (settled.booking().status() == BookingStatus.PAYMENT) {
            expirer.expireIfDue(settled.booking().publicId(), RECONCILE_ACTOR);
        }
    }
}
