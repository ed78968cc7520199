package com.tripavail.platform.ratelimit;

import com.tripavail.platform.problem.ProblemWriter;
import com.tripavail.platform.web.EdgeConfig;
import com.tripavail.platform.web.WebFrontServlet;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.Logger;
import redis.clients.jedis.exceptions.JedisException;

/**
 * One bucket per caller: providers per user (RATE_LIMIT_PROVIDER), other signed-in users per user
 * (RATE_LIMIT_AUTH), everyone else per client address (RATE_LIMIT_ANON). Adds the RateLimit-*
 * headers to every response it passes and answers 429 {@code rate_limited} with Retry-After.
 * Redis down: fail open (logged, counted in {@code tripavail_ratelimit_unavailable_total{outcome="fail_open"}}) —
 * login, which must not become a password-guessing window, fails closed in the login throttle.
 * Declared in web.xml, after the request envelope and the edge filter.
 */
public class RateLimitFilter extends HttpFilter {
    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class.getName());
    private static final long LOG_EVERY_MILLIS = 60_000;

    @Inject
    RateLimiter limiter;

    @Inject
    RateLimitConfig config;

    @Inject
    EdgeConfig edge;

    @Inject
    Jsonb jsonb;

    private volatile long lastLogged;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (WebFrontServlet.isWebFront(request) || isGatewayWebhook(request)) {
            // the pages' static files are not API work (their API calls are limited like any other);
            // a payment gateway's webhooks are authorised by their signature, and throttling a
            // processor's burst from one address would delay money events it then has to redeliver
            chain.doFilter(request, response);
            return;
        }
        RateLimitDecision decision;
        try {
            decision = decide(request);
        } catch (JedisException e) {
            failOpen(e);
            chain.doFilter(request, response);
            return;
        }
        decision.headers().forEach(response::setHeader);
        if (!decision.allowed()) {
            ProblemWriter.write(
                    jsonb,
                    request,
                    response,
                    429,
                    "rate_limited",
                    "Too many requests; retry after " + decision.retryAfterSeconds() + " s");
            return;
        }
        chain.doFilter(request, response);
    }

    private RateLimitDecision decide(HttpServletRequest request) {
        Principal user = request.getUserPrincipal();
        if (user == null) {
            String client =
                    edge.trustedProxies().clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
            return limiter.acquire("anon:" + client, config.anonymous());
        }
        if (request.isUserInRole("PROVIDER")) {
            return limiter.acquire("provider:" + user.getName(), config.provider());
        }
        return limiter.acquire("user:" + user.getName(), config.authenticated());
    }

    private void failOpen(JedisException e) {
        limiter.countUnavailable(RateLimiter.Outage.FAIL_OPEN);
        long now = System.currentTimeMillis();
        if (now - lastLogged > LOG_EVERY_MILLIS) {
            lastLogged = now;
            LOG.log(
                    Level.WARNING,
                    "Rate limiter unavailable (Redis: " + e.getClass().getSimpleName()
                            + "); letting requests through without limits");
        }
    }

    private static boolean isGatewayWebhook(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getRequestURI().startsWith(request.getContextPath() + "/v1/payments/webhooks/");
    }
}
