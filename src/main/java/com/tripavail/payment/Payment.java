package com.tripavail.payment;

import com.tripavail.payment.PaymentGateway.GatewayResult;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A charge or a refund for a booking; unique per (booking, kind, attempt key) in the database. */
@Entity
@Table(name = "payments")
public class Payment {
    public enum Kind { CHARGE, REFUND }

    @Id
    @SequenceGenerator(name = "tripavail_id", sequenceName = "tripavail_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tripavail_id")
    private Long id;
    @Column(name = "public_id", nullable = false, updatable = false)
    private UUID publicId;
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
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Payment() {
        // JPA
    }

    Payment(long bookingId, Kind kind, String attemptKey, String gateway, String method, long amountMinor,
            String currency, Instant now) {
        this.publicId = UUID.randomUUID();
        this.bookingId = bookingId;
        this.kind = kind;
        this.attemptKey = attemptKey;
        this.gateway = gateway;
        this.method = method;
        this.amountMinor = amountMinor;
        this.currency = currency;
        this.status = PaymentStatus.PENDING;
        this.createdAt = now;
        this.updatedAt = now;
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
        this.updatedAt = now;
    }

    void markRefunded(Instant now) {
        if (status != PaymentStatus.SUCCEEDED) {
            throw new IllegalStateException("Only a succeeded charge is refunded, not " + status);
        }
        this.status = PaymentStatus.REFUNDED;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public UUID publicId() { return publicId; }
    public long bookingId() { return bookingId; }
    public Kind kind() { return kind; }
    public String gatewayRef() { return gatewayRef; }
    public long amountMinor() { return amountMinor; }
    public String currency() { return currency; }
    public PaymentStatus status() { return status; }
    public String failure() { return failure; }
    public Instant updatedAt() { return updatedAt; }
}
