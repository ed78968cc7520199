package com.tripavail.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitTest {
    @Test
    void parsesTheConfigurationSyntax() {
        assertThat(RateLimit.parse("X", "10/min")).isEqualTo(new RateLimit(10, Duration.ofMinutes(1)));
        assertThat(RateLimit.parse("X", "3/5min")).isEqualTo(new RateLimit(3, Duration.ofMinutes(5)));
        assertThat(RateLimit.parse("X", "500/1h")).isEqualTo(new RateLimit(500, Duration.ofHours(1)));
        assertThat(RateLimit.parse("X", "20/30s")).isEqualTo(new RateLimit(20, Duration.ofSeconds(30)));
        assertThat(RateLimit.parse("X", "100")).isEqualTo(new RateLimit(100, Duration.ofMinutes(1)));
    }

    @Test
    void refusesNonsenseNamingTheVariable() {
        assertThatThrownBy(() -> RateLimit.parse("RATE_LIMIT_ANON", "ten")).hasMessageContaining("RATE_LIMIT_ANON");
        assertThatThrownBy(() -> RateLimit.parse("RATE_LIMIT_ANON", "0/min")).hasMessageContaining("RATE_LIMIT_ANON");
        assertThatThrownBy(() -> RateLimit.parse("RATE_LIMIT_ANON", "5/0min")).hasMessageContaining("RATE_LIMIT_ANON");
    }

    @Test
    void decisionRoundsResetUpAndNeverSaysRetryInZeroSeconds() {
        RateLimitDecision d = RateLimitDecision.of(10, 0, 10, 1);
        assertThat(d.allowed()).isFalse();
        assertThat(d.remaining()).isZero();
        assertThat(d.resetSeconds()).isEqualTo(1);
        assertThat(RateLimitDecision.of(10, 1, 3, 0).retryAfterSeconds()).isEqualTo(1);
        assertThat(RateLimitDecision.of(10, 1, 3, 59_001).resetSeconds()).isEqualTo(60);
    }

    @Test
    void headersSayTheBucketAndRetryAfterOnlyWhenRefused() {
        assertThat(RateLimitDecision.of(10, 1, 3, 59_001).headers())
                .containsExactly(
                        java.util.Map.entry("RateLimit-Limit", "10"),
                        java.util.Map.entry("RateLimit-Remaining", "7"),
                        java.util.Map.entry("RateLimit-Reset", "60"));
        assertThat(RateLimitDecision.of(3, 0, 3, 120_000).headers())
                .containsEntry("RateLimit-Remaining", "0")
                .containsEntry("RateLimit-Reset", "120")
                .containsEntry("Retry-After", "120");
    }
}
