package com.tripavail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ApiDatesTest {

    @Test
    void fourDigitYearsOnly() {
        assertThat(ApiDates.parse("2027-03-01")).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(ApiDates.parse("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(ApiDates.parse("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
        for (String bad : new String[] {
            "+5874898-01-01", "-4713-01-01", "+999999999-01-01", "0000-01-01", "2027-02-30", "2027-3-1", "27-03-01", ""
        }) {
            assertThatThrownBy(() -> ApiDates.parse(bad)).as(bad).isInstanceOf(DateTimeException.class);
        }
    }

    @Test
    void publicBaseUrlIsConfigurationOnly() {
        assertThat(PublicBaseUrl.parse(null, "4100")).hasToString("http://localhost:4100");
        assertThat(PublicBaseUrl.parse("https://api.example.com/some/path", "4100"))
                .hasToString("https://api.example.com");
        assertThat(PublicBaseUrl.resolve(PublicBaseUrl.parse("https://api.example.com", "1"), "/v1/bookings/x", "a=1"))
                .isEqualTo("https://api.example.com/v1/bookings/x?a=1");
        assertThat(PublicBaseUrl.https(PublicBaseUrl.parse("http://api.example.com:8080", "1")))
                .hasToString("https://api.example.com:8080");
        assertThatThrownBy(() -> PublicBaseUrl.parse("ftp://x", "1")).isInstanceOf(IllegalArgumentException.class);
    }
}
