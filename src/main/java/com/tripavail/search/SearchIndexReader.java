package com.tripavail.search;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the ids of ready queue rows in id order, a batch at a time and without locking them (the
 * writer claims them in its own transaction). Its checkpoint is the last id read, so a restarted
 * execution goes on after it; rows that failed and wait for their back-off, or that arrive later
 * with a smaller id, are the next run's. A run stops reading after {@link #BUDGET} (the next tick
 * carries on), so a long rebuild neither piles up executions nor holds the job's claim for ever.
 */
@Named("searchIndexReader")
@Dependent
public class SearchIndexReader extends AbstractItemReader {
    static final Duration BUDGET = Duration.ofSeconds(60);

    @Inject
    SearchIndexQueue queue;

    @Inject
    SearchSettings settings;

    private final Deque<Long> buffer = new ArrayDeque<>();
    private long lastRead;
    private long deadline;

    @Override
    public void open(Serializable checkpoint) {
        lastRead = checkpoint instanceof Long id ? id : 0L;
        deadline = System.nanoTime() + BUDGET.toNanos();
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty()) {
            if (System.nanoTime() > deadline) {
                return null;
            }
            buffer.addAll(queue.peekAfter(lastRead, settings.batchSize()));
        }
        Long next = buffer.poll();
        if (next != null) {
            lastRead = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }
}
