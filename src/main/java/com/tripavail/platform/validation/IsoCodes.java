package com.tripavail.platform.validation;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Which country and currency codes exist, from the JDK's own ISO 3166 and ISO 4217 tables. */
public final class IsoCodes {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** Metals, fund units and test codes: not money anyone pays a hotel in. */
    private static final Set<String> NOT_TENDER =
            Set.of("XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX");

    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .filter(code -> !NOT_TENDER.contains(code))
            .collect(Collectors.toUnmodifiableSet());

    private IsoCodes() {}

    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    public static boolean isCurrency(String code) {
        return code != null && CURRENCIES.contains(code);
    }
}
