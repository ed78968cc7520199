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

/** Where the caller's provider is paid (a gateway destination token), and whether payouts run. */
@Path("/v1/providers/me/payout-destination")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PayoutDestinationResource {
    @Inject
    PayoutService payouts;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed(CurrentUser.PROVIDER)
    public PayoutAccountView get() {
        return payouts.destination(user.id());
    }

    @PUT
    @RolesAllowed(CurrentUser.PROVIDER)
    public PayoutAccountView put(@Valid @NotNull DestinationRequest body) {
        return payouts.setDestination(user.id(), body.destination());
    }
}
