package com.tripavail.search;

import com.tripavail.platform.paging.Page;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A checked search: the text and its words, the listing filters, and the page wanted. Dates are
 * the trip: hotels need rooms for every night of it, tours a departure within it. Built by
 * {@link SearchRequest}, which reports every invalid parameter at once.
 */
public record SearchQuery(
        String text,
        List<String> words,
        PackageKind kind,
        String place,
        String country,
        Long minPrice,
        Long maxPrice,
        Integer guests,
        Integer units,
        LocalDate from,
        LocalDate to,
        int limit,
        String cursor) {
    public static final int MIN_TEXT = 2;
    public static final int MAX_TEXT = 200;
    public static final int MAX_RANGE_DAYS = 60;

    public SearchQuery {
        words = List.copyOf(words);
        if (words.isEmpty() || limit < 1 || limit > Page.MAX_LIMIT || (from == null) != (to == null)) {
            throw new IllegalArgumentException("not a checked search");
        }
    }

    public boolean hasDates() {
        return from != null;
    }

    public long nights() {
        return ChronoUnit.DAYS.between(from, to);
    }

    public int unitsOrOne() {
        return units == null ? 1 : units;
    }

    public int guestsOrOne() {
        return guests == null ? 1 : guests;
    }

    /**
     * Everything that decides which rows match and in what order, so a cursor issued for one search
     * is refused by another (paging a different result set would silently skip or repeat rows).
     */
    public String fingerprint() {
        String key = String.join(
                "\u0001",
                String.join(" ", words),
                String.valueOf(kind),
                place == null ? "" : place.toLowerCase(java.util.Locale.ROOT),
                String.valueOf(country),
                String.valueOf(minPrice),
                String.valueOf(maxPrice),
                String.valueOf(guests),
                String.valueOf(units),
                String.valueOf(from),
                String.valueOf(to));
        return Integer.toHexString(key.hashCode());
    }
}
