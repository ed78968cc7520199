package com.tripavail.provider;

import java.util.Set;

/** Verification lifecycle: PENDING → APPROVED | REJECTED, APPROVED → SUSPENDED → APPROVED. */
public enum ProviderStatus {
    PENDING,
    APPROVED,
    REJECTED,
    SUSPENDED;

    public boolean canTransitionTo(ProviderStatus next) {
        return switch (this) {
            case PENDING -> Set.of(APPROVED, REJECTED).contains(next);
            case APPROVED -> next == SUSPENDED;
            case SUSPENDED -> next == APPROVED;
            case REJECTED -> false;
        };
    }
}
