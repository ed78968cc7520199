package com.tripavail.booking;

import java.util.List;
import java.util.Objects;

/** The price of a quote as it was computed, persisted with the booking and never recomputed. */
public record PriceSnapshot(
        String currency, List<Line> lines, long subtotalMinor, long taxesMinor, long feesMinor, long totalMinor) {
    public record Line(String label, long amountMinor) {}

    public PriceSnapshot {
        Objects.requireNonNull(currency);
        lines = List.copyOf(lines);
        if (subtotalMinor < 0
                || taxesMinor < 0
                || feesMinor < 0
                || totalMinor != subtotalMinor + taxesMinor + feesMinor) {
            throw new IllegalArgumentException("Inconsistent price snapshot");
        }
    }
}
