package com.tripavail.platform.ratelimit;

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
}
