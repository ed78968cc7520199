package com.tripavail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripavail.platform.problem.DomainException;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeZonesTest {
    @Test
    void ianaRegionIdsAreTaken() {
        assertThat(TimeZones.parse("timeZone", "Europe/Lisbon")).isEqualTo(ZoneId.of("Europe/Lisbon"));
        assertThat(TimeZones.parse("timeZone", " Pacific/Kiritimati ")).isEqualTo(ZoneId.of("Pacific/Kiritimati"));
        assertThat(TimeZones.parse("timeZone", "UTC").getId()).isEqualTo("UTC");
    }

    @Test
    void offsetsUnknownNamesAndBlanksAreFieldErrors() {
        for (String bad : new String[] {"+05:00", "GMT+2", "Mars/Olympus_Mons", "europe/lisbon", "", null}) {
            assertThatThrownBy(() -> TimeZones.parse("timeZone", bad))
                    .as(String.valueOf(bad))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.fieldErrors())
                                .singleElement()
                                .satisfies(f -> assertThat(f.field()).isEqualTo("timeZone"));
                    });
        }
    }
}
