package com.tripavail.catalog;

import com.tripavail.platform.problem.DomainException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The public listing's filters, checked at the edge. {@code sort}: {@code price}, {@code -price} or
 * {@code newest} (default). Dates select packages with availability for the whole range.
 */
public record ListingQuery(
        String place,
        String country,
        Long minPrice,
        Long maxPrice,
        Integer guests,
        LocalDate from,
        LocalDate to,
        Integer units,
        String sort,
        String cursor,
        int limit) {

    public enum Sort {
        PRICE,
        PRICE_DESC,
        NEWEST
    }

    public ListingQuery {
        if (minPrice != null && minPrice < 0) {
            throw DomainException.invalidField("minPrice", "must not be negative");
        }
        if (maxPrice != null && maxPrice < 0) {
            throw DomainException.invalidField("maxPrice", "must not be negative");
        }
        if (minPrice != null && maxPrice != null && minPrice > maxPrice) {
            throw DomainException.invalidField("minPrice", "must not exceed maxPrice");
        }
        if ((from == null) != (to == null)) {
            throw DomainException.invalidField(from == null ? "from" : "to", "give both dates of the range or neither");
        }
        if (from != null && (!to.isAfter(from) || ChronoUnit.DAYS.between(from, to) > 60)) {
            throw DomainException.invalidField("to", "must be 1 to 60 days after the start");
        }
        if (guests != null && (guests < 1 || guests > 500)) {
            throw DomainException.invalidField("guests", "must be between 1 and 500");
        }
        if (units != null && (units < 1 || units > 20)) {
            throw DomainException.invalidField("units", "must be between 1 and 20");
        }
        sortOrder(sort);
    }

    public Sort sortOrder() {
        return sortOrder(sort);
    }

    private static Sort sortOrder(String sort) {
        if (sort == null || sort.isBlank() || sort.equals("newest")) {
            return Sort.NEWEST;
        }
        return switch (sort) {
            case "price" -> Sort.PRICE;
            case "-price" -> Sort.PRICE_DESC;
            default -> throw DomainException.invalidField("sort", "must be price, -price or newest");
        };
    }

    public int unitsOrOne() {
        return units == null ? 1 : units;
    }

    public boolean hasDates() {
        return from != null;
    }

    public long nights() {
        return ChronoUnit.DAYS.between(from, to);
    }
}
