package com.tripavail.provider;

import com.tripavail.platform.problem.Lifecycle;

/** Review state of a property profile. */
public enum ReviewStatus implements Lifecycle<ReviewStatus> {
    PENDING,
    APPROVED,
    REJECTED;

    @Override
    public boolean canTransitionTo(ReviewStatus next) {
        return switch (this) {
            case PENDING -> next != PENDING;
            case APPROVED -> next == REJECTED;
            case REJECTED -> next == APPROVED;
        };
    }
}
