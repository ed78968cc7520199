package com.tripavail.search;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The search-indexing job's step: indexes batch after batch until the queue is empty, the job is
 * stopped or {@link #BUDGET} has passed (the next tick carries on; a bounded run lets the timer tell a
 * running job from one a dead server left behind). A batch that fails is retried row by row, so one
 * bad row is retried with back-off and then set aside, never blocking the rest.
 */
@Named("searchIndexingBatchlet")
@Dependent
public class SearchIndexBatchlet extends AbstractBatchlet {
    static final Duration BUDGET = Duration.ofSeconds(60);
    private static final Logger LOG = Logger.getLogger(SearchIndexBatchlet.class.getName());

    @Inject
    SearchIndexer indexer;

    @Inject
    SearchIndexQueue queue;

    @Inject
    SearchSettings settings;

    @Inject
    SearchMetrics metrics;

    @Inject
    JobContext job;

    private volatile boolean stopped;

    @Override
    public String process() {
        long started = System.nanoTime();
        long deadline = started + BUDGET.toNanos();
        int items = 0;
        int written = 0;
        while (!stopped && System.nanoTime() < deadline) {
            SearchIndexer.Step step = batchOrRowByRow();
            if (step.items() == 0) {
                break;
            }
            items += step.items();
            written += step.documents();
            metrics.indexed(step.items(), step.documents());
        }
        if (items > 0) {
            long ms = (System.nanoTime() - started) / 1_000_000;
            int i = items;
            int w = written;
            LOG.info(() -> "search-indexing: " + w + " documents written from " + i + " queue rows in " + ms + " ms");
        }
        // the job's exit status too, so the admin job endpoint and the admin center show what a run did
        job.setExitStatus("INDEXED_" + items);
        return "INDEXED_" + items;
    }

    private SearchIndexer.Step batchOrRowByRow() {
        try {
            return indexer.nextBatch(settings.batchSize());
        } catch (RuntimeException batchFailure) {
            LOG.log(Level.WARNING, "search-indexing: a batch failed, retrying its rows one by one", batchFailure);
            int items = 0;
            int written = 0;
            for (long id : queue.peek(settings.batchSize())) {
                try {
                    SearchIndexer.Step step = indexer.one(id);
                    items += step.items();
                    written += step.documents();
                } catch (RuntimeException rowFailure) {
                    metrics.failed();
                    indexer.failed(id, rowFailure);
                }
            }
            return new SearchIndexer.Step(items, written);
        }
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
