package com.tripavail.search;

import jakarta.batch.api.chunk.AbstractCheckpointAlgorithm;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A checkpoint every SEARCH_INDEX_BATCH rows: one chunk is one writer batch of the configured size. */
@Named("searchIndexCheckpoints")
@Dependent
public class SearchIndexCheckpoints extends AbstractCheckpointAlgorithm {
    @Inject
    SearchSettings settings;

    private int read;

    @Override
    public boolean isReadyToCheckpoint() {
        return ++read >= settings.batchSize();
    }

    @Override
    public void beginCheckpoint() {
        read = 0;
    }
}
