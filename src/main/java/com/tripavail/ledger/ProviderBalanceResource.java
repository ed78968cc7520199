package com.tripavail.ledger;

import com.tripavail.ledger.PayoutDtos.Balance;
import com.tripavail.platform.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's provider balance per currency: payable (credits minus debits of its payable
 * account), split into pending and available for payout, plus money of payouts in transit.
 */
@Path("/v1/providers/me/balance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Provider money")
@SecurityRequirement(name = "bearer")
public class ProviderBalanceResource {
    @Inject
    PayoutService payouts;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed(CurrentUser.PROVIDER)
    @Operation(
            operationId = "getProviderBalance",
            summary = "Payable balance per currency: pending, available, in transit")
    @APIResponse(responseCode = "200", description = "the balance")
    @APIResponse(responseCode = "404", description = "not_found")
    public Balance balance() {
        return payouts.balance(user.id());
    }
}
