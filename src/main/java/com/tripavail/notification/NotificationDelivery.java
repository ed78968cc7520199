package com.tripavail.notification;

import com.tripavail.notification.NotificationTemplates.BookingFacts;
import com.tripavail.notification.NotificationTemplates.PayoutFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
    NotificationSettings settings;

    @Inject
    NotificationMetrics metrics;

    Clock clock = Clock.systemUTC();

    /** One due notification, start to finish, in its own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome deliverNext() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.id, o.kind, o.attempts, u.email, u.display_name,"
                        + " b.public_id, b.start_date, b.end_date, b.total_minor, b.currency, COALESCE(hp.title, tp.title),"
                        + " p.amount_minor, p.currency, p.failure_reason"
                        + " FROM notification_outbox o"
                        + " LEFT JOIN users u ON u.public_id = o.recipient_id"
                        + " LEFT JOIN bookings b ON o.subject_type = 'booking' AND b.public_id = o.subject_id"
                        + " LEFT JOIN hotel_packages hp ON b.package_type = 'HOTEL' AND hp.id = b.package_id"
                        + " LEFT JOIN tour_packages tp ON b.package_type = 'TOUR' AND tp.id = b.package_id"
                        + " LEFT JOIN payouts p ON o.subject_type = 'payout' AND p.public_id = o.subject_id"
                        + " WHERE o.status = 'PENDING' AND o.next_attempt_at <= ?1"
                        + " ORDER BY o.next_attempt_at, o.id LIMIT 1 FOR UPDATE OF o SKIP LOCKED")
                .setParameter(1, Timestamp.from(now))
                .getResultList();
        if (rows.isEmpty()) {
            return Outcome.NONE;
        }
        Object[] r = rows.get(0);
        long id = ((Number) r[0]).longValue();
        int attempts = ((Number) r[2]).intValue() + 1;
        String email = (String) r[3];
        if (email == null) {
            return fail(id, attempts, "recipient has no account", true);
        }
        BookingFacts facts = r[5] == null
                ? null
                : new BookingFacts(
                        r[5].toString(),
                        (String) r[10],
                        ((Date) r[6]).toLocalDate(),
                        ((Date) r[7]).toLocalDate(),
                        ((Number) r[8]).longValue(),
                        (String) r[9]);
        try {
            PayoutFacts payout = r[11] == null
                    ? null
                    : new PayoutFacts(((Number) r[11]).longValue(), ((String) r[12]).trim(), (String) r[13]);
            mailer.send(email, NotificationTemplates.render((String) r[1], (String) r[4], facts, payout));
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
