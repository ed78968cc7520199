package com.tripavail.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;

/**
 * Sliding-window limits in Redis. Never a fixed window: a burst at a window edge cannot double the
 * limit. Throws Redis' own exception when Redis is unreachable; callers decide open or closed.
 */
@ApplicationScoped
public class RateLimiter {
    static final String SCRIPT = load();
    private static final String PREFIX = "tripavail:rl:";

    @Inject
    JedisPooled redis;

    public RateLimiter() {
    }

    RateLimiter(JedisPooled redis) {
        this.redis = redis;
    }

    /** Counts this hit if the bucket has room. */
    public RateLimitDecision acquire(String bucket, RateLimit limit) {
        return run(redis, bucket, limit, "acquire");
    }

    /** Says whether one more hit would fit, counting nothing. */
    public RateLimitDecision peek(String bucket, RateLimit limit) {
        return run(redis, bucket, limit, "peek");
    }

    /** Counts a hit whatever the state (e.g. a failed login). */
    public RateLimitDecision record(String bucket, RateLimit limit) {
        return run(redis, bucket, limit, "record");
    }

    static RateLimitDecision run(UnifiedJedis redis, String bucket, RateLimit limit, String mode) {
        @SuppressWarnings("unchecked")
        List<Long> r = (List<Long>) redis.eval(SCRIPT, List.of(PREFIX + bucket), List.of(
                Integer.toString(limit.requests()), Long.toString(limit.window().toMillis()), mode,
                UUID.randomUUID().toString()));
        return RateLimitDecision.of(limit.requests(), r.get(0), r.get(1), r.get(2));
    }

    private static String load() {
        try (InputStream in = RateLimiter.class.getResourceAsStream("sliding-window.lua")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
