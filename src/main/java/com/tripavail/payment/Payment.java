package com.tripavail.payment;

import com.tripavail.payment.PaymentGateway.GatewayResult;
import com.tripavail.platform.money.Money;
import com.tripavail.platform.persistence.PublicEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A charge or a refund for a booking; unique per (booking, kind, attempt key) in the database. */
@Entity
@Table(name = "payments")
public class Payment extends PublicEntity {
    public enum Kind {
        CHARGE,
        REFUND
    }

    @Column(name = "booking_id", nullable = false, updatable = false)
    private long bookingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "attempt_key", nullable = false, updatable = false)
    private String attemptKey;

    @Column(nullable = false, updatable = false)
    private String gateway;

    @Column(name = "gateway_ref")
    private String gatewayRef;

    @Column(updatable = false)
    private String method;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentStatus status;

    @Column
    private String failure;

    protected Payment() {
        // JPA
    }

    Payment(
            long bookingId,
            Kind kind,
            String attemptKey,
            String gateway,
            String method,
            long amountMinor,
            String currency,
            Instant now) {
        super(now);
        this.bookingId = bookingId;
        this.kind = kind;
        this.attemptKey = attemptKey;
        this.gateway = gateway;
        this.method = method;
        this.amountMinor = amountMinor;
        this.currency = currency;
        this.status = PaymentStatus.PENDING;
    }

    /**
     * Applies what the gateway says; the gateway's final word wins whatever order it arrives in. A
     * pending charge takes any final outcome; a declined or failed one still becomes SUCCEEDED when
     * the gateway says it captured (a retried attempt, or a failure reported before the success);
     * a success never turns into a failure; no answer ({@code UNKNOWN}) changes nothing.
     */
    void apply(GatewayResult result, Instant now) {
        if (result.reference() != null && gatewayRef == null) {
            this.gatewayRef = result.reference();
        }
        PaymentStatus next = switch (result.outcome()) {
            case SUCCEEDED -> PaymentStatus.SUCCEEDED;
            case DECLINED -> PaymentStatus.DECLINED;
            case FAILED, NOT_FOUND -> PaymentStatus.FAILED;
            case PENDING, UNKNOWN -> status;
        };
        if (next == status || !status.mayBecome(next)) {
            return;
        }
        this.status = next;
        this.failure = next == PaymentStatus.SUCCEEDED ? null : result.failure();
        touch(now);
    }

    /** Nothing changed, but the gateway was asked: the reconciliation job asks again later, not at once. */
    void asked(Instant now) {
        touch(now);
    }

    void markRefunded(Instant now) {
        if (status != PaymentStatus.SUCCEEDED) {
            throw new IllegalStateException("Only a succeeded charge is refunded, not " + status);
        }
        this.status = PaymentStatus.REFUNDED;
        touch(now);
    }

    public long bookingId() {
        return bookingId;
    }

    public String gatewayRef() {
        return gatewayRef;
    }

    public Money amount() {
        return Money.of(amountMinor, currency);
    }

    public long amountMinor() {
        return amountMinor;
    }

    public String currency() {
        return currency;
    }

    public PaymentStatus status() {
        return status;
    }

    public String method() {
        return method;
    }

    public String failure() {
        return failure;
    }
}
