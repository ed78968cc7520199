package com.tripavail.search;

import com.tripavail.platform.jobs.JobCatalog;
import com.tripavail.platform.jobs.JobDefinition;
import com.tripavail.platform.jobs.JobSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Search indexing every SEARCH_INDEX_INTERVAL, only when the queue has ready work (no job execution
 * every few seconds for nothing). A run is bounded by {@link SearchIndexReader#BUDGET}, so its
 * claim's lease is twice that: a run a dead server left behind stops blocking the next soon.
 */
@ApplicationScoped
public class SearchJobCatalog implements JobCatalog {
    public static final String INDEXING = "search-indexing";

    @Inject
    SearchSettings settings;

    @Inject
    SearchIndexQueue queue;

    @Override
    public List<JobDefinition> jobs() {
        return List.of(JobDefinition.of(INDEXING, JobSchedule.every(settings.indexInterval()))
                .withLease(SearchIndexReader.BUDGET.multipliedBy(2))
                .onlyWhen(queue::hasReadyWork));
    }
}
