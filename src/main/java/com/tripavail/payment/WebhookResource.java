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

/** Where gateways post events. Nothing is stored or processed unless the signature verifies. */
@Path("/v1/payments/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
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
