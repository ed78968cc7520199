package com.tripavail.notification;

import java.util.Optional;

/** Every kind of notification the outbox carries; stored by name in {@code notification_outbox.kind}. */
public enum NotificationKind {
    BOOKING_CONFIRMED,
    BOOKING_CANCELLED,
    BOOKING_HOLD_EXPIRED,
    PAYOUT_PAID,
    PAYOUT_FAILED;

    /** A stored kind; empty for one this release does not know (a newer release wrote it). */
    static Optional<NotificationKind> parse(String stored) {
        for (NotificationKind k : values()) {
            if (k.name().equals(stored)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
