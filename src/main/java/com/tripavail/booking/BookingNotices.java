package com.tripavail.booking;

import com.tripavail.catalog.PublicCatalog;
import com.tripavail.notification.BookingFacts;
import com.tripavail.notification.NotificationKind;
import com.tripavail.notification.NotificationOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Tells the traveler what happened to a booking: everything the message says goes into the outbox row. */
@ApplicationScoped
public class BookingNotices {
    @Inject
    NotificationOutbox outbox;

    @Inject
    PublicCatalog catalog;

    /** In the caller's transaction: the notice exists exactly when the change commits. */
    void tell(NotificationKind kind, Booking b) {
        outbox.booking(
                kind,
                b.travelerId(),
                new BookingFacts(
                        b.publicId(),
                        // quoted by an older release (during a roll-out): the catalog still knows it
                        b.packageTitle()
                                .orElseGet(() -> catalog.titleOf(b.packageType().name(), b.packagePublicId())),
                        b.startDate(),
                        b.endDate(),
                        b.totalMinor(),
                        b.currency()));
    }
}
