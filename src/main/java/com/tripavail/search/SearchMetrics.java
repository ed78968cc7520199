package com.tripavail.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * Indexing metrics: rows and documents indexed, failed attempts (counters, per server), and the
 * queue's depth, age of its oldest row (the lag) and dead rows (gauges, cluster-wide: the queue is
 * in PostgreSQL). A scrape while the database is away reports -1 rather than failing /metrics.
 */
@ApplicationScoped
public class SearchMetrics {
    private static final Logger LOG = Logger.getLogger(SearchMetrics.class.getName());

    @Inject
    MetricRegistry registry;

    @Inject
    SearchIndexStatus status;

    void register(@Observes Startup startup) {
        gauge("tripavail_search_queue_depth", "Queue rows waiting to be indexed", l -> l.queued());
        gauge(
                "tripavail_search_queue_oldest_age_seconds",
                "Age of the oldest queued row: the index lag",
                l -> l.lag().toMillis() / 1000.0);
        gauge("tripavail_search_queue_dead", "Queue rows set aside after repeated failures", l -> l.dead());
    }

    private void gauge(String name, String description, ToDoubleFunction<SearchIndexStatus.Lag> value) {
        registry.gauge(
                Metadata.builder()
                        .withName(name)
                        .withDescription(description)
                        .withUnit(MetricUnits.NONE)
                        .build(),
                this,
                m -> m.read(value));
    }

    private double read(ToDoubleFunction<SearchIndexStatus.Lag> value) {
        try {
            return value.applyAsDouble(status.lag());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "search queue not readable for metrics", e);
            return -1;
        }
    }

    public void indexed(int rows, int documents) {
        registry.counter("tripavail_search_indexed_total").inc(rows);
        registry.counter("tripavail_search_documents_written_total").inc(documents);
    }

    public void failed() {
        registry.counter("tripavail_search_index_failures_total").inc();
    }
}
