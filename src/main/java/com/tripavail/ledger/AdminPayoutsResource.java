package com.tripavail.ledger;

import com.tripavail.ledger.PayoutDtos.AdminPayoutView;
import com.tripavail.ledger.PayoutDtos.HoldRequest;
import com.tripavail.ledger.PayoutDtos.PayoutAccountView;
import com.tripavail.platform.paging.Page;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** Administrators list payouts (by status, by provider), read one with its bookings and journals, hold a provider's. */
@Path("/v1/admin/payouts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminPayoutsResource {
    @Inject
    PayoutService payouts;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed(CurrentUser.ADMIN)
    public Page<AdminPayoutView> list(
            @QueryParam("status") String status,
            @QueryParam("providerId") String providerId,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return payouts.all(status, providerId, cursor, Page.limit(limit));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(CurrentUser.ADMIN)
    public AdminPayoutView one(@PathParam("id") UUID id) {
        return payouts.detail(id);
    }

    /** {@code {"held": true, "reason": "..."}} holds the provider's payouts; {@code {"held": false}} releases them. */
    @PUT
    @Path("/holds/{providerId}")
    @RolesAllowed(CurrentUser.ADMIN)
    public PayoutAccountView hold(@PathParam("providerId") UUID providerId, @Valid @NotNull HoldRequest body) {
        return payouts.hold(user.id().toString(), providerId, body.held(), body.reason());
    }
}
