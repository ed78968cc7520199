package com.tripavail.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentTypeTest {
    private static byte[] head(String s) {
        return java.util.Arrays.copyOf(s.getBytes(StandardCharsets.ISO_8859_1), ContentType.SNIFF_BYTES);
    }

    @Test
    void recognisesEachTypeByItsMagicBytes() {
        assertThat(ContentType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 4))
                .contains(ContentType.JPEG);
        assertThat(ContentType.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 8))
                .contains(ContentType.PNG);
        assertThat(ContentType.sniff(head("RIFF\u0001\u0002\u0003\u0004WEBP"), 12))
                .contains(ContentType.WEBP);
        assertThat(ContentType.sniff(head("%PDF-1.7"), 8)).contains(ContentType.PDF);
    }

    @Test
    void refusesLookalikesAndShortHeads() {
        assertThat(ContentType.sniff(head("RIFF\u0001\u0002\u0003\u0004WAVE"), 12))
                .isEmpty();
        assertThat(ContentType.sniff(head("<html>"), 6)).isEmpty();
        assertThat(ContentType.sniff(new byte[] {(byte) 0x89, 'P', 'N'}, 3)).isEmpty();
        assertThat(ContentType.sniff(head("%PDF-1.7"), 4)).isEmpty();
    }

    @Test
    void purposesAllowTheirTypesOnly() {
        assertThat(UploadPurpose.PACKAGE_IMAGE.allows(ContentType.WEBP)).isTrue();
        assertThat(UploadPurpose.PACKAGE_IMAGE.allows(ContentType.PDF)).isFalse();
        assertThat(UploadPurpose.VERIFICATION_DOCUMENT.allows(ContentType.PDF)).isTrue();
        assertThat(UploadPurpose.VERIFICATION_DOCUMENT.allows(ContentType.JPEG)).isFalse();
    }
}
