package com.tripavail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripavail.platform.problem.DomainException;
import java.math.BigDecimal;
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

    @Test
    void aPlaceGetsTheZoneOfItsCountryNearestToItsCoordinates() {
        assertThat(TimeZones.forPlace("PT", new BigDecimal("38.71"), new BigDecimal("-9.14")))
                .contains(ZoneId.of("Europe/Lisbon"));
        assertThat(TimeZones.forPlace("PT", new BigDecimal("37.74"), new BigDecimal("-25.67")))
                .contains(ZoneId.of("Atlantic/Azores"));
        assertThat(TimeZones.forPlace("PT", new BigDecimal("32.65"), new BigDecimal("-16.91")))
                .contains(ZoneId.of("Atlantic/Madeira"));
        assertThat(TimeZones.forPlace("US", 34.05, -118.24)).contains(ZoneId.of("America/Los_Angeles"));
        assertThat(TimeZones.forPlace("US", 41.88, -87.63)).contains(ZoneId.of("America/Chicago"));
        assertThat(TimeZones.forPlace("ES", 28.12, -15.43)).contains(ZoneId.of("Atlantic/Canary"));
        assertThat(TimeZones.forPlace("JP", 35.0, 135.0)).contains(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void withoutCoordinatesTheCountrysFirstZone() {
        assertThat(TimeZones.forPlace("PT", null, null)).contains(ZoneId.of("Europe/Lisbon"));
        assertThat(TimeZones.forPlace("ES", null, null)).contains(ZoneId.of("Europe/Madrid"));
        assertThat(TimeZones.forPlace("XX", null, null)).isEmpty();
    }
}
