package com.tripavail.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
    private static final String SECRET = "whsec_test";
    private static final String BODY = "{\"id\":\"evt_1\"}";
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aFreshSignatureOfTheSameBodyVerifies() {
        assertThat(WebhookSignature.verify(
                        SECRET, WebhookSignature.sign(SECRET, now.getEpochSecond(), BODY), BODY, now))
                .isTrue();
        assertThat(WebhookSignature.verify(
                        SECRET, WebhookSignature.sign(SECRET, now.getEpochSecond() - 299, BODY), BODY, now))
                .isTrue();
    }

    @Test
    void wrongSecretOtherBodyStaleOrMalformedHeadersFail() {
        long t = now.getEpochSecond();
        assertThat(WebhookSignature.verify(SECRET, WebhookSignature.sign("other", t, BODY), BODY, now))
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, WebhookSignature.sign(SECRET, t, BODY), BODY + " ", now))
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, WebhookSignature.sign(SECRET, t - 301, BODY), BODY, now))
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, WebhookSignature.sign(SECRET, t + 301, BODY), BODY, now))
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, null, BODY, now)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "t=abc,v1=zz", BODY, now)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "v1=00", BODY, now)).isFalse();
    }
}
