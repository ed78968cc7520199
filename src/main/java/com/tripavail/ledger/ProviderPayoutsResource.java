package com.tripavail.ledger;

import com.tripavail.platform.paging.Page;
import com.tripavail.platform.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Scheduled payouts. Payout scheduling is a later issue: the list is empty until then. */
@Path("/v1/providers/me/payouts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProviderPayoutsResource {
    @GET
    @RolesAllowed(CurrentUser.PROVIDER)
    public Page<Object> payouts() {
        return new Page<>(List.of(), null);
    }
}
