package com.tripavail.ledger;

import com.tripavail.platform.problem.Lifecycle;
import java.util.EnumSet;
import java.util.Set;

/**
 * A payout's lifecycle: SCHEDULED (money in payouts_in_transit) → SENDING (handed to the gateway)
 * → PAID or FAILED. SENDING → SENDING is a retry of a send whose answer was lost, with the same
 * idempotency key.
 */
public enum PayoutStatus implements Lifecycle<PayoutStatus> {
    SCHEDULED,
    SENDING,
    PAID,
    FAILED;

    @Override
    public boolean canTransitionTo(PayoutStatus next) {
        return successors().contains(next);
    }

    private Set<PayoutStatus> successors() {
        return switch (this) {
            case SCHEDULED -> EnumSet.of(SENDING);
            case SENDING -> EnumSet.of(SENDING, PAID, FAILED);
            case PAID, FAILED -> EnumSet.noneOf(PayoutStatus.class);
        };
    }

    /** Whether the payout's money is still in payouts_in_transit. */
    public boolean inTransit() {
        return this == SCHEDULED || this == SENDING;
    }
}
