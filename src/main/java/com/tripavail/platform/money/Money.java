package com.tripavail.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of one currency in whole minor units (cents; yen have none): the only place where
 * money is added, multiplied, taken a percentage of and rounded. Amounts of two currencies never
 * mix. Two roundings, named for what they are for: {@link #percentHalfUp} for what is charged
 * (taxes, fees, commission: the nearest minor unit) and {@link #percentDown} for what a policy gives
 * back (a refund never exceeds its share).
 */
public record Money(long minor, String currency) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, not '" + currency + "'");
        }
    }

    public static Money of(long minor, String currency) {
        return new Money(minor, currency);
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(minor, same(other).minor), currency);
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(minor, same(other).minor), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minor, factor), currency);
    }

    /** {@code percent} % of this, to the nearest minor unit, halves up (what is charged). */
    public Money percentHalfUp(BigDecimal percent) {
        return new Money(
                BigDecimal.valueOf(minor)
                        .multiply(percent)
                        .divide(HUNDRED, 0, RoundingMode.HALF_UP)
                        .longValueExact(),
                currency);
    }

    /** {@code percent} % of this, rounded down to a whole minor unit (what a policy gives back). */
    public Money percentDown(long percent) {
        return new Money(Math.floorDiv(Math.multiplyExact(minor, percent), 100), currency);
    }

    public boolean isZero() {
        return minor == 0;
    }

    /** The amount in major units with the currency's own decimals: {@code 140.61} EUR, {@code 14061} JPY. */
    public String toPlainString() {
        return BigDecimal.valueOf(minor, fractionDigits()).toPlainString();
    }

    @Override
    public String toString() {
        return toPlainString() + " " + currency;
    }

    private int fractionDigits() {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits; // pseudo-currencies (XAU, XXX) have none defined
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
        }
        return other;
    }
}
