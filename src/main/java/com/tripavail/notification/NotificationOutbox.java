package com.tripavail.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

/**
 * Enqueues a notification in the caller's transaction: it exists exactly when the change commits.
 * The producer writes everything the message says into the payload, so delivery never reads the
 * producer's tables.
 */
@ApplicationScoped
public class NotificationOutbox {
    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public void booking(NotificationKind kind, UUID recipientId, BookingFacts facts) {
        insert(
                kind,
                recipientId,
                "booking",
                facts.reference(),
                Json.createObjectBuilder()
                        .add("booking", facts.toJson())
                        .build()
                        .toString());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void payout(NotificationKind kind, UUID recipientId, UUID payoutId, PayoutFacts facts) {
        insert(
                kind,
                recipientId,
                "payout",
                payoutId,
                Json.createObjectBuilder().add("payout", facts.toJson()).build().toString());
    }

    private void insert(NotificationKind kind, UUID recipientId, String subjectType, UUID subjectId, String payload) {
        em.createNativeQuery(
                        "INSERT INTO notification_outbox (id, kind, recipient_id, subject_type, subject_id, payload,"
                                + " status, attempts, created_at, next_attempt_at)"
                                + " VALUES (nextval('tripavail_id_seq'), ?1, ?2, ?3, ?4, ?5, 'PENDING', 0, ?6, ?6)")
                .setParameter(1, kind.name())
                .setParameter(2, recipientId)
                .setParameter(3, subjectType)
                .setParameter(4, subjectId)
                .setParameter(5, payload)
                .setParameter(6, Timestamp.from(clock.instant()))
                .executeUpdate();
    }
}
