package com.tripavail.ledger;

import com.tripavail.platform.money.Money;
import com.tripavail.platform.persistence.PublicEntity;
import com.tripavail.platform.problem.Lifecycle;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One transfer of a provider's available money in one currency. Status changes only through the
 * intention methods, each checking {@link PayoutStatus#canTransitionTo}; the journals and the
 * bookings it pays are written beside it by {@link PayoutJobs}.
 */
@Entity
@Table(name = "payouts")
public class Payout extends PublicEntity {
    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    @Column(name = "provider_public_id", nullable = false, updatable = false)
    private UUID providerPublicId;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Column(name = "booking_count", nullable = false, updatable = false)
    private int bookingCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PayoutStatus status;

    @Column(name = "scheduled_at", nullable = false, updatable = false)
    private Instant scheduledAt;

    private String destination;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "sending_since")
    private Instant sendingSince;

    @Column(name = "gateway_ref")
    private String gatewayRef;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "failed_at")
    private Instant failedAt;

    @Column(name = "failure_reason")
    private String failureReason;

    protected Payout() {
        // JPA
    }

    public Payout(PayoutAccount account, PayoutPlan plan, Instant now) {
        super(now);
        this.providerId = account.providerId();
        this.providerPublicId = account.providerPublicId();
        this.currency = Objects.requireNonNull(plan.currency());
        this.amountMinor = plan.amount().minor();
        this.bookingCount = plan.bookings().size();
        if (amountMinor <= 0 || bookingCount == 0) {
            throw new IllegalArgumentException("A payout pays a positive amount for at least one booking");
        }
        this.status = PayoutStatus.SCHEDULED;
        this.scheduledAt = now;
    }

    /** Whether a sender may take it now: scheduled, or a send whose lease ran out (its answer was lost). */
    public boolean isSendable(Instant now, Duration lease) {
        return status == PayoutStatus.SCHEDULED
                || (status == PayoutStatus.SENDING && !now.isBefore(sendingSince.plus(lease)));
    }

    /** Handed to the gateway. A retry keeps the first destination: the gateway answers a repeated key as before. */
    public void startSending(String destination, Instant now) {
        moveTo(PayoutStatus.SENDING, now);
        if (this.destination == null) {
            this.destination = Objects.requireNonNull(destination);
        }
        this.sendingSince = now;
        this.attempts++;
    }

    public void paid(String gatewayRef, Instant now) {
        moveTo(PayoutStatus.PAID, now);
        this.gatewayRef = gatewayRef;
        this.paidAt = now;
    }

    public void failed(String gatewayRef, String reason, Instant now) {
        moveTo(PayoutStatus.FAILED, now);
        this.gatewayRef = gatewayRef;
        this.failedAt = now;
        String why = reason == null || reason.isBlank() ? "unknown" : reason;
        this.failureReason = why.length() > 300 ? why.substring(0, 300) : why;
    }

    private void moveTo(PayoutStatus next, Instant now) {
        this.status = Lifecycle.transition("A payout", status, next);
        touch(now);
    }

    public long providerId() {
        return providerId;
    }

    public UUID providerPublicId() {
        return providerPublicId;
    }

    public String currency() {
        return currency;
    }

    public long amountMinor() {
        return amountMinor;
    }

    /** What this payout transfers. */
    public Money amount() {
        return Money.of(amountMinor, currency);
    }

    public int bookingCount() {
        return bookingCount;
    }

    public PayoutStatus status() {
        return status;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public String destination() {
        return destination;
    }

    public int attempts() {
        return attempts;
    }

    public String gatewayRef() {
        return gatewayRef;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public Instant failedAt() {
        return failedAt;
    }

    public String failureReason() {
        return failureReason;
    }
}
