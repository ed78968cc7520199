package com.tripavail.catalog;

import com.tripavail.platform.validation.CurrencyCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Money on the wire: integer minor units plus ISO-4217 code. */
public record Money(
        @NotNull @Positive @Max(100_000_000_00L) Long amountMinor,

        @NotNull @CurrencyCode String currency) {}
