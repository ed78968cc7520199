package com.tripavail.booking;

import com.tripavail.payment.Payment;
import com.tripavail.payment.PaymentGateway.GatewayResult;
import com.tripavail.payment.PaymentService;
import com.tripavail.payment.PaymentSettings;
import com.tripavail.payment.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    @Inject
    PaymentSettings paymentSettings;

    @Inject
    SettlementReports settlements;

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
        claimed.forEach(b -> {
            bookings.persist(b.complete(now, COMPLETION_ACTOR));
            settlements.report(b, now);
        });
        return claimed.size();
    }

    /** Tells the ledger about one chunk of bookings settled without telling it (by an older release). */
    @Transactional
    public int reportSettlements() {
        Instant now = clock.instant();
        List<Booking> claimed = bookings.claimUnreportedSettlements(CHUNK);
        claimed.forEach(b -> settlements.report(b, now));
        return claimed.size();
    }

    /**
     * Every charge the gateway still has to tell us about: pending charges of bookings past their
     * payment window, and any charge pending for longer than PAYMENT_RECONCILE_AFTER (a webhook
     * lost, a crash between charge and settle, a booking that expired meanwhile).
     */
    @Transactional
    public List<UUID> overduePayments() {
        Instant now = clock.instant();
        Set<UUID> ids = new LinkedHashSet<>();
        bookings.claimOverduePayments(now, CHUNK)
                .forEach(b -> payments.liveCharge(b.id()).map(Payment::publicId).ifPresent(ids::add));
        payments.stalePending(now.minus(paymentSettings.reconcileAfter()), CHUNK).stream()
                .map(Payment::publicId)
                .forEach(ids::add);
        return List.copyOf(ids);
    }

    /**
     * Asks the gateway (outside any transaction: by reference, or by idempotency key when the
     * reference was never recorded) and applies its answer; a booking whose payment is still
     * pending loses its hold when the window has passed, and a later capture is refunded.
     */
    public void reconcile(UUID paymentId) {
        Payment p = payments.byPublicId(paymentId);
        if (p.status() != PaymentStatus.PENDING) {
            return;
        }
        GatewayResult answer = payments.ask(p);
        if (answer.outcome() == GatewayResult.Outcome.NOT_FOUND && p.gatewayRef() == null) {
            answer = new GatewayResult(GatewayResult.Outcome.FAILED, null, "never reached the gateway");
        }
        PaymentSettlement.Settled settled = settlement.settle(paymentId, answer, RECONCILE_ACTOR);
        if (settled.booking().status() == BookingStatus.PAYMENT) {
            expirer.expireIfDue(settled.booking().publicId(), RECONCILE_ACTOR);
        }
    }
}
