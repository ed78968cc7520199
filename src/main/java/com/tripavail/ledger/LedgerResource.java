package com.tripavail.ledger;

import com.tripavail.booking.BookingService;
import com.tripavail.catalog.CatalogService;
import com.tripavail.ledger.LedgerService.JournalView;
import com.tripavail.platform.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Read side of the ledger: an administrator's view per booking, a provider's payable balance. */
@Path("/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {
    @Inject
    LedgerService ledger;

    @Inject
    BookingService bookings;

    @Inject
    CatalogService catalog;

    @Inject
    CurrentUser user;

    public record Balance(String account, List<Amount> payable) {
    }

    public record Amount(long amountMinor, String currency) {
    }

    public record Payouts(List<Object> data, String nextCursor) {
    }

    @GET
    @Path("/admin/ledger")
    @RolesAllowed(CurrentUser.ADMIN)
    public Map<String, List<JournalView>> journals(@QueryParam("bookingId") @NotNull UUID bookingId) {
        return Map.of("data", ledger.journals(bookings.internalId(bookingId)));
    }

    @GET
    @Path("/providers/me/balance")
    @RolesAllowed(CurrentUser.PROVIDER)
    public Balance balance() {
        long providerId = catalog.providerIdOf(user.id())
                .orElseThrow(() -> com.tripavail.platform.problem.DomainException.notFound("Provider"));
        String account = Accounts.providerPayable(providerId);
        return new Balance(account, ledger.balance(account).entrySet().stream()
                .map(e -> new Amount(e.getValue(), e.getKey())).toList());
    }

    /** Payout scheduling is a later issue: no payouts exist yet. */
    @GET
    @Path("/providers/me/payouts")
    @RolesAllowed(CurrentUser.PROVIDER)
    public Payouts payouts() {
        return new Payouts(List.of(), null);
    }
}
