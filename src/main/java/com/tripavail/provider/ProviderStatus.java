package com.tripavail.provider;

import com.tripavail.platform.problem.Lifecycle;
import java.util.Set;

/** Verification lifecycle: PENDING → APPROVED | REJECTED, APPROVED → SUSPENDED → APPROVED. */
public enum ProviderStatus implements Lifecycle<ProviderStatus> {
    PENDING,
    APPROVED,
    REJECTED,
    SUSPENDED;

    @Override
    public boolean canTransitionTo(ProviderStatus next) {
        return switch (this) {
            case PENDING -> Set.of(APPROVED, REJECTED).contains(next);
            case APPROVED -> next == SUSPENDED;
            case SUSPENDED -> next == APPROVED;
            case REJECTED -> false;
        };
    }
}
