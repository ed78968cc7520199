package com.tripavail.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The indexing queue ({@code search_index_queue}), filled by database triggers in the transaction of
 * every catalog change. Claims lock rows with FOR UPDATE SKIP LOCKED: two indexers (two servers, or
 * two runs) never take the same row and never wait for each other; a claimed row is deleted in the
 * transaction that wrote its document, so a crash gives it back.
 */
@ApplicationScoped
public class SearchIndexQueue {
    /** A failing row is retried after 2^attempts seconds (at most 5 minutes) and set aside after this many failures. */
    public static final int MAX_ATTEMPTS = 5;

    private static final long MAX_BACKOFF_SECONDS = 300;
    private static final String READY = "dead_at IS NULL AND available_at <= now()";

    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    /** A queued package. */
    public record Item(long id, PackageKind kind, long packageId) {}

    /** Queue depth and age, for metrics, readiness and the admin view. */
    public record Stats(long queued, Instant oldestQueuedAt, long dead) {}

    public record Documents(long total, long visible) {}

    /** Those of {@code ids} that are still ready, locked until the caller's transaction ends; rows others hold are skipped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Item> claim(List<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, kind, package_id FROM search_index_queue WHERE " + READY
                        + " AND id = ANY (CAST(?1 AS bigint[])) ORDER BY id FOR UPDATE SKIP LOCKED")
                .setParameter(1, idArray(ids))
                .getResultList();
        return rows.stream()
                .map(r -> new Item(
                        ((Number) r[0]).longValue(), PackageKind.valueOf((String) r[1]), ((Number) r[2]).longValue()))
                .toList();
    }

    /** One row by id, locked, or null when it is gone, dead or someone else holds it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Item claim(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, kind, package_id FROM search_index_queue"
                        + " WHERE id = ?1 AND dead_at IS NULL FOR UPDATE SKIP LOCKED")
                .setParameter(1, id)
                .getResultList();
        return rows.stream()
                .map(r -> new Item(id, PackageKind.valueOf((String) r[1]), ((Number) r[2]).longValue()))
                .findFirst()
                .orElse(null);
    }

    /** Ids of the next ready rows after {@code afterId}, in id order, without locking them. */
    public List<Long> peekAfter(long afterId, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(
                        "SELECT id FROM search_index_queue WHERE " + READY + " AND id > ?1 ORDER BY id LIMIT ?2")
                .setParameter(1, afterId)
                .setParameter(2, limit)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(List<Item> items) {
        em.createNativeQuery("DELETE FROM search_index_queue WHERE id = ANY (CAST(?1 AS bigint[]))")
                .setParameter(1, idArray(items.stream().map(Item::id).toList()))
                .executeUpdate();
    }

    /** Records a failed attempt: back-off, or the dead state after {@link #MAX_ATTEMPTS}. True when it died. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean fail(long id, String error) {
        @SuppressWarnings("unchecked")
        List<Object> dead = em.createNativeQuery(
                        "UPDATE search_index_queue SET attempts = attempts + 1, last_error = ?2,"
                                + " available_at = now() + make_interval(secs => least(?3, power(2, attempts + 1))),"
                                + " dead_at = CASE WHEN attempts + 1 >= ?4 THEN now() END WHERE id = ?1 RETURNING dead_at IS NOT NULL")
                .setParameter(1, id)
                .setParameter(2, truncate(error))
                .setParameter(3, MAX_BACKOFF_SECONDS)
                .setParameter(4, MAX_ATTEMPTS)
                .getResultList();
        return !dead.isEmpty() && Boolean.TRUE.equals(dead.get(0));
    }

    /** Queues every package and every existing document (a full rebuild); how many rows were queued. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueueAll() {
        return em.createNativeQuery("INSERT INTO search_index_queue (kind, package_id, reason)"
                        + " SELECT 'HOTEL', id, 'rebuild' FROM hotel_packages UNION SELECT 'TOUR', id, 'rebuild' FROM tour_packages"
                        + " UNION SELECT kind, package_id, 'rebuild' FROM search_documents")
                .executeUpdate();
    }

    public boolean hasReadyWork() {
        return !em.createNativeQuery("SELECT 1 FROM search_index_queue WHERE " + READY + " LIMIT 1")
                .getResultList()
                .isEmpty();
    }

    public Stats stats() {
        Object[] r = (Object[]) em.createNativeQuery("SELECT count(*) FILTER (WHERE dead_at IS NULL),"
                        + " CAST(extract(epoch FROM min(enqueued_at) FILTER (WHERE dead_at IS NULL)) * 1000 AS bigint),"
                        + " count(*) FILTER (WHERE dead_at IS NOT NULL) FROM search_index_queue")
                .getSingleResult();
        return new Stats(
                ((Number) r[0]).longValue(),
                r[1] == null ? null : Instant.ofEpochMilli(((Number) r[1]).longValue()),
                ((Number) r[2]).longValue());
    }

    /** Documents in the index, and how many of them are visible. */
    public Documents documents() {
        Object[] r = (Object[])
                em.createNativeQuery("SELECT count(*), count(*) FILTER (WHERE visible) FROM search_documents")
                        .getSingleResult();
        return new Documents(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }

    private static String truncate(String error) {
        String e = error == null ? "unknown error" : error;
        return e.length() <= 500 ? e : e.substring(0, 500);
    }

    /** A PostgreSQL array literal of ids, bound as one parameter. */
    private static String idArray(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
