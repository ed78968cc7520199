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

/** The caller's payouts, newest first, and one of them with the bookings it pays (another provider's: 404). */
@Path("/v1/providers/me/payouts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProviderPayoutsResource {
    @Inject
    PayoutService payouts;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed(CurrentUser.PROVIDER)
    public Page<PayoutView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return payouts.mine(user.id(), cursor, Page.limit(limit));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(CurrentUser.PROVIDER)
    public PayoutView one(@PathParam("id") UUID id) {
        return payouts.mine(user.id(), id);
    }
}
