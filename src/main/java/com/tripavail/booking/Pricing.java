package com.tripavail.booking;

import com.tripavail.platform.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prices a stay or a tour: base amount, taxes by the package's country and the booking fee, each a
 * percentage of the subtotal rounded half-up to a whole minor unit ({@link Money#percentHalfUp}).
 * Commission is the platform's share of the subtotal, taken from the provider's payable.
 */
public final class Pricing {
    private final Map<String, BigDecimal> taxRates;
    private final BigDecimal feePercent;
    private final BigDecimal commissionPercent;

    public Pricing(String taxRates, String feePercent, String commissionPercent) {
        this.taxRates = parseRates(taxRates);
        this.feePercent = percent("BOOKING_FEE_PERCENT", feePercent);
        this.commissionPercent = percent("COMMISSION_PERCENT", commissionPercent);
    }

    public PriceSnapshot hotel(long nightlyMinor, String currency, int nights, int rooms, String country) {
        Money nightly = Money.of(nightlyMinor, currency);
        Money subtotal = nightly.times(nights).times(rooms);
        String label = "Room " + nightly.toPlainString() + " x " + nights + (nights == 1 ? " night" : " nights") + " x "
                + rooms + (rooms == 1 ? " room" : " rooms");
        return snapshot(label, subtotal, country);
    }

    public PriceSnapshot tour(long perPersonMinor, String currency, int guests, String country) {
        Money perPerson = Money.of(perPersonMinor, currency);
        String label = "Tour " + perPerson.toPlainString() + " x " + guests + (guests == 1 ? " person" : " people");
        return snapshot(label, perPerson.times(guests), country);
    }

    /** The platform's share of a subtotal (the nearest minor unit). */
    public Money commissionOf(Money subtotal) {
        return subtotal.percentHalfUp(commissionPercent);
    }

    private PriceSnapshot snapshot(String label, Money subtotal, String country) {
        BigDecimal taxRate = taxRates.getOrDefault(
                country == null ? "" : country.toUpperCase(Locale.ROOT),
                taxRates.getOrDefault("DEFAULT", BigDecimal.ZERO));
        Money taxes = subtotal.percentHalfUp(taxRate);
        Money fees = subtotal.percentHalfUp(feePercent);
        List<PriceSnapshot.Line> lines = new ArrayList<>();
        lines.add(new PriceSnapshot.Line(label, subtotal.minor()));
        lines.add(new PriceSnapshot.Line("Taxes " + taxRate.stripTrailingZeros().toPlainString() + "%", taxes.minor()));
        lines.add(new PriceSnapshot.Line(
                "Booking fee " + feePercent.stripTrailingZeros().toPlainString() + "%", fees.minor()));
        return new PriceSnapshot(
                subtotal.currency(),
                lines,
                subtotal.minor(),
                taxes.minor(),
                fees.minor(),
                subtotal.plus(taxes).plus(fees).minor());
    }

    /** {@code PT:6,ES:10,DEFAULT:0}: percent per ISO country code, DEFAULT for the rest. */
    static Map<String, BigDecimal> parseRates(String spec) {
        Map<String, BigDecimal> rates = new HashMap<>();
        if (spec == null || spec.isBlank()) {
            return rates;
        }
        for (String pair : spec.split(",")) {
            String[] kv = pair.trim().split(":");
            if (kv.length != 2) {
                throw new IllegalArgumentException("TAX_RATES entries look like PT:6, not '" + pair + "'");
            }
            rates.put(kv[0].trim().toUpperCase(Locale.ROOT), percent("TAX_RATES", kv[1]));
        }
        return rates;
    }

    private static BigDecimal percent(String name, String value) {
        try {
            BigDecimal p = new BigDecimal(value.trim());
            if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new NumberFormatException();
            }
            return p;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " must be a percentage between 0 and 100, not '" + value + "'");
        }
    }
}
