package com.tripavail.platform.web;

import com.tripavail.platform.config.AppConfig;
import com.tripavail.platform.logging.LogContext;
import com.tripavail.platform.problem.Problem;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.logging.Logger;

/**
 * Wraps every request of the application: assigns the request id (echoed, logged, put into
 * problem bodies), makes the request target a valid URI ({@link RepairedUriRequest}), enforces the
 * body size limit and writes one JSON access line with requestId, userId, method, path, status and
 * latency. Declared first in web.xml.
 */
public class RequestEnvelopeFilter extends HttpFilter {
    private static final Logger ACCESS = Logger.getLogger("com.tripavail.access");
    private static final List<String> FIELDS = List.of("requestId", "userId", "method", "path", "status", "latencyMs");

    @Inject
    AppConfig config;

    @Inject
    Jsonb jsonb;

    @Inject
    RequestMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        String header = config.requestIdHeader();
        String requestId = RequestIds.acceptOrGenerate(request.getHeader(header));
        RequestIds.set(requestId);
        LogContext.put("requestId", requestId);
        response.setHeader(header, requestId);
        try {
            // an upload's own declared size and purpose limit are enforced while it streams
            long limit = isUploadContent(request) ? Long.MAX_VALUE : config.maxBodyBytes();
            if (request.getContentLengthLong() > limit) {
                writeTooLarge(request, response, requestId, limit);
                return;
            }
            chain.doFilter(new LimitedBodyRequest(new RepairedUriRequest(request), limit), response);
        } finally {
            logAccess(request, response, start);
            metrics.record(request, response.getStatus());
            FIELDS.forEach(LogContext::remove);
            RequestIds.clear();
        }
    }

    private static boolean isUploadContent(HttpServletRequest request) {
        return "PUT".equals(request.getMethod())
                && request.getRequestURI().startsWith("/v1/uploads/")
                && request.getRequestURI().endsWith("/content");
    }

    private void writeTooLarge(HttpServletRequest request, HttpServletResponse response, String requestId, long limit)
            throws IOException {
        Problem problem = Problem.of(
                413,
                "payload_too_large",
                "The request body exceeds " + limit + " bytes",
                request.getRequestURI(),
                requestId,
                null);
        response.setStatus(413);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setHeader("Connection", "close");
        response.getOutputStream().write(jsonb.toJson(problem).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void logAccess(HttpServletRequest request, HttpServletResponse response, long start) {
        Principal user = request.getUserPrincipal();
        if (user != null) {
            LogContext.put("userId", user.getName());
        }
        long latencyMs = (System.nanoTime() - start) / 1_000_000;
        LogContext.put("method", request.getMethod());
        LogContext.put("path", request.getRequestURI());
        LogContext.put("status", Integer.toString(response.getStatus()));
        LogContext.put("latencyMs", Long.toString(latencyMs));
        ACCESS.info(() -> request.getMethod() + " " + request.getRequestURI() + " " + response.getStatus() + " "
                + latencyMs + "ms");
    }

    private static final class LimitedBodyRequest extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        LimitedBodyRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }
}
