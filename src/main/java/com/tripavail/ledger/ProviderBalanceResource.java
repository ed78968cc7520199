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

/**
 * The caller's provider balance per currency: payable (credits minus debits of its payable
 * account), split into pending and available for payout, plus money of payouts in transit.
 */
@Path("/v1/providers/me/balance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProviderBalanceResource {
    @Inject
    PayoutService payouts;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed(CurrentUser.PROVIDER)
    public Balance balance() {
        return payouts.balance(user.id());
    }
}
