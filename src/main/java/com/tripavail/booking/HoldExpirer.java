package com.tripavail.booking;

import com.tripavail.notification.NotificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Expires one locked hold: the transition and its event, inventory back to free, the traveler's
 * notification. The caller holds the booking's row lock, so it happens once per hold.
 */
@ApplicationScoped
public class HoldExpirer {
    public static final String RECLAIM_ACTOR = "system:hold-reclaim";
    public static final String JOB_ACTOR = "system:hold-expiry";

    @Inject
    BookingRepository bookings;

    @Inject
    HoldInventory inventory;

    @Inject
    BookingNotices notices;

    @Inject
    BookingMetrics metrics;

    /** Expires the booking if its hold has passed (a no-op otherwise), in a transaction of its own. */
    @Transactional
    public void expireIfDue(java.util.UUID bookingId, String actor) {
        Booking b = bookings.lock(bookingId);
        Instant now = Instant.now();
        if (b.isHoldExpired(now)) {
            expire(b, now, actor);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void expire(Booking b, Instant now, String actor) {
        bookings.persist(b.expire(now, actor));
        inventory.release(b);
        notices.tell(NotificationKind.BOOKING_HOLD_EXPIRED, b);
        metrics.holdExpired();
    }
}
