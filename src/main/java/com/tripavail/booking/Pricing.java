package com.tripavail.booking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prices a stay or a tour: base amount, taxes by the package's country and the booking fee, each a
 * percentage of the subtotal rounded half-up to a whole minor unit. Commission is the platform's
 * share of the subtotal, taken from the provider's payable.
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
        long subtotal = Math.multiplyExact(Math.multiplyExact(nightlyMinor, nights), rooms);
        String label = "Room " + money(nightlyMinor) + " x " + nights + (nights == 1 ? " night" : " nights") + " x "
                + rooms + (rooms == 1 ? " room" : " rooms");
        return snapshot(currency, label, subtotal, country);
    }

    public PriceSnapshot tour(long perPersonMinor, String currency, int guests, String country) {
        long subtotal = Math.multiplyExact(perPersonMinor, guests);
        String label = "Tour " + money(perPersonMinor) + " x " + guests + (guests == 1 ? " person" : " people");
        return snapshot(currency, label, subtotal, country);
    }

    public long commissionOf(long subtotalMinor) {
        return percentOf(subtotalMinor, commissionPercent);
    }

    private PriceSnapshot snapshot(String currency, String label, long subtotal, String country) {
        BigDecimal taxRate = taxRates.getOrDefault(
                country == null ? "" : country.toUpperCase(Locale.ROOT),
                taxRates.getOrDefault("DEFAULT", BigDecimal.ZERO));
        long taxes = percentOf(subtotal, taxRate);
        long fees = percentOf(subtotal, feePercent);
        List<PriceSnapshot.Line> lines = new ArrayList<>();
        lines.add(new PriceSnapshot.Line(label, subtotal));
        lines.add(new PriceSnapshot.Line("Taxes " + taxRate.stripTrailingZeros().toPlainString() + "%", taxes));
        lines.add(new PriceSnapshot.Line(
                "Booking fee " + feePercent.stripTrailingZeros().toPlainString() + "%", fees));
        return new PriceSnapshot(currency, lines, subtotal, taxes, fees, subtotal + taxes + fees);
    }

    static long percentOf(long amountMinor, BigDecimal percent) {
        return BigDecimal.valueOf(amountMinor)
                .multiply(percent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    private static String money(long minor) {
        return BigDecimal.valueOf(minor, 2).toPlainString();
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
