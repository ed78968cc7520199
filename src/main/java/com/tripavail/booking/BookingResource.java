package com.tripavail.booking;

import com.tripavail.booking.BookingDtos.BookingView;
import com.tripavail.booking.BookingDtos.ConfirmRequest;
import com.tripavail.booking.BookingDtos.EventView;
import com.tripavail.booking.BookingDtos.QuoteRequest;
import com.tripavail.platform.idempotency.IdempotencyFilter;
import com.tripavail.platform.idempotency.IdempotencyRequired;
import com.tripavail.platform.paging.Page;
import com.tripavail.platform.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

@Path("/v1/bookings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingResource {
    @Inject
    BookingService bookings;

    @Inject
    Checkout checkout;

    @Inject
    Cancellation cancellation;

    @Inject
    CurrentUser user;

    /** The reason is kept in the booking's history (500 characters there). */
    public record CancelRequest(@Size(max = 500) String reason) {}

    @POST
    @Path("/quote")
    @RolesAllowed(CurrentUser.TRAVELER)
    public Response quote(@Valid @NotNull QuoteRequest request) {
        BookingView quote = bookings.quote(caller(), request);
        return Response.created(java.net.URI.create("/v1/bookings/" + quote.id()))
                .entity(quote)
                .build();
    }

    @POST
    @Path("/{id}/hold")
    @RolesAllowed(CurrentUser.TRAVELER)
    @IdempotencyRequired
    public BookingView hold(@PathParam("id") UUID id) {
        return bookings.hold(caller(), id);
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed(CurrentUser.TRAVELER)
    @IdempotencyRequired
    public Response confirm(
            @PathParam("id") UUID id,
            @Valid @NotNull ConfirmRequest request,
            @HeaderParam(IdempotencyFilter.HEADER) String key) {
        Checkout.Result result = checkout.confirm(caller(), id, request.paymentMethod(), key);
        return Response.status(result.pending() ? 202 : 200)
                .entity(result.booking())
                .build();
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({CurrentUser.TRAVELER, CurrentUser.ADMIN})
    @IdempotencyRequired
    public BookingView cancel(@PathParam("id") UUID id, @Valid CancelRequest request) {
        return cancellation.cancel(caller(), id, request == null ? null : request.reason());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({CurrentUser.TRAVELER, CurrentUser.PROVIDER, CurrentUser.ADMIN})
    public BookingView get(@PathParam("id") UUID id) {
        return bookings.view(caller(), id);
    }

    @GET
    @Path("/{id}/events")
    @RolesAllowed({CurrentUser.TRAVELER, CurrentUser.PROVIDER, CurrentUser.ADMIN})
    public List<EventView> events(@PathParam("id") UUID id) {
        return bookings.events(caller(), id);
    }

    @GET
    @RolesAllowed({CurrentUser.TRAVELER, CurrentUser.PROVIDER, CurrentUser.ADMIN})
    public Page<BookingView> list(
            @QueryParam("status") BookingStatus status,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return bookings.list(caller(), user.hasRole(CurrentUser.PROVIDER), status, cursor, Page.limit(limit));
    }

    private BookingService.Caller caller() {
        return new BookingService.Caller(user.id(), user.isAdmin());
    }
}
