package com.tripavail.payment;

import com.tripavail.platform.problem.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where gateways post events. Nothing is stored or processed unless the signature verifies. */
@Path("/v1/payments/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "Signed events from the payment gateway")
public class WebhookResource {
    @Inject
    WebhookService webhooks;

    @Inject
    PaymentSettings settings;

    @Inject
    PaymentGateway gateway;

    Clock clock = Clock.systemUTC();

    @POST
    @Path("/{gateway}")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "receiveGatewayWebhook",
            summary = "A payment gateway event, signed with TripAvail-Signature")
    @Parameter(
            name = "TripAvail-Signature",
            in = org.eclipse.microprofile.openapi.annotations.enums.ParameterIn.HEADER,
            required = true,
            description = "t=<unix seconds>,v1=<hex HMAC-SHA256 of \"t.body\">",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    @APIResponse(
            responseCode = "200",
            description = "stored (and processed, unless a repeated event id)",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            requiredProperties = {"received", "duplicate", "status"},
                                            properties = {
                                                @SchemaProperty(name = "received", type = SchemaType.BOOLEAN),
                                                @SchemaProperty(name = "duplicate", type = SchemaType.BOOLEAN),
                                                @SchemaProperty(
                                                        name = "status",
                                                        type = SchemaType.STRING,
                                                        maxLength = 20,
                                                        description = "the stored event status")
                                            })))
    @APIResponse(
            responseCode = "400",
            description = "invalid_signature (missing, wrong or stale: nothing stored), invalid_payload")
    @APIResponse(responseCode = "404", description = "not_found (unknown gateway)")
    @RequestBody(
            required = true,
            description = "the gateway's event (id, type, data), verified byte for byte against the signature",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT)))
    public Map<String, Object> receive(
            @PathParam("gateway") String name, @HeaderParam(WebhookSignature.HEADER) String signature, String body) {
        if (!gateway.name().equals(name)) {
            throw DomainException.notFound("Gateway");
        }
        if (!WebhookSignature.verify(settings.webhookSecret(), signature, body, clock.instant())) {
            throw DomainException.badRequest(
                    "invalid_signature",
                    "Missing, malformed, wrong or stale (over 5 minutes) " + WebhookSignature.HEADER);
        }
        WebhookService.Received r = webhooks.receive(name, body);
        return Map.of(
                "received",
                true,
                "duplicate",
                r.duplicate(),
                "status",
                r.event().status().name());
    }
}
