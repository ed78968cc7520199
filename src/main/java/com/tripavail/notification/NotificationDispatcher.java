package com.tripavail.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Delivers the notification outbox, one row per transaction (see {@link NotificationDelivery}).
 * Several servers dispatch at once without sending a row twice; a crash between sending and
 * committing can repeat that one message (at-least-once).
 */
@ApplicationScoped
public class NotificationDispatcher {
    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class.getName());
    private static final int MAX_PER_RUN = 500;

    @Inject
    NotificationDelivery delivery;

    /** Sends what is due, up to a bound per run; how many rows it handled. */
    public int dispatchDue() {
        int handled = 0;
        while (handled < MAX_PER_RUN && delivery.deliverNext() != NotificationDelivery.Outcome.NONE) {
            handled++;
        }
        if (handled > 0) {
            int n = handled;
            LOG.info(() -> "Notification dispatch handled " + n + " notifications");
        }
        return handled;
    }
}
