package com.tripavail.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * {@code tripavail_http_server_requests_total{route, method, status}}: every response of the
 * application by endpoint template and status class (2xx..5xx), the source of the availability and
 * 5xx-rate SLOs (latency comes from mpMetrics' REST_request_seconds histogram). Requests no resource
 * matched (404s, refused bodies) count under route "unmatched", so ids never become labels.
 */
@ApplicationScoped
public class RequestMetrics {
    static final String UNMATCHED = "unmatched";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    @Inject
    MetricRegistry registry;

    /**
     * The counters by "route method status": the registry's lookup validates and compares every tag
     * on each call (0.7 % + 0.7 % of the bench's CPU samples in SmallRye's tag checks); the set of
     * label combinations is bounded by the routes, so the counters are looked up once each.
     */
    private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();

    public void record(HttpServletRequest request, int status) {
        Object attribute = request.getAttribute(RouteTemplateFilter.ROUTE);
        String route = attribute instanceof String r ? r : UNMATCHED;
        String method = method(request.getMethod());
        String statusClass = statusClass(status);
        counters.computeIfAbsent(
                        route + ' ' + method + ' ' + statusClass,
                        k -> registry.counter(
                                "tripavail_http_server_requests_total",
                                new Tag("route", route),
                                new Tag("method", method),
                                new Tag("status", statusClass)))
                .inc();
    }

    /** Client-chosen method names never become label values beyond the standard ones. */
    static String method(String method) {
        return METHODS.contains(method) ? method : "other";
    }

    static String statusClass(int status) {
        return status >= 100 && status < 600 ? (status / 100) + "xx" : "other";
    }
}
