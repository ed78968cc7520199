package com.tripavail.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseUrlTest {

    /** The platform form becomes JDBC with its credentials; the JDBC form keeps its URL and lifts them. */
    @ParameterizedTest
    @CsvSource({
        "postgresql://app:s%40cr%3At@db.internal:6543/trips?sslmode=require,"
                + " jdbc:postgresql://db.internal:6543/trips?sslmode=require, app, s@cr:t",
        "jdbc:postgresql://h:5432/d?user=u&password=p%2Bq&ssl=true, jdbc:postgresql://h:5432/d?ssl=true, u, p+q"
    })
    void credentialsAreLiftedOutOfTheUrl(String given, String jdbcUrl, String user, String password) {
        DatabaseUrl url = DatabaseUrl.parse(given);
        assertThat(url.jdbcUrl()).isEqualTo(jdbcUrl);
        assertThat(url.user()).isEqualTo(user);
        assertThat(url.password()).isEqualTo(password);
    }

    @Test
    void defaultPortIs5432() {
        assertThat(DatabaseUrl.parse("postgres://u:p@h/d").jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/d");
    }

    @Test
    void toStringNeverShowsThePassword() {
        assertThat(DatabaseUrl.parse("postgresql://u:topsecret@h/d").toString()).doesNotContain("topsecret");
    }

    @Test
    void rejectsOtherSchemes() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://u:p@h/d"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("postgresql://");
        assertThatThrownBy(() -> DatabaseUrl.parse(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
