package com.tripavail.platform.web;

import com.tripavail.platform.problem.ProblemWriter;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * Browser-facing edge rules for every response: security headers, {@code Cache-Control: no-store}
 * on credentials and personal or booking data, CORS for allow-listed origins only (preflights answered here), and in
 * production HSTS plus a 308 to https unless the request (or a trusted proxy) says it is https.
 * Declared in web.xml, right after the request envelope.
 */
public class EdgeSecurityFilter extends HttpFilter {
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Inject
    EdgeConfig config;

    @Inject
    Jsonb jsonb;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (isPrivatePath(request.getRequestURI())) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (config.production()) {
            if (!isHttps(request)) {
                redirectToHttps(request, response, config.publicBase());
                return;
            }
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        CorsPolicy cors = new CorsPolicy(config.corsOrigins());
        String origin = request.getHeader("Origin");
        if (CorsPolicy.isPreflight(request.getMethod(), origin, request.getHeader("Access-Control-Request-Method"))) {
            if (!cors.allows(origin)) {
                ProblemWriter.write(
                        jsonb,
                        request,
                        response,
                        403,
                        "cors_origin_denied",
                        "This origin may not call the API from a browser");
                return;
            }
            cors.preflightHeaders(origin).forEach(response::setHeader);
            response.setStatus(204);
            return;
        }
        if (origin != null && cors.allows(origin)) {
            cors.responseHeaders(origin).forEach(response::setHeader);
        }
        chain.doFilter(request, response);
    }

    /** Areas whose answers carry credentials, personal or booking data: never stored by a browser or a shared cache. */
    private static final java.util.List<String> PRIVATE_AREAS =
            java.util.List.of("/v1/auth", "/v1/me", "/v1/bookings", "/v1/providers", "/v1/uploads", "/v1/admin");

    static boolean isPrivatePath(String path) {
        return PRIVATE_AREAS.stream().anyMatch(area -> path.equals(area) || path.startsWith(area + "/"));
    }

    private boolean isHttps(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        return config.trustedProxies().isTrusted(request.getRemoteAddr())
                && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    /** To the configured public address over https, never to the request's Host. */
    private static void redirectToHttps(HttpServletRequest request, HttpServletResponse response, URI publicBase) {
        response.setStatus(308);
        response.setHeader(
                "Location",
                PublicBaseUrl.resolve(
                        PublicBaseUrl.https(publicBase), request.getRequestURI(), request.getQueryString()));
    }
}
