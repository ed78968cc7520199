package com.tripavail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripavail.platform.problem.InvalidJsonValueException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class StrictJsonParserTest {
    private static final JsonProvider PROVIDER = new StrictJsonProvider(JsonProvider.provider());

    /** A parser positioned on the first value of a one-element array. */
    private static JsonParser at(String value) {
        JsonParser parser =
                PROVIDER.createParserFactory(java.util.Map.of()).createParser(new StringReader("[" + value + "]"));
        parser.next();
        parser.next();
        return parser;
    }

    @Test
    void exactIntegersInRangePass() {
        assertThat(at("2147483647").getInt()).isEqualTo(Integer.MAX_VALUE);
        assertThat(at("-2147483648").getInt()).isEqualTo(Integer.MIN_VALUE);
        assertThat(at("9223372036854775807").getLong()).isEqualTo(Long.MAX_VALUE);
        assertThat(at("1e2").getInt()).isEqualTo(100);
        assertThat(at("3.0").getLong()).isEqualTo(3);
    }

    @Test
    void overflowAndFractionsAreRefusedInsteadOfWrappedOrTruncated() {
        assertThatThrownBy(() -> at("4294967299").getInt())
                .isInstanceOf(InvalidJsonValueException.class)
                .hasMessage("must be a whole number from -2147483648 to 2147483647");
        assertThatThrownBy(() -> at("2.7").getInt()).isInstanceOf(InvalidJsonValueException.class);
        assertThatThrownBy(() -> at("18446744073709551716").getLong())
                .isInstanceOf(InvalidJsonValueException.class)
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> at("9223372036854775808").getLong()).isInstanceOf(InvalidJsonValueException.class);
        assertThatThrownBy(() -> at("12.5").getLong()).isInstanceOf(InvalidJsonValueException.class);
        assertThatThrownBy(() -> at("1e400").getLong()).isInstanceOf(InvalidJsonValueException.class);
        assertThatThrownBy(() -> at("1e-400").getLong()).isInstanceOf(InvalidJsonValueException.class);
    }

    @Test
    void stringsWithNulAreRefused() {
        assertThat(at("\"a b\"").getString()).isEqualTo("a b");
        assertThatThrownBy(() -> at("\"a\\u0000b\"").getString())
                .isInstanceOf(InvalidJsonValueException.class)
                .hasMessage(StrictJsonParser.NUL_MESSAGE);
    }

    @Test
    void parsersFromTheProviderItselfAreStrictToo() {
        JsonParser parser = PROVIDER.createParser(new StringReader("[4294967299]"));
        parser.next();
        parser.next();
        assertThatThrownBy(parser::getInt).isInstanceOf(InvalidJsonValueException.class);
    }
}
