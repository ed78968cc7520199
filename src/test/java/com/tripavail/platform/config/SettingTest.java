package com.tripavail.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingTest {
    @Test
    void aSecretIsItsValueWhereverItIsSet() {
        assertThat(Setting.secret("S", Optional.of("k"), AppEnvironment.PRODUCTION))
                .contains("k");
        assertThat(Setting.secret("S", Optional.of("k"), AppEnvironment.DEVELOPMENT))
                .contains("k");
    }

    @Test
    void productionRefusesAnUnsetOrBlankSecretByNameAndOtherEnvironmentsFallBack() {
        for (Optional<String> unset : java.util.List.of(Optional.<String>empty(), Optional.of(" "))) {
            assertThatThrownBy(() -> Setting.secret("STORAGE_SIGNING_KEY", unset, AppEnvironment.PRODUCTION))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("STORAGE_SIGNING_KEY is required in production");
            assertThat(Setting.secret("S", unset, AppEnvironment.STAGING)).isEmpty();
            assertThat(Setting.secret("S", unset, AppEnvironment.DEVELOPMENT)).isEmpty();
        }
    }

    @Test
    void aValueItsParserRefusesIsAnInvalidSettingWithTheParsersMessage() {
        assertThat(Setting.parsed("HOLD_TTL", "PT15M", Durations::parse)).isEqualTo(java.time.Duration.ofMinutes(15));
        assertThatThrownBy(() -> Setting.parsed("HOLD_TTL", "soon", Durations::parse))
                .isInstanceOf(Setting.Invalid.class)
                .hasMessageStartingWith("HOLD_TTL must be an ISO-8601 duration");
    }
}
