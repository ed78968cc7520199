package com.tripavail.ops.health;

import com.tripavail.search.SearchIndexStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the search index is no further behind than SEARCH_MAX_LAG (the age of the oldest
 * queued change). The queue is shared, so every server gives the same verdict.
 */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {
    @Inject
    SearchIndexStatus search;

    @Override
    public HealthCheckResponse call() {
        try {
            SearchIndexStatus.Health h = search.health();
            return HealthCheckResponse.named("search")
                    .status(h.ready())
                    .withData("queued", h.lag().queued())
                    .withData("lagSeconds", h.lag().lagSeconds())
                    .withData("maxLagSeconds", h.maxLag().toSeconds())
                    .withData("indexing", h.indexingOn() ? "on" : "switched off")
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("search")
                    .down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
