package com.tripavail.ledger;

import com.tripavail.catalog.CatalogService;
import com.tripavail.platform.problem.DomainException;
import com.tripavail.platform.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The caller's provider payable balance (credits minus debits of its payable account), per currency. */
@Path("/v1/providers/me/balance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProviderBalanceResource {
    @Inject
    LedgerService ledger;

    @Inject
    CatalogService catalog;

    @Inject
    CurrentUser user;

    public record Balance(List<Amount> payable) {
    }

    public record Amount(long amountMinor, String currency) {
    }

    @GET
    @RolesAllowed(CurrentUser.PROVIDER)
    public Balance balance() {
        long providerId = catalog.providerIdOf(user.id()).orElseThrow(() -> DomainException.notFound("Provider"));
        return new Balance(ledger.balance(Accounts.providerPayable(providerId)).entrySet().stream()
                .map(e -> new Amount(e.getValue(), e.getKey())).toList());
    }
}
