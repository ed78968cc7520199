package com.tripavail.payment;

import com.tripavail.payment.PaymentGateway.GatewayResult;
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

    /** Applies the gateway's answer; a final status never changes again except SUCCEEDED to REFUNDED. */
    void apply(GatewayResult result, Instant now) {
        if (status != PaymentStatus.PENDING) {
            return;
        }
        if (result.reference() != null) {
            this.gatewayRef = result.reference();
        }
        this.status = switch (result.outcome()) {
            case SUCCEEDED -> PaymentStatus.SUCCEEDED;
            case PENDING -> PaymentStatus.PENDING;
            case DECLINED -> PaymentStatus.DECLINED;
            case FAILED -> PaymentStatus.FAILED;
        };
        this.failure = result.failure();
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

    public Kind kind() {
        return kind;
    }

    public String gatewayRef() {
        return gatewayRef;
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

    public String failure() {
        return failure;
    }
}
