package com.tripavail.payment;

import com.tripavail.platform.config.AppConfig;
import com.tripavail.platform.problem.DomainException;
import com.tripavail.platform.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The test gateway's control surface, for tests and the fault suite (docs/payments.md): read the
 * processor's books by reference or idempotency key, end a pending charge, and have its events
 * delivered late, twice or out of order. Administrators only; 404 in production, where the test
 * gateway does not exist.
 */
@Path("/v1/admin/test-gateway")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TestGatewayResource {
    private static final Set<String> EVENT_TYPES = Set.of("charge.succeeded", "charge.failed", "charge.pending");
    private static final Set<String> OUTCOMES = Set.of("SUCCEEDED", "DECLINED", "FAILED");

    @Inject
    TestGatewayBooks books;

    @Inject
    TestGatewayEvents events;

    @Inject
    AppConfig app;

    Clock clock = Clock.systemUTC();

    /** Events to deliver: in this order, each {@code repeat} times (same event id), after {@code delayMs}. */
    public record Delivery(
            @Size(max = 10) List<@Size(max = 40) String> events,

            @Min(0) @Max(600_000) Long delayMs,
            @Min(1) @Max(5) Integer repeat) {}

    /** A new final state for a charge, and the events that announce it. */
    public record Outcome(
            @Size(max = 20) String status,
            @Size(max = 200) String failure,

            @Size(max = 10) List<@Size(max = 40) String> events,

            @Min(0) @Max(600_000) Long delayMs,
            @Min(1) @Max(5) Integer repeat) {}

    public record Scheduled(String reference, boolean changed, List<String> eventIds) {}

    @GET
    @Path("/charges")
    @RolesAllowed(CurrentUser.ADMIN)
    public List<TestGatewayBooks.Entry> charges(
            @QueryParam("reference") String reference,
            @QueryParam("idempotencyKey") String idempotencyKey,
            @QueryParam("limit") Integer limit) {
        refuseInProduction();
        if (reference != null) {
            return books.byReference(reference).stream().toList();
        }
        if (idempotencyKey != null) {
            return books.byKey("CHARGE", idempotencyKey).stream().toList();
        }
        return books.recent(limit == null ? 100 : limit);
    }

    @POST
    @Path("/charges/{reference}/outcome")
    @RolesAllowed(CurrentUser.ADMIN)
    public Scheduled outcome(@PathParam("reference") String reference, @jakarta.validation.Valid Outcome o) {
        refuseInProduction();
        if (o == null || o.status() == null || !OUTCOMES.contains(o.status())) {
            throw DomainException.invalidField("status", "must be one of " + OUTCOMES);
        }
        requireCharge(reference);
        boolean changed = books.setOutcome(
                reference, o.status(), o.status().equals("SUCCEEDED") ? null : failureOf(o), clock.instant());
        return new Scheduled(reference, changed, schedule(reference, o.events(), o.delayMs(), o.repeat()));
    }

    @POST
    @Path("/charges/{reference}/events")
    @RolesAllowed(CurrentUser.ADMIN)
    public Scheduled deliver(@PathParam("reference") String reference, @jakarta.validation.Valid Delivery d) {
        refuseInProduction();
        if (d == null || d.events() == null || d.events().isEmpty()) {
            throw DomainException.invalidField("events", "name at least one event type");
        }
        requireCharge(reference);
        return new Scheduled(reference, false, schedule(reference, d.events(), d.delayMs(), d.repeat()));
    }

    private List<String> schedule(String reference, List<String> types, Long delayMs, Integer repeat) {
        List<String> ids = new ArrayList<>();
        if (types == null) {
            return ids;
        }
        for (String type : types) {
            if (!EVENT_TYPES.contains(type)) {
                throw DomainException.invalidField("events", "event types are " + EVENT_TYPES);
            }
        }
        Instant due = clock.instant().plus(Duration.ofMillis(delayMs == null ? 0 : delayMs));
        for (String type : types) {
            // one event per type, delivered in the order given (rows are delivered in id order)
            ids.add(events.schedule(type, reference, due, repeat == null ? 1 : repeat));
        }
        return ids;
    }

    private static String failureOf(Outcome o) {
        return o.failure() == null || o.failure().isBlank() ? "card_declined" : o.failure();
    }

    private void requireCharge(String reference) {
        if (books.byReference(reference).filter(e -> e.kind().equals("CHARGE")).isEmpty()) {
            throw DomainException.notFound("Test gateway charge");
        }
    }

    private void refuseInProduction() {
        if (app.environment().isProduction()) {
            throw DomainException.notFound("Test gateway");
        }
    }
}
