package com.tripavail.identity.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Logger;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * Ended sessions, so that logout and refresh-token reuse end the session's access tokens at once
 * instead of when they expire. A session is a refresh-token family; its id travels in the access
 * token's {@code sid} claim. An ended session is remembered in Redis for as long as a token minted
 * just before could live (its lifetime plus the 60 s clock skew), then forgotten.
 * <p>
 * Without Redis, like the rate limiter for ordinary requests, this fails open: the refresh tokens
 * are revoked in PostgreSQL regardless, and access tokens are short-lived.
 */
@ApplicationScoped
public class SessionRevocations {
    public static final String CLAIM = "sid";
    private static final Logger LOG = Logger.getLogger(SessionRevocations.class.getName());
    private static final long CLOCK_SKEW_SECONDS = 60;
    private static final String KEY_PREFIX = "session-ended:";

    @Inject
    JedisPooled redis;

    @Inject
    AccessTokenIssuer tokens;

    public void revoke(UUID sessionId) {
        try {
            redis.set(
                    KEY_PREFIX + sessionId,
                    "1",
                    SetParams.setParams().ex(tokens.expiresInSeconds() + CLOCK_SKEW_SECONDS));
        } catch (JedisException e) {
            LOG.warning("Session " + sessionId + " ended, but its access tokens stay valid until they expire:"
                    + " Redis is unavailable (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Whether the session named by a verified token's {@code sid} has ended; tokens without one cannot be. */
    public boolean isRevoked(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            return false;
        }
        try {
            return redis.exists(KEY_PREFIX + sessionId);
        } catch (JedisException e) {
            LOG.fine(() ->
                    "Session check skipped, Redis unavailable: " + e.getClass().getSimpleName());
            return false;
        }
    }
}
