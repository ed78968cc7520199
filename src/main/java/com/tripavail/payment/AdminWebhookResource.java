package com.tripavail.payment;

import com.tripavail.platform.paging.Page;
import com.tripavail.platform.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;

/** Administrators inspect the webhook event log and replay an event (a failed one, typically). */
@Path("/v1/admin/webhook-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminWebhookResource {
    @Inject
    WebhookService webhooks;

    public record EventView(
            String id,
            String gateway,
            String eventId,
            String type,
            String status,
            String error,
            int attempts,
            Instant receivedAt,
            Instant processedAt) {
        static EventView of(WebhookEvent e) {
            return new EventView(
                    e.publicId().toString(),
                    e.gateway(),
                    e.eventId(),
                    e.eventType(),
                    e.status().name(),
                    e.error(),
                    e.attempts(),
                    e.receivedAt(),
                    e.processedAt());
        }
    }

    @GET
    @RolesAllowed(CurrentUser.ADMIN)
    public Page<EventView> list(
            @QueryParam("status") WebhookEvent.Status status,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        Page<WebhookEvent> page = webhooks.list(status, cursor, Page.limit(limit));
        return new Page<>(page.data().stream().map(EventView::of).toList(), page.nextCursor());
    }

    @POST
    @Path("/{id}/replay")
    @RolesAllowed(CurrentUser.ADMIN)
    public EventView replay(@PathParam("id") UUID id) {
        return EventView.of(webhooks.replay(id));
    }
}
