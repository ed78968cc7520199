package com.tripavail.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.platform.problem.FieldError;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    @Test
    void acceptsALongEnoughPasswordUnrelatedToTheEmail() {
        assertThat(PasswordPolicy.violations("Correct-Horse-1", "anna@example.test"))
                .isEmpty();
    }

    @Test
    void boundariesAre10And128Characters() {
        assertThat(PasswordPolicy.violations("Kq7#vZ2!p", "anna@example.test"))
                .extracting(FieldError::field)
                .containsExactly("password");
        assertThat(PasswordPolicy.violations("Kq7#vZ2!pL", "anna@example.test")).isEmpty();
        String long128 = "9f3kQ!zr7Lm2#Vw8".repeat(8);
        assertThat(PasswordPolicy.violations(long128, "anna@example.test")).isEmpty();
        assertThat(PasswordPolicy.violations(long128 + "x", "anna@example.test"))
                .hasSize(1);
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String tenEmoji = "\uD83D\uDE00\uD83C\uDF0D\uD83D\uDE80\uD83C\uDF89\uD83D\uDC1F"
                + "\uD83C\uDF35\uD83D\uDD11\uD83C\uDFB2\uD83D\uDCA1\uD83C\uDF4B";
        assertThat(tenEmoji.codePointCount(0, tenEmoji.length())).isEqualTo(10);
        assertThat(PasswordPolicy.violations(tenEmoji, "anna@example.test")).isEmpty();
        assertThat(PasswordPolicy.violations(tenEmoji.substring(0, 18), "anna@example.test"))
                .extracting(FieldError::message)
                .containsExactly("must be 10 to 128 characters long");
    }

    @Test
    void commonPasswordsRepeatsAndKeyboardRunsAreTooEasyToGuess() {
        for (String guessable : new String[] {
            "password1234",
            "aaaaaaaaaaaa",
            " ".repeat(24),
            "qwertyuiop12",
            "1234567890",
            "iloveyou2024",
            "x".repeat(128),
            "correcthorsebatterystaple"
        }) {
            assertThat(PasswordPolicy.violations(guessable, "anna@example.test"))
                    .as(guessable)
                    .singleElement()
                    .satisfies(e -> assertThat(e.message()).startsWith("is too easy to guess"));
        }
    }

    @Test
    void theWholeEmailIsRefusedEvenWithAShortLocalPart() {
        assertThat(PasswordPolicy.violations("AB@Example.test-2024", "ab@example.test"))
                .extracting(FieldError::message)
                .containsExactly("must not contain the email address");
    }

    @Test
    void refusesTheEmailLocalPartInAnyCase() {
        assertThat(PasswordPolicy.violations("my-ANNA.SMITH-pass", "anna.smith@example.test"))
                .extracting(FieldError::message)
                .containsExactly("must not contain the email address");
    }

    @Test
    void missingPasswordIsRequired() {
        assertThat(PasswordPolicy.violations(null, "a@b.c"))
                .extracting(FieldError::message)
                .containsExactly("is required");
    }

    @Test
    void emailsAreTrimmedAndLowerCased() {
        assertThat(EmailAddress.normalise("  Anna.Smith@Example.TEST ")).isEqualTo("anna.smith@example.test");
        assertThat(EmailAddress.localPart("anna@example.test")).isEqualTo("anna");
    }
}
