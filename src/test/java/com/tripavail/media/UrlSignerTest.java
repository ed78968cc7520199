package com.tripavail.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UrlSignerTest {
    private final UrlSigner signer = new UrlSigner("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final long later = now.getEpochSecond() + 600;

    @Test
    void genuineSignatureVerifiesUntilItExpires() {
        String sig = signer.sign("upload", "f1", later);
        assertThat(signer.verify("upload", "f1", later, sig, now)).isEqualTo(UrlSigner.Verdict.VALID);
        assertThat(signer.verify("upload", "f1", later, sig, now.plusSeconds(601)))
                .isEqualTo(UrlSigner.Verdict.EXPIRED);
    }

    @Test
    void anyChangeInvalidates() {
        String sig = signer.sign("upload", "f1", later);
        assertThat(signer.verify("download", "f1", later, sig, now)).isEqualTo(UrlSigner.Verdict.INVALID);
        assertThat(signer.verify("upload", "f2", later, sig, now)).isEqualTo(UrlSigner.Verdict.INVALID);
        assertThat(signer.verify("upload", "f1", later + 1, sig, now)).isEqualTo(UrlSigner.Verdict.INVALID);
        assertThat(signer.verify("upload", "f1", later, null, now)).isEqualTo(UrlSigner.Verdict.INVALID);
        assertThat(new UrlSigner("another-key-another-key-another-k".getBytes(StandardCharsets.UTF_8))
                        .verify("upload", "f1", later, sig, now))
                .isEqualTo(UrlSigner.Verdict.INVALID);
    }

    @Test
    void shortKeysAreRefused() {
        assertThatThrownBy(() -> new UrlSigner("short".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
