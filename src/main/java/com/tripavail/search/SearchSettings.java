package com.tripavail.search;

import com.tripavail.platform.config.Setting;
import com.tripavail.platform.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Search indexing tunables from MicroProfile Config (environment first); parsed once, wrong values stop start-up. */
@ApplicationScoped
public class SearchSettings implements Settings {
    private int batchSize;
    private Duration indexInterval;
    private Duration lag;

    @PostConstruct
    void parse() {
        indexInterval = Setting.duration("SEARCH_INDEX_INTERVAL", "PT5S");
        lag = Setting.duration("SEARCH_MAX_LAG", "PT5M");
        batchSize = Setting.value("SEARCH_INDEX_BATCH", Integer.class, 100);
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("SEARCH_INDEX_BATCH must be between 1 and 1000, not " + batchSize);
        }
    }

    /** How often the indexing timer looks for queued work. */
    public Duration indexInterval() {
        return indexInterval;
    }

    /** Readiness is down while the oldest queued row is older than this. */
    public Duration maxLag() {
        return lag;
    }

    /** Queue rows per indexing transaction. */
    public int batchSize() {
        return batchSize;
    }
}
