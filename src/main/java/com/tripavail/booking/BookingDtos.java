package com.tripavail.booking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Wire shapes of the booking endpoints. */
public final class BookingDtos {
    private BookingDtos() {}

    /** Hotel: checkIn/checkOut and units = rooms; tour: departureDate, seats = guests (units ignored). */
    public record QuoteRequest(
            @NotNull PackageType packageType,
            @NotNull UUID packageId,
            LocalDate checkIn,
            LocalDate checkOut,
            LocalDate departureDate,
            @NotNull @Min(1) @Max(100) Integer guests,
            @Min(1) @Max(50) Integer units) {}

    public record ConfirmRequest(@NotBlank @Size(max = 100) String paymentMethod) {}

    public record BookingView(
            String id,
            BookingStatus status,
            PackageType packageType,
            String packageId,
            LocalDate checkIn,
            LocalDate checkOut,
            LocalDate departureDate,
            int nights,
            int units,
            int guests,
            PriceSnapshot priceSnapshot,
            Instant quoteExpiresAt,
            Instant holdExpiresAt,
            long refundMinor,
            Instant createdAt,
            Instant updatedAt) {
        static BookingView of(Booking b) {
            boolean hotel = b.packageType() == PackageType.HOTEL;
            return new BookingView(
                    b.publicId().toString(),
                    b.status(),
                    b.packageType(),
                    b.packagePublicId().toString(),
                    hotel ? b.startDate() : null,
                    hotel ? b.endDate() : null,
                    hotel ? null : b.startDate(),
                    b.nights(),
                    b.units(),
                    b.guests(),
                    b.price(),
                    b.quoteExpiresAt(),
                    b.holdExpiresAt(),
                    b.refundedMinor(),
                    b.createdAt(),
                    b.updatedAt());
        }
    }

    public record EventView(BookingStatus from, BookingStatus to, Instant at, String actor, String reason) {
        /** Administrators read the recorded actor; everyone else a role, never another user's id. */
        static EventView of(BookingEvent e, boolean forAdmin) {
            return new EventView(e.from(), e.to(), e.at(), forAdmin ? e.actor() : publicActor(e.actor()), e.reason());
        }

        /** {@code user:<id>} (only the traveler acts on a booking) and {@code admin:<id>} lose the id; jobs and gateways keep their names. */
        static String publicActor(String actor) {
            if (actor == null) {
                return null;
            }
            if (actor.startsWith("user:")) {
                return "traveler";
            }
            return actor.startsWith("admin:") ? "admin" : actor;
        }
    }
}
