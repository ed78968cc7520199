package com.tripavail.search;

import com.tripavail.audit.AuditService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * One indexing step, each in a transaction of its own: claim queued rows (SKIP LOCKED), write their
 * packages' documents, delete the rows. The queue is the only progress there is, so an interrupted
 * run loses nothing and double-does nothing: what it did committed, what it did not is still queued.
 */
@ApplicationScoped
public class SearchIndexer {
    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

    @Inject
    SearchIndexQueue queue;

    @Inject
    SearchDocuments documents;

    @Inject
    AuditService audit;

    /** What one step did: queue rows taken and documents written (a package queued twice is written once). */
    public record Step(int items, int documents) {
        static final Step NONE = new Step(0, 0);
    }

    /** Indexes the rows among {@code queueIds} that are still ready and nobody else holds. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Step batch(List<Long> queueIds) {
        List<SearchIndexQueue.Item> items = queue.claim(queueIds);
        if (items.isEmpty()) {
            return Step.NONE;
        }
        int written = documents.write(
                items.stream().map(SearchIndexQueue.Item::packageId).distinct().toList());
        queue.delete(items);
        return new Step(items.size(), written);
    }

    /** Indexes one row, if it is still queued and nobody else holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Step one(long queueId) {
        SearchIndexQueue.Item item = queue.claim(queueId);
        if (item == null) {
            return Step.NONE;
        }
        int written = documents.write(List.of(item.packageId()));
        queue.delete(List.of(item));
        return new Step(1, written);
    }

    /** A full rebuild: every package (and every document) queued, audited in the same transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int queueRebuild(String adminId) {
        int queued = queue.enqueueAll();
        audit.record(
                adminId, "search.reindex", "search-index", "all", null, Map.of("queued", Integer.toString(queued)));
        return queued;
    }

    /** Records the failure of one row in a transaction of its own (the failed one has rolled back). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long queueId, RuntimeException error) {
        if (queue.fail(queueId, error.getClass().getSimpleName() + ": " + error.getMessage())) {
            LOG.severe(
                    () -> "Search indexing gave up on queue row " + queueId + " after " + SearchIndexQueue.MAX_ATTEMPTS
                            + " attempts; its package keeps its old document until a rebuild: " + error);
        }
    }
}
