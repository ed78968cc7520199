package com.tripavail.search;

import com.tripavail.platform.paging.Page;
import com.tripavail.platform.problem.DomainException;
import com.tripavail.platform.problem.FieldError;
import com.tripavail.platform.web.ApiDates;
import jakarta.ws.rs.QueryParam;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The query parameters of {@code GET /v1/search} as the client sent them (strings, so that a
 * malformed number is a field error rather than JAX-RS's 404), checked all at once: every invalid
 * parameter is reported in one 400 {@code validation_failed}.
 */
public class SearchRequest {
    @QueryParam("q")
    String q;

    @QueryParam("kind")
    String kind;

    @QueryParam("city")
    String city;

    @QueryParam("destination")
    String destination;

    @QueryParam("country")
    String country;

    @QueryParam("minPrice")
    String minPrice;

    @QueryParam("maxPrice")
    String maxPrice;

    @QueryParam("guests")
    String guests;

    @QueryParam("units")
    String units;

    @QueryParam("checkIn")
    String checkIn;

    @QueryParam("checkOut")
    String checkOut;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("limit")
    String limit;

    @QueryParam("cursor")
    String cursor;

    public SearchQuery toQuery() {
        List<FieldError> errors = new ArrayList<>();
        String text = q == null ? "" : q.strip();
        List<String> words = SearchText.words(text);
        if (text.length() < SearchQuery.MIN_TEXT || text.length() > SearchQuery.MAX_TEXT) {
            errors.add(new FieldError(
                    "q", "is required, " + SearchQuery.MIN_TEXT + " to " + SearchQuery.MAX_TEXT + " characters"));
        } else if (words.isEmpty()) {
            errors.add(new FieldError("q", "must contain a letter or a digit"));
        }
        PackageKind k = blank(kind) ? null : PackageKind.fromWire(kind);
        if (!blank(kind) && k == null) {
            errors.add(new FieldError("kind", "must be hotel or tour"));
        }
        String place = place(errors);
        String countryCode = blank(country) ? null : country.strip().toUpperCase(Locale.ROOT);
        if (countryCode != null && !countryCode.matches("[A-Z]{2}")) {
            errors.add(new FieldError("country", "must be an ISO 3166 alpha-2 code such as PT"));
        }
        Long min = number(errors, "minPrice", minPrice, 0, Long.MAX_VALUE);
        Long max = number(errors, "maxPrice", maxPrice, 0, Long.MAX_VALUE);
        if (min != null && max != null && min > max) {
            errors.add(new FieldError("minPrice", "must not exceed maxPrice"));
        }
        Long guestCount = number(errors, "guests", guests, 1, 500);
        Long unitCount = number(errors, "units", units, 1, 20);
        LocalDate[] range = dates(errors);
        Long pageSize = number(errors, "limit", limit, 1, Long.MAX_VALUE);
        if (!errors.isEmpty()) {
            throw new DomainException(400, "validation_failed", "The request has invalid fields", errors);
        }
        return new SearchQuery(
                text,
                words,
                k,
                place,
                countryCode,
                min,
                max,
                toInt(guestCount),
                toInt(unitCount),
                range[0],
                range[1],
                Page.limit(pageSize == null ? null : (int) Math.min(Page.MAX_LIMIT, pageSize)),
                blank(cursor) ? null : cursor.strip());
    }

    /** {@code city} (hotels' word) and {@code destination} (tours') name the same place filter. */
    private String place(List<FieldError> errors) {
        String c = blank(city) ? null : city.strip();
        String d = blank(destination) ? null : destination.strip();
        if (c != null && d != null && !c.equalsIgnoreCase(d)) {
            errors.add(new FieldError("destination", "give city or destination, not two different places"));
        }
        String place = c != null ? c : d;
        if (place != null && place.length() > 100) {
            errors.add(new FieldError(c != null ? "city" : "destination", "must be at most 100 characters"));
        }
        return place;
    }

    /** checkIn/checkOut or from/to: the same trip dates under the hotel and the tour listing's names. */
    private LocalDate[] dates(List<FieldError> errors) {
        boolean hotelNames = !blank(checkIn) || !blank(checkOut);
        boolean tourNames = !blank(from) || !blank(to);
        if (hotelNames && tourNames) {
            errors.add(new FieldError("from", "give checkIn/checkOut or from/to, not both"));
            return new LocalDate[2];
        }
        String startName = hotelNames ? "checkIn" : "from";
        String endName = hotelNames ? "checkOut" : "to";
        LocalDate start = date(errors, startName, hotelNames ? checkIn : from);
        LocalDate end = date(errors, endName, hotelNames ? checkOut : to);
        if ((start == null) != (end == null)
                && errors.stream()
                        .noneMatch(e -> e.field().equals(startName) || e.field().equals(endName))) {
            errors.add(new FieldError(start == null ? startName : endName, "give both dates of the range or neither"));
        } else if (start != null
                && end != null
                && (!end.isAfter(start) || ChronoUnit.DAYS.between(start, end) > SearchQuery.MAX_RANGE_DAYS)) {
            errors.add(
                    new FieldError(endName, "must be 1 to " + SearchQuery.MAX_RANGE_DAYS + " days after " + startName));
        }
        return start != null && end != null ? new LocalDate[] {start, end} : new LocalDate[2];
    }

    private static LocalDate date(List<FieldError> errors, String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return ApiDates.parse(value.strip());
        } catch (DateTimeException e) {
            errors.add(new FieldError(name, ApiDates.MESSAGE));
            return null;
        }
    }

    private static Long number(List<FieldError> errors, String name, String value, long min, long max) {
        if (blank(value)) {
            return null;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n < min || n > max) {
                errors.add(new FieldError(
                        name,
                        max == Long.MAX_VALUE ? "must be at least " + min : "must be between " + min + " and " + max));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be a whole number"));
            return null;
        }
    }

    private static Integer toInt(Long n) {
        return n == null ? null : n.intValue();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
