package com.tripavail.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {
    private static Money eur(long minor) {
        return Money.of(minor, "EUR");
    }

    @Test
    void arithmeticStaysInOneCurrency() {
        assertThat(eur(14_000).plus(eur(61)).minus(eur(1))).isEqualTo(eur(14_060));
        assertThat(eur(7_000).times(2).times(3)).isEqualTo(eur(42_000));
        assertThatThrownBy(() -> eur(1).plus(Money.of(1, "USD")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EUR")
                .hasMessageContaining("USD");
        assertThatThrownBy(() -> Money.of(1, "eur")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(1, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void overflowIsAnErrorNotAWrap() {
        assertThatThrownBy(() -> eur(Long.MAX_VALUE).plus(eur(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> eur(Long.MAX_VALUE / 2 + 1).times(2)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void chargesRoundHalfUpAndRefundsRoundDown() {
        assertThat(eur(50).percentHalfUp(new BigDecimal("3"))).isEqualTo(eur(2)); // 1.50 -> 2
        assertThat(eur(49).percentHalfUp(new BigDecimal("3"))).isEqualTo(eur(1)); // 1.47 -> 1
        assertThat(eur(14_997).percentHalfUp(new BigDecimal("3"))).isEqualTo(eur(450)); // 449.91
        assertThat(eur(999).percentDown(50)).isEqualTo(eur(499)); // 499.5 -> 499: never above the share
        assertThat(eur(21_800).percentDown(100)).isEqualTo(eur(21_800));
        assertThat(eur(21_800).percentDown(0).isZero()).isTrue();
    }

    @Test
    void printsWithTheCurrencysOwnDecimals() {
        assertThat(eur(14_061).toPlainString()).isEqualTo("140.61");
        assertThat(Money.of(14_061, "JPY").toPlainString()).isEqualTo("14061");
        assertThat(Money.of(14_061, "BHD").toPlainString()).isEqualTo("14.061");
        assertThat(Money.of(5, "XXX").toPlainString()).isEqualTo("0.05");
        assertThat(eur(5)).hasToString("0.05 EUR");
    }
}
