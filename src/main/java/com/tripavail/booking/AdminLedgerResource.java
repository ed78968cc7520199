package com.tripavail.booking;

import com.tripavail.ledger.LedgerService;
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
import java.util.UUID;

/**
 * An administrator's view of the journals of one booking. It lives in booking, which maps the
 * booking's public id, so that the ledger never depends on booking.
 */
@Path("/v1/admin/ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminLedgerResource {
    @Inject
    LedgerService ledger;

    @Inject
    BookingService bookings;

    public record Journals(List<JournalView> data) {}

    @GET
    @RolesAllowed(CurrentUser.ADMIN)
    public Journals journals(@QueryParam("bookingId") @NotNull UUID bookingId) {
        return new Journals(ledger.journals(bookings.internalId(bookingId)));
    }
}
