package com.tripavail.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"  Name@Example.TEST. ", "name@example.test..", "ｎａｍｅ@ｅｘａｍｐｌｅ.test"})
    void lookalikesShareOneCanonicalForm(String lookalike) {
        assertThat(EmailAddress.normalise(lookalike)).isEqualTo("name@example.test");
    }

    @Test
    void invisibleAndControlCharactersAreHidden() {
        for (String hidden :
                new String[] {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u0007", "\u0085", "\u3164"
                }) {
            String email = "na" + hidden + "me@example.test";
            assertThat(EmailAddress.hasHiddenCharacters(EmailAddress.normalise(email)))
                    .as(email)
                    .isTrue();
            assertThat(EmailAddress.isValid(EmailAddress.normalise(email)))
                    .as(email)
                    .isFalse();
        }
        assertThat(EmailAddress.hasHiddenCharacters("josé@example.test")).isFalse();
        assertThat(EmailAddress.isValid("josé@example.test")).isTrue();
    }
}
