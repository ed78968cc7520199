package com.tripavail.payment;

import com.tripavail.payment.PaymentGateway.GatewayResult;
import com.tripavail.platform.paging.Cursor;
import com.tripavail.platform.paging.Page;
import com.tripavail.platform.persistence.Lookup;
import com.tripavail.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The webhook event log: every verified event is stored (its own transaction) before processing;
 * a repeated event id is acknowledged and not processed again; failures are recorded with their
 * error and can be replayed by an administrator.
 */
@ApplicationScoped
public class WebhookService {
    private static final Logger LOG = Logger.getLogger(WebhookService.class.getName());

    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    @Inject
    WebhookLog log;

    @Inject
    PaymentService payments;

    @Inject
    Event<GatewayNotification> notifications;

    @Inject
    Event<WebhookFailed> failures;

    Clock clock = Clock.systemUTC();

    public record WebhookFailed(String eventId, String error) {}

    public record Received(boolean duplicate, WebhookEvent event) {}

    /** Stores and processes a verified event; {@code duplicate} when its id was seen before. */
    public Received receive(String gateway, String body) {
        JsonObject json = parse(body);
        String eventId = string(json, "id");
        String type = string(json, "type");
        UUID stored = log.store(gateway, eventId, type, body);
        if (stored == null) {
            WebhookEvent seen = log.byEventId(gateway, eventId);
            // a redelivery of an event that failed, or whose processing a crash cut short, is
            // processed again: only a PROCESSED event is acknowledged without doing anything
            return new Received(true, seen.status() == WebhookEvent.Status.PROCESSED ? seen : process(seen.publicId()));
        }
        return new Received(false, process(stored));
    }

    public WebhookEvent replay(UUID id) {
        return process(log.byPublicId(id).publicId());
    }

    private WebhookEvent process(UUID id) {
        WebhookEvent event = log.byPublicId(id);
        try {
            handle(event.eventType(), parse(event.payload()));
            return log.markProcessed(id);
        } catch (RuntimeException e) {
            String error = e instanceof DomainException d
                    ? d.code() + ": " + d.getMessage()
                    : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            LOG.log(Level.WARNING, "Webhook event " + event.eventId() + " failed: " + error);
            failures.fire(new WebhookFailed(event.eventId(), error));
            return log.markFailed(id, error);
        }
    }

    /**
     * A charge event only says "this charge changed": its type is not trusted, because events
     * arrive late, twice and out of order. The gateway is asked for the charge's current state and
     * that is applied (Stripe's advice too), so a charge.failed delivered before the same charge's
     * charge.succeeded can never leave a declined payment behind a captured charge. The payment is
     * found by reference, or by the charge's idempotency key when the reference was never recorded.
     */
    private void handle(String type, JsonObject json) {
        if (!type.startsWith("charge.")) {
            return; // not about a charge: logged, and there is nothing to act on
        }
        JsonObject data = json.getJsonObject("data");
        String reference = data == null ? null : string(data, "reference");
        GatewayResult truth = payments.retrieve(reference);
        if (truth.outcome() == GatewayResult.Outcome.NOT_FOUND) {
            throw DomainException.notFound("Charge " + reference + " at the gateway");
        }
        Payment p = payments.byReference(reference)
                .or(() -> payments.byGatewayKey(truth.idempotencyKey()))
                .orElseThrow(() -> DomainException.notFound("Payment with reference " + reference));
        notifications.fire(new GatewayNotification(p.publicId(), truth, "gateway:webhook"));
    }

    public Page<WebhookEvent> list(WebhookEvent.Status status, String cursor, int limit) {
        List<String> parts = Cursor.decode(cursor, 1);
        StringBuilder jpql = new StringBuilder("SELECT w FROM WebhookEvent w WHERE 1 = 1");
        if (status != null) {
            jpql.append(" AND w.status = :status");
        }
        if (!parts.isEmpty()) {
            jpql.append(" AND w.id < :before");
        }
        TypedQuery<WebhookEvent> q =
                em.createQuery(jpql.append(" ORDER BY w.id DESC").toString(), WebhookEvent.class);
        if (status != null) {
            q.setParameter("status", status);
        }
        if (!parts.isEmpty()) {
            q.setParameter("before", Cursor.longPart(parts, 0));
        }
        List<WebhookEvent> rows = q.setMaxResults(limit + 1).getResultList();
        String next = rows.size() > limit ? Cursor.encode(rows.get(limit - 1).id()) : null;
        return new Page<>(rows.stream().limit(limit).toList(), next);
    }

    private static JsonObject parse(String body) {
        try {
            return Json.createReader(new StringReader(body)).readObject();
        } catch (RuntimeException e) {
            throw DomainException.badRequest("invalid_payload", "The event is not a JSON object");
        }
    }

    private static String string(JsonObject json, String name) {
        if (!(json.get(name) instanceof JsonString s)
                || s.getString().isBlank()
                || s.getString().length() > 200) {
            throw DomainException.badRequest("invalid_payload", "The event has no valid '" + name + "'");
        }
        return s.getString();
    }

    /** Transactions of the event log, apart from the processing so a failure is still recorded. */
    @ApplicationScoped
    public static class WebhookLog {
        @PersistenceContext(unitName = "tripavail")
        EntityManager em;

        Clock clock = Clock.systemUTC();

        /** The new row's public id, or null when (gateway, event id) was stored before. */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public UUID store(String gateway, String eventId, String type, String payload) {
            UUID id = UUID.randomUUID();
            int inserted = em.createNativeQuery(
                            "INSERT INTO webhook_events (id, public_id, gateway, event_id, event_type,"
                                    + " payload, status, attempts, received_at) VALUES (nextval('tripavail_id_seq'), ?1, ?2, ?3, ?4, ?5,"
                                    + " 'RECEIVED', 0, ?6) ON CONFLICT (gateway, event_id) DO NOTHING")
                    .setParameter(1, id)
                    .setParameter(2, gateway)
                    .setParameter(3, eventId)
                    .setParameter(4, type)
                    .setParameter(5, payload)
                    .setParameter(6, Timestamp.from(clock.instant()))
                    .executeUpdate();
            return inserted == 1 ? id : null;
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public WebhookEvent markProcessed(UUID id) {
            WebhookEvent e = byPublicId(id);
            e.processed(clock.instant());
            return e;
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public WebhookEvent markFailed(UUID id, String error) {
            WebhookEvent e = byPublicId(id);
            e.failed(error, clock.instant());
            return e;
        }

        public WebhookEvent byPublicId(UUID id) {
            return Lookup.byPublicId(em, WebhookEvent.class, id, "Webhook event");
        }

        public WebhookEvent byEventId(String gateway, String eventId) {
            return em.createQuery(
                            "SELECT w FROM WebhookEvent w WHERE w.gateway = :g AND w.eventId = :e", WebhookEvent.class)
                    .setParameter("g", gateway)
                    .setParameter("e", eventId)
                    .getSingleResult();
        }
    }
}
