package com.tripavail.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.testenv.EmbeddedServices;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;
import redis.embedded.RedisServer;

/** The Lua sliding window against a real (embedded, ~0.1 s to start) Redis. */
class SlidingWindowScriptTest {
    private static RedisServer server;
    private static JedisPooled redis;

    @BeforeAll
    static void start() throws Exception {
        int port = EmbeddedServices.freePort();
        server = RedisServer.newRedisServer()
                .port(port)
                .bind("127.0.0.1")
                .setting("save \"\"")
                .build();
        server.start();
        redis = new JedisPooled("127.0.0.1", port);
    }

    @AfterAll
    static void stop() throws Exception {
        redis.close();
        server.stop();
    }

    private static String bucket() {
        return "test:" + UUID.randomUUID();
    }

    @Test
    void allowsExactlyTheLimitThenRefuses() {
        RateLimit limit = new RateLimit(3, Duration.ofMinutes(1));
        String b = bucket();
        for (int i = 1; i <= 3; i++) {
            RateLimitDecision d = RateLimiter.run(redis, b, limit, "acquire");
            assertThat(d.allowed()).isTrue();
            assertThat(d.remaining()).isEqualTo(3 - i);
            assertThat(d.resetSeconds()).isBetween(59L, 60L);
        }
        RateLimitDecision refused = RateLimiter.run(redis, b, limit, "acquire");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L);
    }

    @Test
    void refusedHitsAreNotCountedSoTheWindowSlides() throws Exception {
        RateLimit limit = new RateLimit(2, Duration.ofMillis(600));
        String b = bucket();
        RateLimiter.run(redis, b, limit, "acquire");
        Thread.sleep(300);
        RateLimiter.run(redis, b, limit, "acquire");
        assertThat(RateLimiter.run(redis, b, limit, "acquire").allowed()).isFalse();
        Thread.sleep(350); // the first hit has left the window, the second has not
        assertThat(RateLimiter.run(redis, b, limit, "acquire").allowed()).isTrue();
        assertThat(RateLimiter.run(redis, b, limit, "acquire").allowed()).isFalse();
    }

    @Test
    void peekCountsNothingAndRecordAlwaysCounts() {
        RateLimit limit = new RateLimit(2, Duration.ofMinutes(5));
        String b = bucket();
        assertThat(RateLimiter.run(redis, b, limit, "peek").remaining()).isEqualTo(2);
        RateLimiter.run(redis, b, limit, "record");
        RateLimiter.run(redis, b, limit, "record");
        RateLimitDecision third = RateLimiter.run(redis, b, limit, "record");
        assertThat(third.remaining()).isZero();
        assertThat(RateLimiter.run(redis, b, limit, "peek").allowed()).isFalse();
    }

    @Test
    void bucketsExpireInRedis() {
        String b = bucket();
        RateLimiter.run(redis, b, new RateLimit(5, Duration.ofSeconds(30)), "acquire");
        assertThat(redis.pttl("tripavail:rl:" + b)).isBetween(1L, 30_000L);
    }
}
