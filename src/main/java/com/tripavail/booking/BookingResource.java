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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/bookings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bookings", description = "Quote, hold, pay, cancel and read bookings")
@SecurityRequirement(name = "bearer")
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
    @Operation(operationId = "quoteBooking", summary = "Price a stay or a tour (status QUOTE, snapshot persisted)")
    @APIResponse(
            responseCode = "201",
            description = "the quote; Location is the booking",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BookingView.class)),
            headers = {@Header(name = "Location", ref = "Location")})
    @APIResponse(responseCode = "404", description = "not_found")
    @APIResponse(
            responseCode = "409",
            description =
                    "package_unavailable (not published, or its provider or property is not approved), insufficient_inventory")
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
    @Operation(operationId = "holdBooking", summary = "Reserve the inventory of a quote until holdExpiresAt")
    @Parameter(ref = "RequiredIdempotencyKey")
    @APIResponse(
            responseCode = "200",
            description = "the booking in HOLD",
            headers = {@Header(name = "Idempotent-Replayed", ref = "Idempotent-Replayed")})
    @APIResponse(responseCode = "404", description = "not_found")
    @APIResponse(
            responseCode = "409",
            description =
                    "insufficient_inventory, quote_expired, too_many_holds, invalid_transition, package_unavailable, idempotency_in_progress")
    public BookingView hold(@PathParam("id") UUID id) {
        return bookings.hold(caller(), id);
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed(CurrentUser.TRAVELER)
    @IdempotencyRequired
    @Operation(operationId = "confirmBooking", summary = "Pay for a hold")
    @Parameter(ref = "RequiredIdempotencyKey")
    @APIResponse(
            responseCode = "200",
            description = "CONFIRMED: paid, ledger written",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BookingView.class)),
            headers = {@Header(name = "Idempotent-Replayed", ref = "Idempotent-Replayed")})
    @APIResponse(
            responseCode = "202",
            description = "PAYMENT: the gateway answers later, by webhook",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BookingView.class)),
            headers = {@Header(name = "Idempotent-Replayed", ref = "Idempotent-Replayed")})
    @APIResponse(responseCode = "402", description = "payment_declined (the booking is back in HOLD)")
    @APIResponse(responseCode = "404", description = "not_found")
    @APIResponse(
            responseCode = "409",
            description =
                    "hold_expired, invalid_transition, payment_in_progress, package_unavailable, idempotency_in_progress")
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
    @Operation(operationId = "cancelBooking", summary = "Cancel a booking; refunds per the package's policy")
    @Parameter(ref = "RequiredIdempotencyKey")
    @APIResponse(
            responseCode = "200",
            description = "the booking in CANCELLED",
            headers = {@Header(name = "Idempotent-Replayed", ref = "Idempotent-Replayed")})
    @APIResponse(responseCode = "404", description = "not_found")
    @APIResponse(responseCode = "409", description = "invalid_transition, payment_in_progress, idempotency_in_progress")
    @APIResponse(responseCode = "502", description = "refund_failed (the gateway refused the refund; nothing changed)")
    public BookingView cancel(@PathParam("id") UUID id, @Valid CancelRequest request) {
        return cancellation.cancel(caller(), id, request == null ? null : request.reason());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({CurrentUser.TRAVELER, CurrentUser.PROVIDER, CurrentUser.ADMIN})
    @Operation(
            operationId = "getBooking",
            summary = "A booking (its traveler, the package's provider or an administrator; others get 404)")
    @APIResponse(responseCode = "200", description = "the booking")
    @APIResponse(responseCode = "404", description = "not_found")
    public BookingView get(@PathParam("id") UUID id) {
        return bookings.view(caller(), id);
    }

    @GET
    @Path("/{id}/events")
    @RolesAllowed({CurrentUser.TRAVELER, CurrentUser.PROVIDER, CurrentUser.ADMIN})
    @Operation(operationId = "listBookingEvents", summary = "The booking's transition history")
    @APIResponse(responseCode = "200", description = "the transitions, oldest first")
    @APIResponse(responseCode = "404", description = "not_found")
    public List<EventView> events(@PathParam("id") UUID id) {
        return bookings.events(caller(), id);
    }

    @GET
    @RolesAllowed({CurrentUser.TRAVELER, CurrentUser.PROVIDER, CurrentUser.ADMIN})
    @Operation(operationId = "listBookings", summary = "The caller's bookings (providers: bookings of their packages)")
    @APIResponse(responseCode = "200", description = "a page of bookings")
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
