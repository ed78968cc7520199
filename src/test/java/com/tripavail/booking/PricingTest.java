package com.tripavail.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripavail.platform.config.Durations;
import com.tripavail.platform.money.Money;
import org.junit.jupiter.api.Test;

class PricingTest {
    private final Pricing pricing = new Pricing("PT:6,ES:10,DEFAULT:0", "3", "15");

    @Test
    void hotelIsNightlyPriceTimesNightsTimesRoomsPlusCountryTaxAndFee() {
        PriceSnapshot p = pricing.hotel(10_000, "EUR", 3, 2, "ES");
        assertThat(p.subtotalMinor()).isEqualTo(60_000);
        assertThat(p.taxesMinor()).isEqualTo(6_000);
        assertThat(p.feesMinor()).isEqualTo(1_800);
        assertThat(p.totalMinor()).isEqualTo(67_800);
        assertThat(p.lines()).hasSize(3);
    }

    @Test
    void tourIsPricePerPersonAndUnknownCountriesUseDefault() {
        PriceSnapshot p = pricing.tour(4_999, "EUR", 3, "FR");
        assertThat(p.subtotalMinor()).isEqualTo(14_997);
        assertThat(p.taxesMinor()).isZero();
        assertThat(p.feesMinor()).isEqualTo(450); // 449.91 rounds half-up to 450
    }

    @Test
    void percentagesRoundHalfUpToWholeMinorUnits() {
        assertThat(pricing.commissionOf(Money.of(20_000, "EUR"))).isEqualTo(Money.of(3_000, "EUR"));
        assertThat(pricing.commissionOf(Money.of(10, "EUR"))).isEqualTo(Money.of(2, "EUR")); // 1.5 -> 2
        assertThat(pricing.commissionOf(Money.of(9, "EUR"))).isEqualTo(Money.of(1, "EUR")); // 1.35 -> 1
    }

    @Test
    void badConfigurationIsRefused() {
        assertThatThrownBy(() -> new Pricing("PT=6", "3", "15")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pricing("PT:6", "300", "15")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noTaxRatesMeansNoTax() {
        PriceSnapshot p = new Pricing("", "3", "15").hotel(10_000, "EUR", 1, 1, "PT");
        assertThat(p.taxesMinor()).isZero();
        assertThat(p.totalMinor()).isEqualTo(10_300);
        assertThat(Pricing.parseRates(null)).isEmpty();
    }

    @Test
    void durationsAcceptIsoAndSeconds() {
        assertThat(Durations.parse("X", "PT15M")).hasMinutes(15);
        assertThat(Durations.parse("X", "90")).hasSeconds(90);
        assertThatThrownBy(() -> Durations.parse("X", "soon")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Durations.parse("X", "0")).isInstanceOf(IllegalArgumentException.class);
    }
}
