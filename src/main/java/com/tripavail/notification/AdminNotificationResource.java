package com.tripavail.notification;

import com.tripavail.audit.AuditService;
import com.tripavail.platform.paging.Cursor;
import com.tripavail.platform.paging.Page;
import com.tripavail.platform.problem.DomainException;
import com.tripavail.platform.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Administrators watch the notification outbox and put dead notifications back in the queue. */
@Path("/v1/admin/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.ADMIN)
public class AdminNotificationResource {
    private static final Set<String> STATUSES = Set.of("PENDING", "SENT", "DEAD");

    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser user;

    public record NotificationView(
            String id,
            String kind,
            String recipientId,
            String subjectType,
            String subjectId,
            String status,
            int attempts,
            Instant nextAttemptAt,
            String lastError,
            Instant createdAt,
            Instant sentAt) {}

    /** Newest first, keyset by id; {@code status} one of PENDING, SENT, DEAD. */
    @GET
    public Page<NotificationView> list(
            @QueryParam("status") String status,
            @QueryParam("limit") Integer requested,
            @QueryParam("cursor") String cursor) {
        if (status != null && !STATUSES.contains(status)) {
            throw DomainException.invalidField("status", "must be PENDING, SENT or DEAD");
        }
        int limit = Page.limit(requested);
        List<String> after = Cursor.decode(cursor, 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, public_id, kind, recipient_id, subject_type, subject_id,"
                        + " status, attempts, next_attempt_at, last_error, created_at, sent_at FROM notification_outbox"
                        + " WHERE (CAST(?1 AS varchar) IS NULL OR status = ?1) AND id < ?2 ORDER BY id DESC LIMIT ?3")
                .setParameter(1, status)
                .setParameter(2, after.isEmpty() ? Long.MAX_VALUE : Cursor.longPart(after, 0))
                .setParameter(3, limit + 1)
                .getResultList();
        boolean more = rows.size() > limit;
        List<Object[]> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? Cursor.encode(((Number) shown.get(limit - 1)[0]).longValue()) : null;
        return new Page<>(shown.stream().map(AdminNotificationResource::view).toList(), next);
    }

    /** Queues a DEAD (or still PENDING) notification for delivery now, with a fresh set of attempts. */
    @POST
    @Path("/{id}/retry")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public NotificationView retry(@PathParam("id") UUID id) {
        int updated = em.createNativeQuery("UPDATE notification_outbox SET status = 'PENDING', attempts = 0,"
                        + " next_attempt_at = now() WHERE public_id = ?1 AND status <> 'SENT'")
                .setParameter(1, id)
                .executeUpdate();
        if (updated == 0) {
            boolean exists = !em.createNativeQuery("SELECT 1 FROM notification_outbox WHERE public_id = ?1")
                    .setParameter(1, id)
                    .getResultList()
                    .isEmpty();
            throw exists
                    ? DomainException.conflict("notification_already_sent", "This notification was delivered")
                    : DomainException.notFound("Notification");
        }
        audit.record(user.id().toString(), "notification.retried", "notification", id.toString(), null, null);
        Object[] row = (Object[]) em.createNativeQuery("SELECT id, public_id, kind, recipient_id, subject_type,"
                        + " subject_id, status, attempts, next_attempt_at, last_error, created_at, sent_at"
                        + " FROM notification_outbox WHERE public_id = ?1")
                .setParameter(1, id)
                .getSingleResult();
        return view(row);
    }

    private static NotificationView view(Object[] r) {
        return new NotificationView(
                r[1].toString(),
                (String) r[2],
                r[3].toString(),
                (String) r[4],
                r[5].toString(),
                (String) r[6],
                ((Number) r[7]).intValue(),
                instant(r[8]),
                (String) r[9],
                instant(r[10]),
                instant(r[11]));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (Instant) value;
    }
}
