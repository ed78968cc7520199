package com.tripavail.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

/** Enqueues a notification in the caller's transaction: it exists exactly when the change commits. */
@ApplicationScoped
public class NotificationOutbox {
    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String kind, UUID recipientId, String subjectType, UUID subjectId, String payloadJson) {
        em.createNativeQuery(
                        "INSERT INTO notification_outbox (id, kind, recipient_id, subject_type, subject_id, payload,"
                                + " status, attempts, created_at, next_attempt_at)"
                                + " VALUES (nextval('tripavail_id_seq'), ?1, ?2, ?3, ?4, ?5, 'PENDING', 0, ?6, ?6)")
                .setParameter(1, kind)
                .setParameter(2, recipientId)
                .setParameter(3, subjectType)
                .setParameter(4, subjectId)
                .setParameter(5, payloadJson)
                .setParameter(6, Timestamp.from(clock.instant()))
                .executeUpdate();
    }
}
