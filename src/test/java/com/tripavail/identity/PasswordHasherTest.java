package com.tripavail.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(4);

    @Test
    void hashesAreSaltedBcryptAtTheConfiguredCost() {
        String a = hasher.hash("Correct-Horse-1");
        String b = hasher.hash("Correct-Horse-1");
        assertThat(a).startsWith("$2a$04$").isNotEqualTo(b);
        assertThat(hasher.matches("Correct-Horse-1", a)).isTrue();
        assertThat(hasher.matches("Correct-Horse-2", a)).isFalse();
    }

    @Test
    void theDemoHashMatchesTheDemoPassword() {
        String demo = "$2a$12$jYoAP7nb3U5MNdirfCNb..B77mEibOF2JPUqvop55qwWSa7Szwn0q";
        assertThat(hasher.matches("Demo-Passw0rd!", demo)).isTrue();
    }

    @Test
    void passwordsOver72BytesAreAcceptedAndStillVerified() {
        String longPassword = "p".repeat(128);
        assertThat(hasher.matches(longPassword, hasher.hash(longPassword))).isTrue();
    }

    @Test
    void unknownAccountsNeverMatch() {
        assertThat(hasher.matchesNothing("anything")).isFalse();
    }

    @Test
    void refusesAnUnsafeCost() {
        assertThatThrownBy(() -> new PasswordHasher(3)).isInstanceOf(IllegalStateException.class);
    }
}
