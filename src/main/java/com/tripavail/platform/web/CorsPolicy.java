package com.tripavail.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Exact-match origin allow-list; never reflects an origin it does not know. */
public record CorsPolicy(Set<String> allowedOrigins) {
    static final String METHODS = "GET, POST, PUT, PATCH, DELETE";
    static final String HEADERS = "Authorization, Content-Type, Idempotency-Key, If-Match, X-Request-Id";
    static final String EXPOSED = "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After, ETag, "
            + "Location, X-Request-Id, Idempotent-Replayed";

    public static boolean isPreflight(String method, String origin, String requestedMethod) {
        return "OPTIONS".equals(method) && origin != null && requestedMethod != null;
    }

    public boolean allows(String origin) {
        return origin != null
                && !allowedOrigins.contains("*")
                && allowedOrigins.contains(EdgeConfig.normaliseOrigin(origin));
    }

    public Map<String, String> preflightHeaders(String origin) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Access-Control-Allow-Origin", origin);
        h.put("Access-Control-Allow-Methods", METHODS);
        h.put("Access-Control-Allow-Headers", HEADERS);
        h.put("Access-Control-Max-Age", "600");
        h.put("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
        return h;
    }

    public Map<String, String> responseHeaders(String origin) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Access-Control-Allow-Origin", origin);
        h.put("Access-Control-Expose-Headers", EXPOSED);
        h.put("Vary", "Origin");
        return h;
    }
}
