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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators inspect the webhook event log and replay an event (a failed one, typically). */
@Path("/v1/admin/webhook-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: payments", description = "The webhook event log")
@SecurityRequirement(name = "bearer")
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
    @Operation(operationId = "listWebhookEvents", summary = "Webhook events by status, newest first")
    @APIResponse(responseCode = "200", description = "a page of events")
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
    @Operation(operationId = "replayWebhookEvent", summary = "Process a stored event again")
    @APIResponse(responseCode = "200", description = "the event after the replay")
    @APIResponse(responseCode = "404", description = "not_found")
    public EventView replay(@PathParam("id") UUID id) {
        return EventView.of(webhooks.replay(id));
    }
}
