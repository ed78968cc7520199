package com.tripavail.search;

import com.tripavail.platform.jobs.JobLauncher;
import com.tripavail.platform.jobs.Jobs;
import com.tripavail.search.SearchDtos.IndexStatus;
import com.tripavail.search.SearchDtos.Reindex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** The administrators' side of the index: a full rebuild and how the index stands. */
@ApplicationScoped
public class SearchIndexService {
    private static final Logger LOG = Logger.getLogger(SearchIndexService.class.getName());

    @Inject
    SearchIndexQueue queue;

    @Inject
    SearchIndexStatus status;

    @Inject
    SearchIndexer indexer;

    @Inject
    Jobs jobs;

    @Inject
    JobLauncher launcher;

    /**
     * Queues every package (and every existing document) and audits it, in one transaction; then
     * starts the indexing job at once, after the commit so it sees the rows. The rebuild is the
     * ordinary incremental path over everything: same code, same safety with several servers, and
     * search keeps answering from the current documents meanwhile. When a run is in progress it
     * takes the queued rows too, and its execution is the answer.
     */
    public Reindex rebuild(String adminId) {
        int queued = indexer.queueRebuild(adminId);
        LOG.info(() -> "Search rebuild requested by " + adminId + ": " + queued + " packages queued");
        return new Reindex(
                queued,
                launcher.startOrJoin(jobs.find(SearchJobCatalog.INDEXING).orElseThrow()));
    }

    public IndexStatus status() {
        SearchIndexStatus.Health health = status.health();
        SearchIndexQueue.Documents documents = queue.documents();
        SearchIndexStatus.Lag lag = health.lag();
        return new IndexStatus(
                documents.total(),
                documents.visible(),
                lag.queued(),
                lag.dead(),
                lag.oldestQueuedAt(),
                lag.lagSeconds(),
                health.maxLag().toSeconds(),
                health.indexingOn(),
                health.ready());
    }
}
