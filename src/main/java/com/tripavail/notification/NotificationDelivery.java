package com.tripavail.notification;

import com.tripavail.identity.Contacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Delivers one due notification per call, in its own transaction: the row is claimed with
 * {@code FOR UPDATE SKIP LOCKED}, sent, and marked SENT, or rescheduled with back-off, or parked as
 * DEAD after NOTIFICATION_MAX_ATTEMPTS.
 */
@ApplicationScoped
public class NotificationDelivery {
    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class.getName());
    private static final int MAX_ERROR_LENGTH = 500;

    public enum Outcome {
        NONE,
        SENT,
        RETRY,
        DEAD
    }

    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Contacts contacts;

    @Inject
    NotificationSettings settings;

    @Inject
    NotificationMetrics metrics;

    Clock clock = Clock.systemUTC();

    /** One due notification, start to finish, in its own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome deliverNext() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, kind, attempts, recipient_id, subject_type, subject_id,"
                        + " payload FROM notification_outbox WHERE status = 'PENDING' AND next_attempt_at <= ?1"
                        + " ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamp.from(now))
                .getResultList();
        if (rows.isEmpty()) {
            return Outcome.NONE;
        }
        Object[] r = rows.get(0);
        long id = ((Number) r[0]).longValue();
        int attempts = ((Number) r[2]).intValue() + 1;
        Optional<Contacts.Contact> recipient = r[3] == null ? Optional.empty() : contacts.of(uuid(r[3]));
        if (recipient.isEmpty()) {
            return fail(id, attempts, "recipient has no account", true);
        }
        try {
            Facts facts = facts((String) r[4], r[5] == null ? null : uuid(r[5]), (String) r[6]);
            mailer.send(
                    recipient.get().email(),
                    NotificationTemplates.render(
                            NotificationKind.parse((String) r[1]).orElse(null),
                            (String) r[1],
                            recipient.get().displayName(),
                            facts.booking(),
                            facts.payout()));
        } catch (MessagingException | RuntimeException e) {
            return fail(
                    id,
                    attempts,
                    e.getClass().getSimpleName() + ": " + e.getMessage(),
                    attempts >= settings.maxAttempts());
        }
        em.createNativeQuery("UPDATE notification_outbox SET status = 'SENT', attempts = ?1, sent_at = ?2,"
                        + " last_error = NULL WHERE id = ?3")
                .setParameter(1, attempts)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, id)
                .executeUpdate();
        metrics.sent();
        return Outcome.SENT;
    }

    private record Facts(BookingFacts booking, PayoutFacts payout) {}

    /** The producer's payload; a row of the release before payloads is read the old way. */
    private Facts facts(String subjectType, UUID subjectId, String payload) {
        JsonObject p = payload == null || payload.isBlank()
                ? JsonValue.EMPTY_JSON_OBJECT
                : Json.createReader(new StringReader(payload)).readObject();
        if (p.containsKey("booking")) {
            return new Facts(BookingFacts.fromJson(p.getJsonObject("booking")), null);
        }
        if (p.containsKey("payout")) {
            return new Facts(null, PayoutFacts.fromJson(p.getJsonObject("payout")));
        }
        if ("booking".equals(subjectType) && subjectId != null) {
            return new Facts(LegacyOutboxFacts.booking(em, subjectId).orElse(null), null);
        }
        if ("payout".equals(subjectType) && subjectId != null) {
            return new Facts(null, LegacyOutboxFacts.payout(em, subjectId).orElse(null));
        }
        return new Facts(null, null);
    }

    private static UUID uuid(Object column) {
        return column instanceof UUID u ? u : UUID.fromString(column.toString());
    }

    private Outcome fail(long id, int attempts, String error, boolean dead) {
        Instant next = clock.instant().plus(RetryBackoff.after(attempts, settings.retryBase()));
        String message = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        em.createNativeQuery("UPDATE notification_outbox SET status = ?1, attempts = ?2, next_attempt_at = ?3,"
                        + " last_error = ?4 WHERE id = ?5")
                .setParameter(1, dead ? "DEAD" : "PENDING")
                .setParameter(2, attempts)
                .setParameter(3, Timestamp.from(next))
                .setParameter(4, message)
                .setParameter(5, id)
                .executeUpdate();
        LOG.warning(() ->
                "Notification " + id + " attempt " + attempts + " failed" + (dead ? " (dead)" : "") + ": " + message);
        if (dead) {
            metrics.dead();
            return Outcome.DEAD;
        }
        metrics.failed();
        return Outcome.RETRY;
    }
}
