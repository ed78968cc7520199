package com.tripavail.identity;

import com.tripavail.platform.problem.DomainException;
import com.tripavail.platform.ratelimit.RateLimitConfig;
import com.tripavail.platform.ratelimit.RateLimitDecision;
import com.tripavail.platform.ratelimit.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import redis.clients.jedis.exceptions.JedisException;

/**
 * {@code RATE_LIMIT_LOGIN} (default 3 per 5 min) per email + client address. Only failed logins
 * count, so a user who signs in often is never locked out; once the window holds the limit of
 * failures, further attempts get 429 before the password is checked. Fails closed: without Redis,
 * login answers 503 rather than allow unlimited guessing.
 */
@ApplicationScoped
public class LoginThrottle {
    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

    @Inject
    RateLimiter limiter;

    @Inject
    RateLimitConfig config;

    public void check(String email, String clientAddress) {
        RateLimitDecision d = call(() -> limiter.peek(bucket(email, clientAddress), config.login()));
        if (!d.allowed()) {
            DomainException refused = new DomainException(
                    429, "rate_limited", "Too many failed logins; retry after " + d.retryAfterSeconds() + " s");
            // the login bucket's numbers replace the per-address ones the filter set: they are why this is 429
            d.headers().forEach(refused::withHeader);
            throw refused;
        }
    }

    public void recordFailure(String email, String clientAddress) {
        call(() -> limiter.record(bucket(email, clientAddress), config.login()));
    }

    private static String bucket(String email, String clientAddress) {
        // hashed: the Redis key space should not be a list of email addresses
        return "login:" + RefreshTokens.hash(EmailAddress.normalise(email) + "|" + clientAddress);
    }

    private RateLimitDecision call(java.util.function.Supplier<RateLimitDecision> action) {
        try {
            return action.get();
        } catch (JedisException e) {
            limiter.countUnavailable(RateLimiter.Outage.FAIL_CLOSED);
            LOG.warning("Login refused: rate limiter unavailable (Redis: "
                    + e.getClass().getSimpleName() + ")");
            throw new DomainException(
                            503, "rate_limiter_unavailable", "Login is temporarily unavailable; retry shortly")
                    .withHeader("Retry-After", "5");
        }
    }
}
