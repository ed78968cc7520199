package com.tripavail.notification;

import com.tripavail.platform.metrics.Refreshing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Outbox health: depth and age of the oldest due notification and the dead letters waiting for an
 * administrator (read from the database at most every 5 s), and counters of sent, failed and
 * dead-lettered notifications.
 */
@ApplicationScoped
public class NotificationMetrics {
    private static final long REFRESH_MILLIS = 5_000;

    @Inject
    MetricRegistry registry;

    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    private final Refreshing<long[]> depthAgeDead = new Refreshing<>(REFRESH_MILLIS, this::read);

    void register(@Observes @Initialized(ApplicationScoped.class) Object start) {
        registry.gauge("tripavail_notifications_pending", this, m -> m.snapshot()[0]);
        registry.gauge("tripavail_notifications_oldest_due_seconds", this, m -> m.snapshot()[1]);
        registry.gauge("tripavail_notifications_dead_letters", this, m -> m.snapshot()[2]);
    }

    void sent() {
        registry.counter("tripavail_notifications_sent_total").inc();
    }

    void failed() {
        registry.counter("tripavail_notifications_failed_total").inc();
    }

    void dead() {
        registry.counter("tripavail_notifications_dead_total").inc();
    }

    long[] snapshot() {
        return depthAgeDead.get();
    }

    private long[] read() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT count(*) FILTER (WHERE status = 'PENDING'),"
                        + " COALESCE(EXTRACT(EPOCH FROM now() - min(next_attempt_at)"
                        + " FILTER (WHERE status = 'PENDING' AND next_attempt_at <= now())), 0),"
                        + " count(*) FILTER (WHERE status = 'DEAD')"
                        + " FROM notification_outbox WHERE status IN ('PENDING', 'DEAD')")
                .getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue()};
    }
}
