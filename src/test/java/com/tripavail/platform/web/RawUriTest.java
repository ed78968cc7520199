package com.tripavail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawUriTest {

    @Test
    void illegalQueryCharactersArePercentEncodedAndDecodeToWhatWasSent() {
        String raw = "city=a|b{c}\"d^e\\f`g<h>i j";
        String repaired = RawUri.repair(raw, RawUri.QUERY);
        assertThat(repaired).isEqualTo("city=a%7Cb%7Bc%7D%22d%5Ee%5Cf%60g%3Ch%3Ei%20j");
        assertThat(URLDecoder.decode(repaired, StandardCharsets.UTF_8)).isEqualTo(raw);
    }

    @Test
    void validTargetsAreLeftAloneIncludingEscapes() {
        String valid = "city=Lisboa&q=caf%C3%A9&sort=-price&x=a:b@c/d?e[1]";
        assertThat(RawUri.repair(valid, RawUri.QUERY)).isSameAs(valid);
        assertThat(RawUri.repair(null, RawUri.QUERY)).isNull();
    }

    @Test
    void aPercentThatStartsNoEscapeIsItselfEncoded() {
        assertThat(RawUri.repair("city=%ZZ&b=%4", RawUri.QUERY)).isEqualTo("city=%25ZZ&b=%254");
    }

    @Test
    void rawBytesAboveAsciiKeepTheirBytes() {
        // the container reads the request line as ISO-8859-1: UTF-8 "é" arrives as two characters
        String isoDecodedUtf8 = new String("café".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        String repaired = RawUri.repair("q=" + isoDecodedUtf8, RawUri.QUERY);
        assertThat(repaired).isEqualTo("q=caf%C3%A9");
        assertThat(RawUri.repair("q=日本", RawUri.QUERY)).isEqualTo("q=%E6%97%A5%E6%9C%AC");
    }

    @Test
    void everyCharacterEndsInAValidUri() {
        for (char c = 0; c < 0x300; c++) {
            String query = RawUri.repair("a=" + c + "&" + c + "=b", RawUri.QUERY);
            String path = RawUri.repair("/v1/x" + c + "y", RawUri.PATH);
            assertThatCode(() -> URI.create("http://localhost" + path + "?" + query))
                    .as("character U+%04X", (int) c)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void bracketsAreEncodedInPathsButAllowedInQueries() {
        assertThat(RawUri.repair("/v1/a[0]", RawUri.PATH)).isEqualTo("/v1/a%5B0%5D");
        assertThat(RawUri.repair("a[0]=1", RawUri.QUERY)).isEqualTo("a[0]=1");
    }
}
