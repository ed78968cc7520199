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
        assertThat(PasswordPolicy.violations("x".repeat(9), "anna@example.test"))
                .extracting(FieldError::field)
                .containsExactly("password");
        assertThat(PasswordPolicy.violations("x".repeat(10), "anna@example.test"))
                .isEmpty();
        assertThat(PasswordPolicy.violations("x".repeat(128), "anna@example.test"))
                .isEmpty();
        assertThat(PasswordPolicy.violations("x".repeat(129), "anna@example.test"))
                .hasSize(1);
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String tenEmoji = "\uD83D\uDE00".repeat(10);
        assertThat(PasswordPolicy.violations(tenEmoji, "anna@example.test")).isEmpty();
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
