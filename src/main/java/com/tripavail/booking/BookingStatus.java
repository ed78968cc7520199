package com.tripavail.booking;

import com.tripavail.platform.problem.Lifecycle;
import java.util.EnumSet;
import java.util.Set;

/** The booking lifecycle; each state knows where it may go next (API.md, "Bookings"). */
public enum BookingStatus implements Lifecycle<BookingStatus> {
    QUOTE,
    HOLD,
    PAYMENT,
    CONFIRMED,
    COMPLETED,
    CANCELLED,
    EXPIRED_HOLD;

    @Override
    public boolean canTransitionTo(BookingStatus next) {
        return successors().contains(next);
    }

    private Set<BookingStatus> successors() {
        return switch (this) {
            case QUOTE -> EnumSet.of(HOLD, CANCELLED);
            case HOLD -> EnumSet.of(PAYMENT, CANCELLED, EXPIRED_HOLD);
            // a payment window that passed without a successful payment expires the hold too
            case PAYMENT -> EnumSet.of(CONFIRMED, HOLD, CANCELLED, EXPIRED_HOLD);
            case CONFIRMED -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED, EXPIRED_HOLD -> EnumSet.noneOf(BookingStatus.class);
        };
    }

    /** Whether the booking has inventory in the {@code held} counters. */
    public boolean holdsInventory() {
        return this == HOLD || this == PAYMENT;
    }
}
