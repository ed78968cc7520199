package com.tripavail.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The test gateway's own books (tables {@code test_gateway_charges}, {@code test_gateway_events}).
 * Every method runs in a transaction of its own ({@code REQUIRES_NEW}), never the caller's: what
 * the "processor" did stays done when the application's transaction rolls back or the JVM dies.
 */
@ApplicationScoped
public class TestGatewayBooks {
    private static final String COLUMNS = "reference, kind, idempotency_key, charge_reference, method, amount_minor,"
            + " currency, status, failure, refunded_minor, settles_at, settles_to, created_at, updated_at";

    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    /** One row of the processor's books: a charge or a refund (written with no refund and no timestamps). */
    public record Entry(
            String reference,
            String kind,
            String idempotencyKey,
            String chargeReference,
            String method,
            long amountMinor,
            String currency,
            String status,
            String failure,
            long refundedMinor,
            Instant settlesAt,
            String settlesTo,
            Instant createdAt,
            Instant updatedAt) {}

    public record Written(Entry entry, boolean created) {}

    /** A webhook event due for delivery. */
    public record DueEvent(long id, String eventId, String type, String reference, int attempts) {}

    /** Writes the entry unless one exists for its (kind, key); either way answers the stored one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Written write(Entry e, Instant now) {
        int inserted = em.createNativeQuery("INSERT INTO test_gateway_charges (" + COLUMNS + ")"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, CAST(?10 AS timestamptz), ?11, ?12, ?12)"
                        + " ON CONFLICT (kind, idempotency_key) DO NOTHING")
                .setParameter(1, e.reference())
                .setParameter(2, e.kind())
                .setParameter(3, e.idempotencyKey())
                .setParameter(4, e.chargeReference())
                .setParameter(5, e.method())
                .setParameter(6, e.amountMinor())
                .setParameter(7, e.currency())
                .setParameter(8, e.status())
                .setParameter(9, e.failure())
                .setParameter(10, e.settlesAt() == null ? null : Timestamp.from(e.settlesAt()))
                .setParameter(11, e.settlesTo())
                .setParameter(12, Timestamp.from(now))
                .executeUpdate();
        if (inserted == 1 && "REFUND".equals(e.kind()) && "SUCCEEDED".equals(e.status())) {
            int counted = em.createNativeQuery("UPDATE test_gateway_charges SET refunded_minor = refunded_minor + ?1,"
                            + " updated_at = ?2 WHERE reference = ?3 AND kind = 'CHARGE' AND status = 'SUCCEEDED'"
                            + " AND refunded_minor + ?1 <= amount_minor")
                    .setParameter(1, e.amountMinor())
                    .setParameter(2, Timestamp.from(now))
                    .setParameter(3, e.chargeReference())
                    .executeUpdate();
            if (counted == 0) {
                em.createNativeQuery("UPDATE test_gateway_charges SET status = 'FAILED',"
                                + " failure = 'charge not refundable (unknown, not captured or over-refunded)'"
                                + " WHERE reference = ?1")
                        .setParameter(1, e.reference())
                        .executeUpdate();
            }
        }
        return new Written(byKey(e.kind(), e.idempotencyKey()).orElseThrow(), inserted == 1);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Entry> byReference(String reference) {
        return select("reference = ?1", reference).stream().findFirst();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Entry> byKey(String kind, String key) {
        return select("kind = ?1 AND idempotency_key = ?2", kind, key).stream().findFirst();
    }

    /** The most recent entries (newest first), optionally of one kind: the control surface's listing. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Entry> recent(int limit) {
        return select("TRUE ORDER BY created_at DESC, reference LIMIT " + Math.max(1, Math.min(limit, 1000)));
    }

    /** Pending async charges whose time has come take their planned final status. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int settleDue(Instant now) {
        return em.createNativeQuery("UPDATE test_gateway_charges SET status = settles_to, settles_at = NULL,"
                        + " updated_at = ?1 WHERE status = 'PENDING' AND settles_at IS NOT NULL AND settles_at <= ?1")
                .setParameter(1, Timestamp.from(now))
                .executeUpdate();
    }

    /**
     * Changes the processor's truth about a charge: a pending one ends, or a failed one succeeds
     * (a retried attempt). A success never turns into a failure. Whether anything changed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean setOutcome(String reference, String status, String failure, Instant now) {
        String from = "SUCCEEDED".equals(status) ? "('PENDING','DECLINED','FAILED')" : "('PENDING')";
        return em.createNativeQuery("UPDATE test_gateway_charges SET status = ?1, failure = ?2, settles_at = NULL,"
                                + " updated_at = ?3 WHERE reference = ?4 AND kind = 'CHARGE' AND status IN " + from)
                        .setParameter(1, status)
                        .setParameter(2, failure)
                        .setParameter(3, Timestamp.from(now))
                        .setParameter(4, reference)
                        .executeUpdate()
                == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void scheduleEvent(String eventId, String type, String reference, Instant dueAt) {
        em.createNativeQuery("INSERT INTO test_gateway_events (id, event_id, event_type, reference, due_at)"
                        + " VALUES (nextval('tripavail_id_seq'), ?1, ?2, ?3, ?4)")
                .setParameter(1, eventId)
                .setParameter(2, type)
                .setParameter(3, reference)
                .setParameter(4, Timestamp.from(dueAt))
                .executeUpdate();
    }

    /** Claims due events for {@code lease} (another server or a crash leaves them to a later try), in order. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<DueEvent> leaseDue(Instant now, Instant leaseUntil, int limit) {
        List<?> rows = em.createNativeQuery("UPDATE test_gateway_events SET due_at = ?2, attempts = attempts + 1"
                        + " WHERE id IN (SELECT id FROM test_gateway_events WHERE delivered_at IS NULL AND due_at <= ?1"
                        + " ORDER BY due_at, id LIMIT ?3 FOR UPDATE SKIP LOCKED)"
                        + " RETURNING id, event_id, event_type, reference, attempts")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, Timestamp.from(leaseUntil))
                .setParameter(3, limit)
                .getResultList();
        List<DueEvent> due = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            due.add(new DueEvent(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    ((Number) r[4]).intValue()));
        }
        due.sort(java.util.Comparator.comparingLong(DueEvent::id));
        return due;
    }

    /** Records a delivery's answer: delivered, or due again at {@code retryAt} (null: given up). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void answered(long id, String answer, boolean delivered, Instant retryAt, Instant now) {
        // typed casts: a null parameter is bound as varchar
        em.createNativeQuery("UPDATE test_gateway_events SET last_answer = ?1, delivered_at = CAST(?2 AS timestamptz),"
                        + " due_at = COALESCE(CAST(?3 AS timestamptz), due_at) WHERE id = ?4")
                .setParameter(1, answer.length() > 200 ? answer.substring(0, 200) : answer)
                .setParameter(2, delivered || retryAt == null ? Timestamp.from(now) : null)
                .setParameter(3, retryAt == null ? null : Timestamp.from(retryAt))
                .setParameter(4, id)
                .executeUpdate();
    }

    /** When the gateway next has something to do: an event due or a pending charge settling. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Instant> nextWork() {
        Object next = em.createNativeQuery("SELECT LEAST((SELECT MIN(due_at) FROM test_gateway_events"
                        + " WHERE delivered_at IS NULL), (SELECT MIN(settles_at) FROM test_gateway_charges"
                        + " WHERE status = 'PENDING' AND settles_at IS NOT NULL))")
                .getSingleResult();
        return Optional.ofNullable(toInstant(next));
    }

    private List<Entry> select(String where, Object... params) {
        var q = em.createNativeQuery("SELECT " + COLUMNS + " FROM test_gateway_charges WHERE " + where);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        List<Entry> entries = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            entries.add(new Entry(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    ((Number) r[5]).longValue(),
                    String.valueOf(r[6]),
                    (String) r[7],
                    (String) r[8],
                    ((Number) r[9]).longValue(),
                    toInstant(r[10]),
                    (String) r[11],
                    toInstant(r[12]),
                    toInstant(r[13])));
        }
        return entries;
    }

    private static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        return ((Timestamp) value).toInstant(); // what the PostgreSQL driver returns for timestamptz
    }
}
