package com.tripavail.provider;

import com.tripavail.platform.validation.CountryCode;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Wire shapes of the provider capability. */
public final class ProviderDtos {
    private ProviderDtos() {}

    public record OnboardRequest(
            @NotBlank @Size(max = 200) String legalName,
            @NotNull ProviderKind kind,

            @NotNull @CountryCode String country,

            @NotBlank @Email @Size(max = 254) String contactEmail,

            @NotBlank @Pattern(regexp = "\\+?[0-9 ()\\-]{6,31}", message = "must be a phone number")
            String phone) {}

    public record PropertyRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 300) String address,
            @NotBlank @Size(max = 100) String city,

            @NotNull @CountryCode String country,

            @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
            @Size(max = 5000) String description,
            @Size(max = 64) String timeZone) {}

    public record ReviewRequest(@Size(max = 500) String reason) {}

    public record ProviderView(
            String id,
            String legalName,
            ProviderKind kind,
            String country,
            String contactEmail,
            String phone,
            ProviderStatus status,
            String statusReason,
            Instant createdAt) {
        static ProviderView of(Provider p) {
            return new ProviderView(
                    p.publicId().toString(),
                    p.legalName(),
                    p.kind(),
                    p.country(),
                    p.contactEmail(),
                    p.phone(),
                    p.status(),
                    p.statusReason(),
                    p.createdAt());
        }
    }

    public record PropertyView(
            String id,
            String providerId,
            String name,
            String address,
            String city,
            String country,
            BigDecimal latitude,
            BigDecimal longitude,
            String description,
            String timeZone,
            ReviewStatus status,
            String statusReason,
            List<String> images) {
        static PropertyView of(Property p, List<String> images) {
            return new PropertyView(
                    p.publicId().toString(),
                    p.provider().publicId().toString(),
                    p.name(),
                    p.address(),
                    p.city(),
                    p.country(),
                    p.latitude(),
                    p.longitude(),
                    p.description(),
                    p.timeZone().getId(),
                    p.status(),
                    p.statusReason(),
                    images);
        }
    }
}
