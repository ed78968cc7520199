package com.tripavail.catalog;

import com.tripavail.platform.money.Money;
import com.tripavail.platform.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What a cancellation refunds: FREE (full refund until {@code freeUntilDaysBefore} days before the
 * start, nothing after), PARTIAL ({@code refundPercent} until then, nothing after) or NON_REFUNDABLE.
 */
@Embeddable
public class CancellationPolicy {
    public enum Kind {
        FREE,
        PARTIAL,
        NON_REFUNDABLE
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_kind", nullable = false)
    private Kind kind;

    @Column(name = "cancel_free_days")
    private Integer freeUntilDaysBefore;

    @Column(name = "cancel_refund_percent")
    private Integer refundPercent;

    protected CancellationPolicy() {
        // JPA
    }

    public CancellationPolicy(Kind kind, Integer freeUntilDaysBefore, Integer refundPercent) {
        if (kind == null) {
            throw DomainException.invalidField("cancellationPolicy.kind", "must be FREE, PARTIAL or NON_REFUNDABLE");
        }
        if (kind != Kind.NON_REFUNDABLE
                && (freeUntilDaysBefore == null || freeUntilDaysBefore < 0 || freeUntilDaysBefore > 365)) {
            throw DomainException.invalidField("cancellationPolicy.freeUntilDaysBefore", "must be between 0 and 365");
        }
        if (kind == Kind.PARTIAL && (refundPercent == null || refundPercent < 1 || refundPercent > 99)) {
            throw DomainException.invalidField("cancellationPolicy.refundPercent", "must be between 1 and 99");
        }
        this.kind = kind;
        this.freeUntilDaysBefore = kind == Kind.NON_REFUNDABLE ? null : freeUntilDaysBefore;
        this.refundPercent = kind == Kind.PARTIAL ? refundPercent : null;
    }

    /** The refund for a cancellation {@code daysBefore} days before the start (a partial one rounded down). */
    public Money refundFor(Money paid, long daysBefore) {
        boolean inTime = kind != Kind.NON_REFUNDABLE && daysBefore >= freeUntilDaysBefore;
        if (!inTime) {
            return Money.zero(paid.currency());
        }
        return kind == Kind.FREE ? paid : paid.percentDown(refundPercent);
    }

    public Kind kind() {
        return kind;
    }

    public Integer freeUntilDaysBefore() {
        return freeUntilDaysBefore;
    }

    public Integer refundPercent() {
        return refundPercent;
    }
}
