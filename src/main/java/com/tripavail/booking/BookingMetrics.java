package com.tripavail.booking;

import com.tripavail.platform.metrics.Refreshing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Business metrics: bookings by state (gauge, counted in the database at most every 5 s), holds
 * expired, payment declines and failures, webhook failures, hold latency.
 */
@ApplicationScoped
public class BookingMetrics {
    private static final long REFRESH_MILLIS = 5_000;

    @Inject
    MetricRegistry registry;

    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    private final Refreshing<Map<BookingStatus, Long>> counts = new Refreshing<>(REFRESH_MILLIS, this::countAll);

    void register(@Observes @Initialized(ApplicationScoped.class) Object start) {
        for (BookingStatus s : BookingStatus.values()) {
            registry.gauge("tripavail_bookings", this, m -> m.count(s), new Tag("state", s.name()));
        }
    }

    public void holdExpired() {
        registry.counter("tripavail_holds_expired_total").inc();
    }

    public void paymentDeclined() {
        registry.counter("tripavail_payment_declines_total").inc();
    }

    public void paymentFailed() {
        registry.counter("tripavail_payment_failures_total").inc();
    }

    public void webhookFailed() {
        registry.counter("tripavail_webhook_failures_total").inc();
    }

    public void holdLatency(Duration d) {
        registry.timer("tripavail_hold_latency").update(d);
    }

    long count(BookingStatus status) {
        return counts.get().getOrDefault(status, 0L);
    }

    private Map<BookingStatus, Long> countAll() {
        Map<BookingStatus, Long> fresh = new EnumMap<>(BookingStatus.class);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT status, COUNT(*) FROM bookings GROUP BY status")
                .getResultList();
        rows.forEach(r -> fresh.put(BookingStatus.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        return fresh;
    }
}
