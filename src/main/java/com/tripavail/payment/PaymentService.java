package com.tripavail.payment;

import com.tripavail.payment.PaymentGateway.GatewayResult;
import com.tripavail.platform.money.Money;
import com.tripavail.platform.persistence.Lookup;
import com.tripavail.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Payment records and gateway calls. Records are written in the caller's transaction; the charge
 * call itself runs outside any transaction so no database lock is held while the gateway thinks.
 */
@ApplicationScoped
public class PaymentService {
    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    @Inject
    PaymentGateway gateway;

    Clock clock = Clock.systemUTC();

    /** A pending charge; at most one live charge per booking (checked here, guaranteed by a unique index). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Payment openCharge(long bookingId, String attemptKey, Money amount, String method) {
        if (liveCharge(bookingId).isPresent()) {
            throw DomainException.conflict("payment_in_progress", "A payment for this booking is already under way");
        }
        Payment p = new Payment(
                bookingId,
                Payment.Kind.CHARGE,
                attemptKey,
                gateway.name(),
                method,
                amount.minor(),
                amount.currency(),
                clock.instant());
        em.persist(p);
        em.flush();
        return p;
    }

    /**
     * Calls the gateway, keyed by the payment's id so a retry never charges twice. No transaction.
     * No answer is not a failure: the charge may have captured, so the payment stays pending until
     * the gateway's webhook or the reconciliation job (which asks by this key) says how it ended.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public GatewayResult charge(UUID paymentId, Money amount, String method) {
        try {
            return gateway.charge(paymentId.toString(), amount.minor(), amount.currency(), method);
        } catch (RuntimeException e) {
            return GatewayResult.unknown(
                    "no answer from the gateway: " + e.getClass().getSimpleName());
        }
    }

    /** Locks a payment row (callers lock the booking first: booking, then payment, everywhere). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Payment lock(UUID paymentId) {
        Payment p = Lookup.lockedByPublicId(em, Payment.class, paymentId, "Payment");
        em.refresh(p); // it may have been read earlier in this transaction, before the lock
        return p;
    }

    /** Applies the gateway's answer to a pending payment; a final status never changes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Payment p, GatewayResult result) {
        p.apply(result, clock.instant());
    }

    /** Refunds (part of) a succeeded charge; one refund per (booking, key). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Payment refund(Payment charge, long amountMinor, String key) {
        Payment refund = new Payment(
                charge.bookingId(),
                Payment.Kind.REFUND,
                key,
                gateway.name(),
                null,
                amountMinor,
                charge.currency(),
                clock.instant());
        em.persist(refund);
        em.flush();
        // keyed by the charge and the reason, not the refund row: a rolled-back attempt retried
        // later reaches the same refund at the gateway instead of refunding twice
        String gatewayKey = "refund:" + charge.publicId() + ":" + key;
        refund.apply(gateway.refund(gatewayKey, charge.gatewayRef(), amountMinor, charge.currency()), clock.instant());
        if (refund.status() != PaymentStatus.SUCCEEDED) {
            // nothing of the cancellation commits: the traveler may retry, the money never left the books
            throw new DomainException(
                    502, "refund_failed", "The payment gateway did not accept the refund; retry later");
        }
        return refund;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void markRefunded(Payment charge) {
        charge.markRefunded(clock.instant());
    }

    public Payment byPublicId(UUID id) {
        return Lookup.byPublicId(em, Payment.class, id, "Payment");
    }

    public Optional<Payment> byReference(String reference) {
        return em.createQuery("SELECT p FROM Payment p WHERE p.gatewayRef = :ref AND p.kind = :kind", Payment.class)
                .setParameter("ref", reference)
                .setParameter("kind", Payment.Kind.CHARGE)
                .getResultStream()
                .findFirst();
    }

    public Optional<Payment> liveCharge(long bookingId) {
        return em.createQuery(
                        "SELECT p FROM Payment p WHERE p.bookingId = :b AND p.kind = :kind" + " AND p.status IN :live",
                        Payment.class)
                .setParameter("b", bookingId)
                .setParameter("kind", Payment.Kind.CHARGE)
                .setParameter("live", List.of(PaymentStatus.PENDING, PaymentStatus.SUCCEEDED))
                .getResultStream()
                .findFirst();
    }

    /** The charge a confirm attempt opened, by the attempt's key (unique per booking). */
    public Optional<Payment> chargeForAttempt(long bookingId, String attemptKey) {
        return em.createQuery(
                        "SELECT p FROM Payment p WHERE p.bookingId = :b AND p.kind = :kind AND p.attemptKey = :key",
                        Payment.class)
                .setParameter("b", bookingId)
                .setParameter("kind", Payment.Kind.CHARGE)
                .setParameter("key", attemptKey)
                .getResultStream()
                .findFirst();
    }

    /** Another live (pending or succeeded) charge of the booking than this one. */
    public Optional<Payment> otherLiveCharge(long bookingId, UUID paymentId) {
        return em.createQuery(
                        "SELECT p FROM Payment p WHERE p.bookingId = :b AND p.kind = :kind"
                                + " AND p.status IN :live AND p.publicId <> :id",
                        Payment.class)
                .setParameter("b", bookingId)
                .setParameter("kind", Payment.Kind.CHARGE)
                .setParameter("live", List.of(PaymentStatus.PENDING, PaymentStatus.SUCCEEDED))
                .setParameter("id", paymentId)
                .getResultStream()
                .findFirst();
    }

    /** The charge the gateway knows by this idempotency key (our payment's public id), if it is one of ours. */
    public Optional<Payment> byGatewayKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return em.createQuery("SELECT p FROM Payment p WHERE p.publicId = :id AND p.kind = :kind", Payment.class)
                .setParameter("id", id)
                .setParameter("kind", Payment.Kind.CHARGE)
                .getResultStream()
                .findFirst();
    }

    /** Records that the gateway was asked and had nothing new to say. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void asked(Payment p) {
        p.asked(clock.instant());
    }

    /** Pending charges not updated since {@code before}: the reconciliation job's work list. */
    public List<Payment> stalePending(Instant before, int limit) {
        return em.createQuery(
                        "SELECT p FROM Payment p WHERE p.status = :pending AND p.kind = :kind"
                                + " AND p.updatedAt < :before ORDER BY p.updatedAt",
                        Payment.class)
                .setParameter("pending", PaymentStatus.PENDING)
                .setParameter("kind", Payment.Kind.CHARGE)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The gateway's current word on a charge, outside any transaction: by its reference, or by its
     * idempotency key when the reference was never recorded (a crash between charge and settle).
     * No answer from the gateway is {@code UNKNOWN}, never a verdict.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public GatewayResult ask(Payment p) {
        try {
            return p.gatewayRef() == null ? gateway.lookup(p.publicId().toString()) : gateway.retrieve(p.gatewayRef());
        } catch (RuntimeException e) {
            return GatewayResult.unknown(
                    "no answer from the gateway: " + e.getClass().getSimpleName());
        }
    }

    /** The gateway's current word on a charge by reference (webhooks: the event only says "look"). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public GatewayResult retrieve(String reference) {
        return gateway.retrieve(reference);
    }
}
