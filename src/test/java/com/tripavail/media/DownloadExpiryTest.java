package com.tripavail.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Download URLs expire on bucket boundaries: stable for a while, always living longer than the TTL. */
class DownloadExpiryTest {
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void requestsWithinOneBucketGetTheSameExpiry() {
        Instant start = Instant.parse("2026-11-23T10:00:00Z");
        long first = MediaService.bucketedExpiry(start, HOUR);
        assertThat(MediaService.bucketedExpiry(start.plusSeconds(3599), HOUR)).isEqualTo(first);
        assertThat(MediaService.bucketedExpiry(start.plusSeconds(3600), HOUR)).isEqualTo(first + 3600);
        assertThat(first).isEqualTo(Instant.parse("2026-11-23T12:00:00Z").getEpochSecond());
    }

    @Property
    void expiryIsMoreThanOneTtlAndAtMostTwoAway(
            @ForAll @LongRange(min = 0, max = 4_000_000_000L) long now,
            @ForAll @LongRange(min = 1, max = 86_400) long ttlSeconds) {
        long expires = MediaService.bucketedExpiry(Instant.ofEpochSecond(now), Duration.ofSeconds(ttlSeconds));
        assertThat(expires - now).isGreaterThan(ttlSeconds).isLessThanOrEqualTo(2 * ttlSeconds);
    }
}
