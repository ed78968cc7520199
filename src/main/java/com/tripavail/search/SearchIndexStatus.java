package com.tripavail.search;

import com.tripavail.platform.jobs.JobSwitches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How far behind the index is, shared by metrics, readiness and the admin view. The queue is counted
 * at most every {@link #REFRESH} (readiness and scrapes may come many times a second; a full rebuild
 * queues every package).
 */
@ApplicationScoped
public class SearchIndexStatus {
    static final Duration REFRESH = Duration.ofSeconds(2);

    @Inject
    SearchIndexQueue queue;

    @Inject
    SearchSettings settings;

    @Inject
    JobSwitches switches;

    Clock clock = Clock.systemUTC();

    private volatile Lag last;

    /** The queue as last counted, with its lag: the age of the oldest row still to index (dead ones aside). */
    public record Lag(long queued, Instant oldestQueuedAt, long dead, Duration lag, Instant countedAt) {
        public long lagSeconds() {
            return lag.toSeconds();
        }
    }

    /** The search check's verdict: ready unless the lag passed SEARCH_MAX_LAG while indexing is switched on. */
    public record Health(boolean ready, boolean indexingOn, Lag lag, Duration maxLag) {}

    public Lag lag() {
        Lag current = last;
        Instant now = clock.instant();
        if (current == null || current.countedAt().plus(REFRESH).isBefore(now)) {
            SearchIndexQueue.Stats s = queue.stats();
            Duration age = s.oldestQueuedAt() == null ? Duration.ZERO : Duration.between(s.oldestQueuedAt(), now);
            current = new Lag(s.queued(), s.oldestQueuedAt(), s.dead(), age.isNegative() ? Duration.ZERO : age, now);
            last = current;
        }
        return current;
    }

    /**
     * An administrator who switched indexing off cluster-wide (PUT /v1/admin/jobs/search-indexing)
     * chose a stale index; every server failing readiness because of it would turn that choice into
     * an outage, so the check then stays up and says why.
     */
    public Health health() {
        Lag lag = lag();
        boolean on = switches.isEnabled(SearchJobCatalog.INDEXING);
        return new Health(!on || lag.lag().compareTo(settings.maxLag()) <= 0, on, lag, settings.maxLag());
    }
}
