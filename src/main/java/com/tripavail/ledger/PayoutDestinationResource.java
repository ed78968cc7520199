package com.tripavail.ledger;

import com.tripavail.ledger.PayoutDtos.DestinationRequest;
import com.tripavail.ledger.PayoutDtos.PayoutAccountView;
import com.tripavail.platform.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where the caller's provider is paid (a gateway destination token), and whether payouts run. */
@Path("/v1/providers/me/payout-destination")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Provider money", description = "Balance, payouts and where they go")
@SecurityRequirement(name = "bearer")
public class PayoutDestinationResource {
    @Inject
    PayoutService payouts;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed(CurrentUser.PROVIDER)
    @Operation(
            operationId = "getPayoutDestination",
            summary = "Where the caller's provider is paid, and whether payouts run")
    @APIResponse(responseCode = "200", description = "the payout account")
    @APIResponse(responseCode = "404", description = "not_found")
    public PayoutAccountView get() {
        return payouts.destination(user.id());
    }

    @PUT
    @RolesAllowed(CurrentUser.PROVIDER)
    @Operation(
            operationId = "setPayoutDestination",
            summary = "Set the gateway destination token (resumes paused payouts)")
    @APIResponse(responseCode = "200", description = "the payout account")
    @APIResponse(responseCode = "404", description = "not_found")
    public PayoutAccountView put(@Valid @NotNull DestinationRequest body) {
        return payouts.setDestination(user.id(), body.destination());
    }
}
