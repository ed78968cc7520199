package com.tripavail.platform.ratelimit;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A limit such as {@code 10/min}, {@code 3/5min}, {@code 500/1h} or a bare {@code 100} (per minute):
 * the syntax of the {@code RATE_LIMIT_*} variables.
 */
public record RateLimit(int requests, Duration window) {
    private static final Pattern SYNTAX = Pattern.compile("(\\d+)\\s*(?:/\\s*(\\d*)\\s*(s|sec|m|min|h)?)?");

    public RateLimit {
        Objects.requireNonNull(window);
        if (requests < 1 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("a rate limit needs at least 1 request per positive window");
        }
    }

    public static RateLimit parse(String name, String value) {
        Matcher m = SYNTAX.matcher(value == null ? "" : value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalStateException(name + " must look like 10/min, 3/5min or 500/1h");
        }
        int requests = Integer.parseInt(m.group(1));
        long amount = m.group(2) == null || m.group(2).isEmpty() ? 1 : Long.parseLong(m.group(2));
        String unit = m.group(3) == null ? "min" : m.group(3);
        Duration window = switch (unit) {
            case "s", "sec" -> Duration.ofSeconds(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofMinutes(amount);
        };
        try {
            return new RateLimit(requests, window);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + ": " + e.getMessage());
        }
    }
}
