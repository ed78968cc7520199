package com.tripavail.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
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

    public void record(HttpServletRequest request, int status) {
        Object route = request.getAttribute(RouteTemplateFilter.ROUTE);
        registry.counter(
                        "tripavail_http_server_requests_total",
                        new Tag("route", route instanceof String r ? r : UNMATCHED),
                        new Tag("method", method(request.getMethod())),
                        new Tag("status", statusClass(status)))
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
