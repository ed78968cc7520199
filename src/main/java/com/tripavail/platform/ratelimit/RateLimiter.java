package com.tripavail.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
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
    static final String UNAVAILABLE_METRIC = "tripavail_ratelimit_unavailable_total";

    /** What a caller did when Redis was unreachable: let the request through, or refuse it. */
    public enum Outage {
        FAIL_OPEN,
        FAIL_CLOSED
    }

    @Inject
    JedisPooled redis;

    @Inject
    MetricRegistry metrics;

    public RateLimiter() {}

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

    /** Counts one request the limiter could not judge because Redis was unreachable. */
    public void countUnavailable(Outage outage) {
        metrics.counter(UNAVAILABLE_METRIC, new Tag("outcome", outage.name().toLowerCase(java.util.Locale.ROOT)))
                .inc();
    }

    static RateLimitDecision run(UnifiedJedis redis, String bucket, RateLimit limit, String mode) {
        @SuppressWarnings("unchecked")
        List<Long> r = (List<Long>) redis.eval(
                SCRIPT,
                List.of(PREFIX + bucket),
                List.of(
                        Integer.toString(limit.requests()),
                        Long.toString(limit.window().toMillis()),
                        mode,
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
