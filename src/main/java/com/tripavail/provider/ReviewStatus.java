package com.tripavail.provider;

/** Review state of a property profile. */
public enum ReviewStatus {
    PENDING,
    APPROVED,
    REJECTED;

    public boolean canTransitionTo(ReviewStatus next) {
        return switch (this) {
            case PENDING -> next != PENDING;
            case APPROVED -> next == REJECTED;
            case REJECTED -> next == APPROVED;
        };
    }
}
