package com.tripavail.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The one reading of a date the API accepts, in query parameters and bodies alike: {@code YYYY-MM-DD}
 * with a four-digit year from 0001. Java's ISO parser also takes {@code +5874898-01-01} or {@code
 * -4713-01-01}, which PostgreSQL cannot store or compare (a 500 at the first query); four digits keep
 * every accepted date inside PostgreSQL's range, whatever arithmetic the services do on it.
 */
public final class ApiDates {
    public static final String MESSAGE = "must be a date as YYYY-MM-DD (years 0001 to 9999)";
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ApiDates() {}

    /** The date, or a {@link DateTimeException} for anything else (shape, year 0000, 2026-02-30). */
    public static LocalDate parse(String value) {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new DateTimeException("not YYYY-MM-DD");
        }
        LocalDate date = LocalDate.parse(value);
        if (date.getYear() < 1) {
            throw new DateTimeException("year 0000");
        }
        return date;
    }
}
