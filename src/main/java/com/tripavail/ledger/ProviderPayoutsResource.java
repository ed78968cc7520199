package com.tripavail.ledger;

import com.tripavail.ledger.PayoutDtos.PayoutView;
import com.tripavail.platform.paging.Page;
import com.tripavail.platform.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's payouts, newest first, and one of them with the bookings it pays (another provider's: 404). */
@Path("/v1/providers/me/payouts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Provider money")
@SecurityRequirement(name = "bearer")
public class ProviderPayoutsResource {
    @Inject
    PayoutService payouts;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed(CurrentUser.PROVIDER)
    @Operation(operationId = "listOwnPayouts", summary = "The caller's payouts, newest first")
    @APIResponse(responseCode = "200", description = "a page of payouts")
    @APIResponse(responseCode = "404", description = "not_found")
    public Page<PayoutView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return payouts.mine(user.id(), cursor, Page.limit(limit));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(CurrentUser.PROVIDER)
    @Operation(operationId = "getOwnPayout", summary = "One of the caller's payouts with the bookings it pays")
    @APIResponse(responseCode = "200", description = "the payout")
    @APIResponse(responseCode = "404", description = "not_found")
    public PayoutView one(@PathParam("id") UUID id) {
        return payouts.mine(user.id(), id);
    }
}
