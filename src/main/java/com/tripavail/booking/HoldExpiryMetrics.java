package com.tripavail.booking;

import com.tripavail.platform.metrics.Refreshing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * Whether holds expire on schedule, for the alert "holds left live past their expiry for more than
 * two sweep intervals": how many HOLD/PAYMENT bookings are past {@code hold_expires_at}, the age of
 * the oldest (the bookings queue delay) and the sweep interval itself, so the rule follows
 * HOLD_EXPIRY_INTERVAL. Read from the database (partial index on live holds) at most every 5 s; a
 * scrape while the database is away reports -1 rather than failing /metrics.
 */
@ApplicationScoped
public class HoldExpiryMetrics {
    private static final Logger LOG = Logger.getLogger(HoldExpiryMetrics.class.getName());
    private static final long REFRESH_MILLIS = 5_000;

    @Inject
    MetricRegistry registry;

    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    private final Refreshing<Overdue> overdue = new Refreshing<>(REFRESH_MILLIS, this::readOverdue);

    record Overdue(long count, double oldestAgeSeconds) {}

    void register(@Observes Startup startup) {
        double interval = BookingJobCatalog.holdExpiryInterval().toMillis() / 1000.0;
        registry.gauge(
                meta("tripavail_hold_expiry_interval_seconds", "Configured hold-expiry sweep interval"),
                this,
                m -> interval);
        registry.gauge(
                meta("tripavail_holds_overdue", "Holds (HOLD or PAYMENT) past their expiry, not yet expired"),
                this,
                m -> m.read(Overdue::count));
        registry.gauge(
                meta(
                        "tripavail_holds_overdue_oldest_age_seconds",
                        "Seconds since the expiry of the oldest hold still live (0 when none)"),
                this,
                m -> m.read(Overdue::oldestAgeSeconds));
    }

    private static Metadata meta(String name, String description) {
        return Metadata.builder()
                .withName(name)
                .withDescription(description)
                .withUnit(MetricUnits.NONE)
                .build();
    }

    private double read(ToDoubleFunction<Overdue> value) {
        try {
            return value.applyAsDouble(overdue.get());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "overdue holds not readable for metrics", e);
            return -1;
        }
    }

    private Overdue readOverdue() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT count(*),"
                        + " COALESCE(EXTRACT(EPOCH FROM now() - min(hold_expires_at)), 0)"
                        + " FROM bookings WHERE status IN ('HOLD','PAYMENT') AND hold_expires_at <= now()")
                .getSingleResult();
        return new Overdue(((Number) row[0]).longValue(), ((Number) row[1]).doubleValue());
    }
}
