package com.tripavail.testenv;

import java.util.HashMap;
import java.util.Map;

/** The {@code cancellationPolicy} a package is created with, by name instead of by position. */
public final class CancellationPolicies {
    private CancellationPolicies() {}

    /** Full refund until {@code days} days before the start, nothing after. */
    public static Map<String, Object> free(int days) {
        return of("FREE", days, null);
    }

    /** {@code percent} refunded until {@code days} days before the start, nothing after. */
    public static Map<String, Object> partial(int days, int percent) {
        return of("PARTIAL", days, percent);
    }

    public static Map<String, Object> nonRefundable() {
        return of("NON_REFUNDABLE", null, null);
    }

    /** Any combination, the invalid ones included (for tests of the validation). */
    public static Map<String, Object> of(String kind, Integer freeDays, Integer percent) {
        Map<String, Object> p = new HashMap<>();
        p.put("kind", kind);
        if (freeDays != null) {
            p.put("freeUntilDaysBefore", freeDays);
        }
        if (percent != null) {
            p.put("refundPercent", percent);
        }
        return p;
    }
}
