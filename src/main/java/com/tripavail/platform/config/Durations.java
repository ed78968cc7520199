package com.tripavail.platform.config;

import java.time.Duration;

/** Reads durations from configuration: ISO-8601 ({@code PT15M}) or a plain number of seconds ({@code 900}). */
public final class Durations {
    private Durations() {}

    public static Duration parse(String name, String value) {
        String v = value == null ? "" : value.trim();
        try {
            Duration d = v.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(v)) : Duration.parse(v);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException();
            }
            return d;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    name + " must be an ISO-8601 duration (PT15M) or seconds, not '" + value + "'");
        }
    }
}
