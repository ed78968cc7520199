package com.tripavail.platform.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;

/** The outcome for one bucket: whether the request may pass and what the RateLimit headers say. */
public record RateLimitDecision(boolean allowed, int limit, int remaining, long resetSeconds) {

    static RateLimitDecision of(int limit, long allowed, long hits, long resetMillis) {
        int remaining = (int) Math.max(0, limit - hits);
        return new RateLimitDecision(allowed == 1, limit, remaining, (resetMillis + 999) / 1000);
    }

    /** Seconds until a slot frees, at least 1, for {@code Retry-After}. */
    public long retryAfterSeconds() {
        return Math.max(1, resetSeconds);
    }

    /** The {@code RateLimit-*} headers this decision answers with, and {@code Retry-After} when refused. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("RateLimit-Limit", Integer.toString(limit));
        headers.put("RateLimit-Remaining", Integer.toString(remaining));
        headers.put("RateLimit-Reset", Long.toString(resetSeconds));
        if (!allowed) {
            headers.put("Retry-After", Long.toString(retryAfterSeconds()));
        }
        return headers;
    }
}
