package com.tripavail.catalog;

import com.tripavail.inventory.DepartureAvailability;
import com.tripavail.inventory.NightAvailability;
import com.tripavail.platform.validation.CountryCode;
import com.tripavail.platform.validation.NotBlankWhenGiven;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Wire shapes of the catalog. Create requests require every field; patch requests only what changes. */
public final class CatalogDtos {
    private CatalogDtos() {}

    public record PolicyDto(
            @NotNull CancellationPolicy.Kind kind,
            @Min(0) @Max(365) Integer freeUntilDaysBefore,
            @Min(1) @Max(99) Integer refundPercent) {
        CancellationPolicy toPolicy() {
            return new CancellationPolicy(kind, freeUntilDaysBefore, refundPercent);
        }

        static PolicyDto of(CancellationPolicy p) {
            return new PolicyDto(p.kind(), p.freeUntilDaysBefore(), p.refundPercent());
        }
    }

    public record CreateHotelPackage(
            @NotNull UUID propertyId,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 5000) String description,
            @NotNull @Min(1) @Max(60) Integer nights,
            @NotNull @Valid Money price,
            @NotNull @Min(1) @Max(20) Integer maxGuests,

            @NotNull @Size(max = 30) List<@NotBlank @Size(max = 100) String> inclusions,

            @NotNull @Valid PolicyDto cancellationPolicy) {}

    public record PatchHotelPackage(
            @NotBlankWhenGiven @Size(max = 200) String title,
            @NotBlankWhenGiven @Size(max = 5000) String description,
            @Min(1) @Max(60) Integer nights,
            @Valid Money price,
            @Min(1) @Max(20) Integer maxGuests,

            @Size(max = 30) List<@NotBlank @Size(max = 100) String> inclusions,

            @Valid PolicyDto cancellationPolicy) {}

    public record CreateTourPackage(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 5000) String description,
            @NotBlank @Size(max = 100) String destination,

            @CountryCode String country,

            @Size(max = 64) String timeZone,
            @NotNull @Min(1) @Max(60) Integer durationDays,
            @NotNull @Valid Money pricePerPerson,
            @NotNull @Min(1) @Max(500) Integer maxGroupSize,

            @NotNull @Size(max = 30) List<@NotBlank @Size(max = 100) String> inclusions,

            @NotNull @Valid PolicyDto cancellationPolicy) {}

    public record PatchTourPackage(
            @NotBlankWhenGiven @Size(max = 200) String title,
            @NotBlankWhenGiven @Size(max = 5000) String description,
            @NotBlankWhenGiven @Size(max = 100) String destination,

            @CountryCode String country,

            @Size(max = 64) String timeZone,
            @Min(1) @Max(60) Integer durationDays,
            @Valid Money pricePerPerson,
            @Min(1) @Max(500) Integer maxGroupSize,

            @Size(max = 30) List<@NotBlank @Size(max = 100) String> inclusions,

            @Valid PolicyDto cancellationPolicy) {}

    public record PropertySummary(String id, String name, String city, String country, String timeZone) {}

    public record HotelPackageView(
            String id,
            String providerId,
            PropertySummary property,
            String title,
            String description,
            int nights,
            Money price,
            int maxGuests,
            List<String> inclusions,
            PolicyDto cancellationPolicy,
            PackageStatus status,
            Instant createdAt,
            List<NightAvailability> availability,
            List<String> images) {}

    public record TourPackageView(
            String id,
            String providerId,
            String title,
            String description,
            String destination,
            String country,
            String timeZone,
            int durationDays,
            Money pricePerPerson,
            int maxGroupSize,
            List<String> inclusions,
            PolicyDto cancellationPolicy,
            PackageStatus status,
            Instant createdAt,
            List<DepartureAvailability> departures,
            List<String> images) {}

    public record InventoryRequest(
            @NotNull java.time.LocalDate from,
            @NotNull java.time.LocalDate to,
            @NotNull @Min(0) @Max(10000) Integer units) {}

    public record DepartureRequest(
            @NotNull java.time.LocalDate date,
            @NotNull @Min(1) @Max(500) Integer seats) {}
}
