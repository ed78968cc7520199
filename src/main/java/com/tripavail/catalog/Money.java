package com.tripavail.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/** Money on the wire: integer minor units plus ISO-4217 code. */
public record Money(
        @NotNull @Positive @Max(100_000_000_00L) Long amountMinor,

        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code")
        String currency) {}
