package com.tripavail.search;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Indexes one chunk of queue rows in a transaction of its own ({@link SearchIndexer#batch}): the rows
 * still ready are claimed {@code FOR UPDATE SKIP LOCKED} (another server's are left to it), their
 * packages' documents written, the rows deleted. A chunk that fails is retried row by row, so one bad
 * row backs off alone and never blocks the rest. The chunk's checkpoint commits after, so a crash in
 * between only makes a restart look at rows that are gone.
 */
@Named("searchIndexWriter")
@Dependent
public class SearchIndexWriter extends AbstractItemWriter {
    private static final Logger LOG = Logger.getLogger(SearchIndexWriter.class.getName());

    @Inject
    SearchIndexer indexer;

    @Inject
    SearchMetrics metrics;

    @Inject
    JobContext job;

    private int rows;
    private int documents;

    @Override
    public void writeItems(List<Object> items) {
        List<Long> ids = items.stream().map(Long.class::cast).toList();
        SearchIndexer.Step step = batchOrRowByRow(ids);
        rows += step.items();
        documents += step.documents();
        metrics.indexed(step.items(), step.documents());
    }

    private SearchIndexer.Step batchOrRowByRow(List<Long> ids) {
        try {
            return indexer.batch(ids);
        } catch (RuntimeException batchFailure) {
            LOG.log(Level.WARNING, "search-indexing: a batch failed, retrying its rows one by one", batchFailure);
            int taken = 0;
            int written = 0;
            for (long id : ids) {
                try {
                    SearchIndexer.Step step = indexer.one(id);
                    taken += step.items();
                    written += step.documents();
                } catch (RuntimeException rowFailure) {
                    metrics.failed();
                    indexer.failed(id, rowFailure);
                }
            }
            return new SearchIndexer.Step(taken, written);
        }
    }

    /** At the step's end: what the run did, as the job's exit status (admin job endpoint, admin center). */
    @Override
    public void close() {
        if (rows > 0) {
            LOG.info(() -> "search-indexing: " + documents + " documents written from " + rows + " queue rows");
        }
        job.setExitStatus("INDEXED_" + rows);
    }
}
