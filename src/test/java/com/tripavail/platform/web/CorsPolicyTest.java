package com.tripavail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CorsPolicyTest {
    private final CorsPolicy policy = new CorsPolicy(Set.of("http://localhost:4000", "https://app.tripavail.test"));

    @Test
    void onlyListedOriginsExactly() {
        assertThat(policy.allows("http://localhost:4000")).isTrue();
        assertThat(policy.allows("HTTPS://APP.tripavail.test/")).isTrue();
        assertThat(policy.allows("http://localhost:4001")).isFalse();
        assertThat(policy.allows("https://app.tripavail.test.evil.example")).isFalse();
        assertThat(policy.allows("null")).isFalse();
        assertThat(policy.allows(null)).isFalse();
    }

    @Test
    void wildcardIsNeverHonoured() {
        assertThat(new CorsPolicy(Set.of("*")).allows("https://anything.example"))
                .isFalse();
    }

    @Test
    void preflightEchoesTheOriginNeverAStar() {
        assertThat(policy.preflightHeaders("http://localhost:4000"))
                .containsEntry("Access-Control-Allow-Origin", "http://localhost:4000")
                .containsKey("Access-Control-Allow-Methods");
        assertThat(CorsPolicy.isPreflight("OPTIONS", "http://x", "POST")).isTrue();
        assertThat(CorsPolicy.isPreflight("OPTIONS", "http://x", null)).isFalse();
    }
}
